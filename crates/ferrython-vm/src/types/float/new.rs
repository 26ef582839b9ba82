//! `float()` (`float_new_impl`) and `PyNumber_Float` (`__float__`, `__index__`, strings).

use super::{float_of, new_float_of};
use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::types::int::{format_error, int_ref};
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let float = vm.types.float.clone();
    vm.add_native(&float, "__new__", float_new, BuiltinKind::StaticMethod);
}

/// `float.__new__(cls, x=0.0, /)`.
fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::int::new_class(vm, args.args, &vm.types.float.clone())?;
    args.no_kwargs(vm, "float")?;
    let x = match &args.args[1..] {
        [] => 0.0,
        [x] => number_to_float(vm, x)?,
        more => {
            return Err(vm.type_error(format!(
                "float expected at most 1 argument, got {}",
                more.len()
            )));
        }
    };
    Ok(new_float_of(vm, &cls, x))
}

/// `PyNumber_Float`: what `float(x)` does.
pub fn number_to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::Obj(o)
            if matches!(o.payload, Payload::Str(_))
                && o.class.borrow().as_type().is_some_and(|t| t.builtin) =>
        {
            return float_from_string(vm, x).map(|f| f.unwrap_or(0.0));
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(x, &vm.names.__float__.clone(), &[])? {
        return match float_of(&r) {
            Some(f) => Ok(f),
            None => Err(vm.type_error(format!(
                "{:.50}.__float__ returned non-float (type {:.50})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if vm.special(x, &vm.names.__index__.clone()).is_some() {
        let i = crate::types::int::index_int(vm, x)?;
        return int_ref(&i).map_or(Ok(0.0), |i| i.to_f64(vm));
    }
    match float_from_string(vm, x)? {
        Some(f) => Ok(f),
        None => Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// `PyFloat_FromString` for str, bytes and bytearray; `None` for anything else.
fn float_from_string(vm: &mut Vm, x: &Value) -> PyResult<Option<f64>> {
    let parsed = match x.payload() {
        Some(Payload::Str(s)) => crate::format::parse_float(s.as_str()),
        Some(Payload::Bytes(b)) => std::str::from_utf8(b)
            .ok()
            .filter(|s| s.is_ascii())
            .and_then(crate::format::parse_float),
        Some(Payload::ByteArray(b)) => std::str::from_utf8(&b.borrow())
            .ok()
            .filter(|s| s.is_ascii())
            .and_then(crate::format::parse_float),
        _ => return Ok(None),
    };
    match parsed {
        Some(f) => Ok(Some(f)),
        None => {
            let repr = vm.repr_string(x)?;
            Err(format_error(
                vm,
                crate::format::invalid_float_literal(&repr),
            ))
        }
    }
}
