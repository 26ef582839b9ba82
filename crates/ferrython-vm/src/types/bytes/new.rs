//! `bytes(source, encoding, errors)` (`bytes_new_impl`) and `bytearray(...)`
//! (`bytearray___init___impl`): from a str and an encoding, a count of zero bytes, a buffer,
//! `__bytes__`, or an iterable of ints in range(256).

use super::{Kind, bytes_data};
use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::types::str::args::clinic;
use crate::types::str::codecs;
use crate::types::str::new::{instance_of, new_cls};
use crate::value::Value;
use crate::vm::Vm;

/// The bytes that `kind(source, encoding, errors)` holds.
fn from_source(vm: &mut Vm, kind: Kind, args: Args) -> PyResult<Vec<u8>> {
    let fname = kind.name();
    let [source, encoding, errors] = clinic(vm, args, fname, ["source", "encoding", "errors"])?;
    let encoding = match &encoding {
        None => None,
        Some(e) => Some(codecs::text_arg(vm, Some(e), fname, "encoding", "")?),
    };
    let errors = match &errors {
        None => None,
        Some(e) => Some(codecs::text_arg(vm, Some(e), fname, "errors", "")?),
    };
    let Some(source) = source else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = Vm::str_of(&source) {
        let Some(encoding) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let codec = codecs::lookup(vm, encoding)?;
        return codecs::encode(vm, &source, text, codec, errors.unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(data) = bytes_data(&source) {
        return Ok(data.into_owned());
    }
    if kind == Kind::Bytes {
        let name = vm.intern("__bytes__");
        if let Some(r) = vm.call_special(&source, &name, &[])? {
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    let is_int = crate::types::int::as_bigint(&source).is_some()
        || (!matches!(source, Value::Float(_))
            && vm.special(&source, &vm.names.__index__.clone()).is_some());
    if is_int {
        let n = match crate::types::int::as_bigint(&source) {
            Some(b) => num_traits::ToPrimitive::to_i64(&b)
                .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?,
            None => vm.index_value(&source)?,
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let mut out = Vec::new();
        out.try_reserve_exact(n as usize)
            .map_err(|_| crate::PyErr::new(vm.new_exception_obj(&vm.exc.memory_error, vec![])))?;
        out.resize(n as usize, 0);
        return Ok(out);
    }
    let it = match vm.get_iter(&source) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {fname}",
                vm.type_name(&source)
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let i = match crate::types::int::as_bigint(&item) {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1),
            None => vm.index_value(&item)?,
        };
        match u8::try_from(i) {
            Ok(b) => out.push(b),
            Err(_) if kind == Kind::Bytes => {
                return Err(vm.value_error("bytes must be in range(0, 256)"));
            }
            Err(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

pub fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bytes_type = vm.types.bytes.clone();
    let (cls, rest) = new_cls(vm, &args, &bytes_type)?;
    let cls = cls.clone();
    let data = from_source(vm, Kind::Bytes, rest)?;
    if std::rc::Rc::ptr_eq(&cls, &bytes_type) {
        return Ok(vm.new_bytes(data));
    }
    Ok(Value::Obj(instance_of(
        vm,
        &cls,
        Payload::Bytes(data.into_boxed_slice()),
    )))
}

/// `bytearray.__new__`: an empty bytearray of `cls`; `__init__` fills it.
pub fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ba_type = vm.types.bytearray.clone();
    let (cls, _) = new_cls(vm, &args, &ba_type)?;
    Ok(Value::Obj(instance_of(
        vm,
        cls,
        Payload::ByteArray(std::cell::RefCell::new(Vec::new())),
    )))
}

pub fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.positional().first() else {
        return Err(vm.type_error("descriptor '__init__' of 'bytearray' object needs an argument"));
    };
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let data = from_source(vm, Kind::ByteArray, rest)?;
    match this.payload() {
        Some(Payload::ByteArray(b)) => {
            *b.borrow_mut() = data;
            Ok(Value::None)
        }
        _ => Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'bytearray' object but received a '{}'",
            vm.type_name(this)
        ))),
    }
}
