//! `importlib.abc`: the base classes finders and loaders written in Python derive from, with
//! importlib's default methods. (CPython's are `ABCMeta` classes with the machinery registered as
//! virtual subclasses; these are plain classes.)

use crate::PyResult;
use crate::import::{new_class, opt_attr};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("importlib.abc");
    let loader = new_class(
        vm,
        "importlib._abc",
        "Loader",
        &[
            ("create_module", create_module, BuiltinKind::Method),
            ("load_module", load_module, BuiltinKind::Method),
            ("module_repr", module_repr, BuiltinKind::Method),
        ],
    );
    let meta = new_class(vm, "importlib.abc", "MetaPathFinder", &[("invalidate_caches", invalidate_caches, BuiltinKind::Method)]);
    let entry = new_class(vm, "importlib.abc", "PathEntryFinder", &[("invalidate_caches", invalidate_caches, BuiltinKind::Method)]);
    for (n, c) in [("Loader", loader), ("MetaPathFinder", meta), ("PathEntryFinder", entry)] {
        super::set(vm, &m, n, Value::Obj(c));
    }
    Ok(m)
}

/// `Loader.create_module(spec)`: None, the default module creation.
fn create_module(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `Loader.load_module(fullname)`: `_load_module_shim` when the loader has `exec_module`.
fn load_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = crate::import::receiver(vm, &args, "load_module")?;
    let [name] = rest.exact::<1>(vm, "load_module")?;
    if opt_attr(vm, &this, "exec_module")?.is_none() {
        return Err(vm.new_error(&vm.exc.import_error.clone(), ""));
    }
    let n = vm.str_string(name)?;
    let spec = crate::import::spec::new_spec(vm, &n, this, None, false)?;
    match crate::import::sys_modules_get(vm, &n)? {
        Some(module) => crate::import::reload::exec(vm, &spec, &module),
        None => crate::import::bootstrap::load_unlocked(vm, &spec),
    }
}

fn module_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(&vm.exc.not_implemented_error.clone(), ""))
}

fn invalidate_caches(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
