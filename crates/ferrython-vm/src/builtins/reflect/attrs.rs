//! `getattr`, `setattr`, `hasattr`, `delattr`, `callable` (Python/bltinmodule.c).

use crate::PyResult;
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// The attribute name argument: any str (subclasses included), else CPython's TypeError.
fn attr_name(vm: &Vm, name: &Value) -> PyResult<PyRef> {
    match name {
        Value::Obj(o) if o.as_str().is_some() => Ok(o.clone()),
        _ => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(name)))),
    }
}

pub fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "getattr")?;
    let (obj, name, default) = match args.positional() {
        [o, n] => (o, n, None),
        [o, n, d] => (o, n, Some(d)),
        p if p.len() < 2 => {
            return Err(vm.type_error(format!("getattr expected at least 2 arguments, got {}", p.len())));
        }
        p => {
            return Err(vm.type_error(format!("getattr expected at most 3 arguments, got {}", p.len())));
        }
    };
    let name = attr_name(vm, name)?;
    match vm.getattr(obj, &name) {
        Err(e) if default.is_some() && vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(default.cloned().unwrap_or(Value::None)),
        r => r,
    }
}

pub fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name] = args.exact::<2>(vm, "hasattr")?;
    let name = attr_name(vm, name)?;
    match vm.getattr(obj, &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name, value] = args.exact::<3>(vm, "setattr")?;
    let name = attr_name(vm, name)?;
    vm.setattr(obj, &name, value.clone())?;
    Ok(Value::None)
}

pub fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name] = args.exact::<2>(vm, "delattr")?;
    let name = attr_name(vm, name)?;
    vm.delattr(obj, &name)?;
    Ok(Value::None)
}

pub fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj] = args.exact::<1>(vm, "callable")?;
    Ok(Value::Bool(vm.is_callable(obj)))
}
