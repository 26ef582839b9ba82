//! The types of `None`, `NotImplemented` and `Ellipsis`: calling them returns the singleton.

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let none = vm.types.none_type.clone();
    vm.add_native(&none, "__new__", none_new, BuiltinKind::StaticMethod);
    vm.add_method(&none, "__repr__", none_repr);
    vm.add_method(&none, "__bool__", none_bool);
    let ni = vm.types.not_implemented_type.clone();
    vm.add_native(&ni, "__new__", not_implemented_new, BuiltinKind::StaticMethod);
    vm.add_method(&ni, "__repr__", not_implemented_repr);
    vm.add_method(&ni, "__reduce__", not_implemented_repr);
    let el = vm.types.ellipsis_type.clone();
    vm.add_native(&el, "__new__", ellipsis_new, BuiltinKind::StaticMethod);
    vm.add_method(&el, "__repr__", ellipsis_repr);
    vm.add_method(&el, "__reduce__", ellipsis_repr);
}

/// `T()` takes nothing after `cls` (CPython: "NoneType takes no arguments").
fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.args.len() > 1 {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(())
}

fn none_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "NoneType")?;
    Ok(Value::None)
}

fn none_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.intern("None")))
}

fn none_bool(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn not_implemented_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "NotImplementedType")?;
    Ok(Value::Obj(vm.not_implemented.clone()))
}

fn not_implemented_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.intern("NotImplemented")))
}

fn ellipsis_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "EllipsisType")?;
    Ok(Value::Obj(vm.ellipsis.clone()))
}

fn ellipsis_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.intern("Ellipsis")))
}
