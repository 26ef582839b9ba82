//! `memoryview`: a read-only, one-dimensional byte view of a `bytes` or `bytearray` object (format
//! `'B'`). Enough of CPython's buffer views for ordinary code: length, indexing, slicing (a copy),
//! iteration, `tobytes`, `tolist`, `hex`, comparison and the context-manager protocol.

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    vm.add_native(&t, "__new__", mv_new, BuiltinKind::StaticMethod);
    vm.add_method(&t, "__len__", mv_len);
    vm.add_method(&t, "__getitem__", mv_getitem);
    vm.add_method(&t, "__iter__", mv_iter);
    vm.add_method(&t, "__eq__", mv_eq);
    vm.add_method(&t, "__repr__", mv_repr);
    vm.add_method(&t, "__enter__", mv_enter);
    vm.add_method(&t, "__exit__", mv_exit);
    vm.add_method(&t, "tobytes", mv_tobytes);
    vm.add_method(&t, "tolist", mv_tolist);
    vm.add_method(&t, "hex", mv_hex);
    vm.add_method(&t, "release", mv_release);
    crate::types::misc::getset::add_getset(vm, &t, "obj", mv_obj, None);
    crate::types::misc::getset::add_getset(vm, &t, "nbytes", mv_len, None);
    crate::types::misc::getset::add_getset(vm, &t, "readonly", mv_readonly, None);
    crate::types::misc::getset::add_getset(vm, &t, "itemsize", mv_itemsize, None);
    crate::types::misc::getset::add_getset(vm, &t, "format", mv_format, None);
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, obj] = args.bind(vm, "memoryview", ["cls", "object"], 2)?;
    let obj = obj.unwrap_or(Value::None);
    match obj.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let o = obj.as_obj().cloned().expect("bytes-like");
            Ok(Value::Obj(PyObject::new(vm.types.memoryview.clone(), Payload::MemoryView(o))))
        }
        Some(Payload::MemoryView(o)) => Ok(Value::Obj(PyObject::new(vm.types.memoryview.clone(), Payload::MemoryView(o.clone())))),
        _ => Err(vm.type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(&obj)))),
    }
}

/// The viewed object of `args[0]`.
fn target(vm: &Vm, args: &Args) -> PyResult<PyRef> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::MemoryView(o)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn data(vm: &Vm, args: &Args) -> PyResult<Vec<u8>> {
    let o = target(vm, args)?;
    Ok(crate::types::bytes::bytes_data(&Value::Obj(o)).map(|c| c.into_owned()).unwrap_or_default())
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(data(vm, &args)?.len() as i64))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &args)?;
    let key = args.args.get(1).cloned().unwrap_or(Value::None);
    if let Some(Payload::Slice(_)) = key.payload() {
        let o = target(vm, &args)?;
        let sliced = vm.getitem(&Value::Obj(o), &key)?;
        let bytes = crate::types::bytes::bytes_data(&sliced).map(|c| c.into_owned()).unwrap_or_default();
        let b = vm.new_bytes(bytes);
        return Ok(Value::Obj(PyObject::new(vm.types.memoryview.clone(), Payload::MemoryView(b.as_obj().cloned().expect("bytes")))));
    }
    let i = vm.index_value(&key).map_err(|_| vm.type_error("memoryview: invalid slice key"))?;
    let idx = if i < 0 { i + d.len() as i64 } else { i };
    match d.get(idx as usize) {
        Some(b) if idx >= 0 => Ok(Value::Int(*b as i64)),
        _ => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &args)?;
    let l = vm.new_list(d.into_iter().map(|b| Value::Int(b as i64)).collect());
    vm.get_iter(&l)
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &args)?;
    let other = args.args.get(1).cloned().unwrap_or(Value::None);
    match crate::types::bytes::bytes_data(&other) {
        Some(o) => Ok(Value::Bool(*o == *d)),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(vm.new_str(format!("<memory at {:#x}>", this.id())))
}

fn mv_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

fn mv_exit(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn mv_release(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &args)?;
    Ok(vm.new_bytes(d))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &args)?;
    Ok(vm.new_list(d.into_iter().map(|b| Value::Int(b as i64)).collect()))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(vm, &args)?;
    Ok(vm.new_str(d.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn mv_obj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(target(vm, &args)?))
}

fn mv_readonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = target(vm, &args)?;
    Ok(Value::Bool(!matches!(o.payload, Payload::ByteArray(_))))
}

fn mv_itemsize(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn mv_format(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("B"))
}
