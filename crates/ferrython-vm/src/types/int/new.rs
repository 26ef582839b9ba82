//! `int()` and `bool()` (`long_new_impl`, `bool_new`), and the conversions other code shares:
//! `PyNumber_Long` (`__int__`, `__index__`, `__trunc__`, strings) and `PyNumber_Index`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{IntRef, format_error, int_ref, new_int_of};
use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::is_subtype;

pub fn init(vm: &mut Vm) {
    let int = vm.types.int.clone();
    vm.add_native(&int, "__new__", int_new, BuiltinKind::StaticMethod);
    let bool_ = vm.types.bool_.clone();
    vm.add_native(&bool_, "__new__", bool_new, BuiltinKind::StaticMethod);
}

/// The class argument of a `__new__`, checked to be a subtype of `base` (`tp_new` wrapper errors).
pub fn new_class(vm: &Vm, args: &[Value], base: &PyRef) -> PyResult<PyRef> {
    let bname = base.as_type().map(|t| t.name()).unwrap_or_default();
    let Some(cls) = args.first() else {
        return Err(vm.type_error(format!("{bname}.__new__(): not enough arguments")));
    };
    match cls {
        Value::Obj(c) if c.as_type().is_some() => {
            if !is_subtype(c, base) {
                let cname = c.as_type().map(|t| t.name()).unwrap_or_default();
                return Err(vm.type_error(format!(
                    "{bname}.__new__({cname}): {cname} is not a subtype of {bname}"
                )));
            }
            Ok(c.clone())
        }
        other => Err(vm.type_error(format!(
            "{bname}.__new__(X): X is not a type object ({})",
            vm.type_name(other)
        ))),
    }
}

/// `int.__new__(cls, x=0, /, base=10)`.
fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_class(vm, args.args, &vm.types.int.clone())?;
    let pos = &args.positional()[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut base = pos.get(1).cloned();
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        match Vm::str_of(k) {
            Some("base") if base.is_none() => base = Some(v.clone()),
            Some("base") => {
                return Err(
                    vm.type_error("argument for int() given by name ('base') and position (2)")
                );
            }
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )));
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let value = match (pos.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => number_to_int(vm, x)?,
        (Some(x), Some(b)) => {
            let b = index_big(vm, &b)?;
            let b = b
                .to_i64()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                });
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match int_from_str(vm, x, b as u32)? {
                Some(v) => v,
                None => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"));
                }
            }
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.int) {
        return Ok(value);
    }
    let big = int_ref(&value).map(IntRef::to_big).unwrap_or_default();
    Ok(new_int_of(vm, &cls, big))
}

/// `bool(x)`.
fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_class(vm, args.args, &vm.types.bool_.clone())?;
    args.no_kwargs(vm, "bool")?;
    match &args.args[1..] {
        [] => Ok(Value::Bool(false)),
        [x] => Ok(Value::Bool(vm.is_true(x)?)),
        more => Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

/// `int(s, base)` for a str, bytes or bytearray `s`; `None` when `s` is none of those.
pub fn int_from_value(vm: &mut Vm, s: &Value, base: u32) -> PyResult<Option<Value>> {
    int_from_str(vm, s, base)
}

fn int_from_str(vm: &mut Vm, s: &Value, base: u32) -> PyResult<Option<Value>> {
    let text: std::borrow::Cow<str> = match s.payload() {
        Some(Payload::Str(t)) => t.as_str().into(),
        Some(Payload::Bytes(b)) => ascii_or_invalid(b),
        Some(Payload::ByteArray(b)) => ascii_or_invalid(&b.borrow()),
        _ => return Ok(None),
    };
    let limit = crate::format::int_max_str_digits();
    match crate::format::parse_int_with_limit(&text, base, limit) {
        Ok(v) => Ok(Some(vm.new_int(v))),
        Err(e) => {
            let repr = vm.repr_string(s)?;
            Err(format_error(vm, e.to_error(base, &repr)))
        }
    }
}

/// Bytes are parsed as ASCII only (a non-ASCII byte can never be part of a literal).
fn ascii_or_invalid(b: &[u8]) -> std::borrow::Cow<'static, str> {
    if b.is_ascii() {
        String::from_utf8_lossy(b).into_owned().into()
    } else {
        "\u{0}".into()
    }
}

/// `PyNumber_Long`: what `int(x)` does with one argument; the result is an exact int.
pub fn number_to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            let b = crate::format::f64_to_bigint(*f).map_err(|e| format_error(vm, e))?;
            return Ok(vm.new_int(b));
        }
        _ => {}
    }
    if super::is_exact_int(x) {
        return Ok(x.clone());
    }
    if let Some(r) = vm.call_special(x, &vm.names.__int__.clone(), &[])? {
        return match int_ref(&r) {
            Some(i) => Ok(i.to_value(vm)),
            None => Err(vm.type_error(format!(
                "__int__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if vm.special(x, &vm.names.__index__.clone()).is_some() {
        return index_int(vm, x);
    }
    if let Some(r) = vm.call_special(x, &vm.names.__trunc__.clone(), &[])? {
        if let Some(i) = int_ref(&r) {
            return Ok(i.to_value(vm));
        }
        if vm.special(&r, &vm.names.__index__.clone()).is_none() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&r)
            )));
        }
        return index_int(vm, &r);
    }
    if let Some(v) = int_from_str(vm, x, 10)? {
        return Ok(v);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `PyNumber_Index`: an int, or the result of `__index__`, as an exact int.
pub fn index_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(i) = int_ref(v) {
        return Ok(i.to_value(vm));
    }
    match vm.call_special(v, &vm.names.__index__.clone(), &[])? {
        Some(r) => match int_ref(&r) {
            Some(i) => Ok(i.to_value(vm)),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        },
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// [`index_int`] as a big integer.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = index_int(vm, v)?;
    Ok(int_ref(&i).map(IntRef::to_big).unwrap_or_default())
}
