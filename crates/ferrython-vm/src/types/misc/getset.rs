//! Computed attributes of built-in types, CPython's getset descriptors: a `property` with native
//! accessors in the type's namespace. Needed where `object`'s namespace has an entry of the same
//! name (`__doc__`, `__module__`) that would otherwise shadow the per-instance value.

use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    let function = vm.types.function.clone();
    add_getset(vm, &function, "__doc__", function_doc, Some(set_function_doc));
    add_getset(vm, &function, "__module__", function_module, Some(set_function_module));
    for ty in [vm.types.builtin_function.clone(), vm.types.method.clone()] {
        add_getset(vm, &ty, "__doc__", instance_doc, None);
    }
}

/// Put a computed attribute in a built-in type's namespace: `get(obj)` reads it, `set(obj, value)`
/// (if any) assigns it.
pub fn add_getset(vm: &mut Vm, ty: &PyRef, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let g = vm.new_native(name, get, BuiltinKind::Function, Some(ty.clone()));
    let s = set.map_or(Value::None, |s| Value::Obj(vm.new_native(name, s, BuiltinKind::Function, Some(ty.clone()))));
    let p = super::property::new_property(vm, [Value::Obj(g), s, Value::None, Value::None]);
    vm.set_type_attr(ty, name, p);
}

fn instance_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else { return Ok(Value::None) };
    Ok(crate::types::special_attr(vm, this, "__doc__")?.unwrap_or(Value::None))
}

/// The function behind `args[0]` and the value being assigned.
fn function_and_value<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a crate::objects::function::Function, Value)> {
    match args.args {
        [Value::Obj(o), v] => match &o.payload {
            Payload::Function(f) => Ok((f, v.clone())),
            _ => Err(vm.type_error("descriptor requires a 'function' object")),
        },
        [_] => Err(vm.type_error("cannot delete this attribute")),
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

fn function_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Function(f)) => Ok(f.doc.borrow().clone()),
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

fn set_function_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, v) = function_and_value(vm, &args)?;
    *f.doc.borrow_mut() = v;
    Ok(Value::None)
}

fn function_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Function(f)) => Ok(f.module.borrow().clone()),
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

fn set_function_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, v) = function_and_value(vm, &args)?;
    *f.module.borrow_mut() = v;
    Ok(Value::None)
}
