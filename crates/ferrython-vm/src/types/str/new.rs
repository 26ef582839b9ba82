//! `str.__new__(cls, object='', encoding='utf-8', errors='strict')` (`unicode_new_impl`).

use super::args::clinic;
use super::codecs;
use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// Checks the `cls` argument of a built-in `__new__`: a type that derives from `base`.
pub fn new_cls<'a>(vm: &Vm, args: &Args<'a>, base: &PyRef) -> PyResult<(&'a PyRef, Args<'a>)> {
    let base_name = base.as_type().map(|t| t.name()).unwrap_or_default();
    let Some(first) = args.positional().first() else {
        return Err(vm.type_error(format!("{base_name}.__new__(): not enough arguments")));
    };
    let cls = match first {
        Value::Obj(o) if o.as_type().is_some() => o,
        other => {
            return Err(vm.type_error(format!(
                "{base_name}.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )));
        }
    };
    if !crate::vm::attr::is_subtype(cls, base) {
        let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
        return Err(vm.type_error(format!(
            "{base_name}.__new__({name}): {name} is not a subtype of {base_name}"
        )));
    }
    Ok((
        cls,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    ))
}

/// An instance of `cls` (the built-in type itself or a subclass) with `payload`.
pub fn instance_of(vm: &Vm, cls: &PyRef, payload: Payload) -> PyRef {
    let has_dict = cls.as_type().is_some_and(|t| t.has_instance_dict);
    if has_dict {
        PyObject::with_dict(cls.clone(), payload, vm.new_dict())
    } else {
        PyObject::new(cls.clone(), payload)
    }
}

pub fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let str_type = vm.types.str.clone();
    let (cls, rest) = new_cls(vm, &args, &str_type)?;
    let [object, encoding, errors] = clinic(vm, rest, "str", ["object", "encoding", "errors"])?;
    let exact = std::rc::Rc::ptr_eq(cls, &str_type);
    let value: Value = match (&object, &encoding, &errors) {
        (None, _, _) => Value::Obj(vm.intern("")),
        (Some(o), None, None) => Value::Obj(vm.to_str(o)?),
        (Some(o), _, _) => {
            let encoding = codecs::text_arg(vm, encoding.as_ref(), "str", "encoding", "utf-8")?;
            let errors = codecs::text_arg(vm, errors.as_ref(), "str", "errors", "strict")?;
            let text = decode_object(vm, o, encoding, errors)?;
            vm.new_str(text)
        }
    };
    if exact {
        return Ok(value);
    }
    let text = Vm::str_of(&value).unwrap_or("");
    Ok(Value::Obj(instance_of(
        vm,
        cls,
        Payload::Str(PyStr::new(text)),
    )))
}

/// `str(o, encoding, errors)`: `o` must be bytes-like.
fn decode_object(vm: &mut Vm, o: &Value, encoding: &str, errors: &str) -> PyResult<String> {
    let raw: Vec<u8> = match o.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        Some(Payload::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
        _ => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(o)
            )));
        }
    };
    let codec = codecs::lookup(vm, encoding)?;
    codecs::decode(vm, &raw, codec, errors)
}
