//! `importlib.reload(module)`: find the module's spec again and execute its (new) code in the
//! *same* module object, so every holder of the module sees the new names while names the new code
//! does not define stay, and `from m import f` bindings elsewhere keep the old objects.

use crate::PyResult;
use crate::value::Value;
use crate::vm::Vm;

use super::{attr, opt_attr, set_attr, sys_modules_del, sys_modules_get, sys_modules_set};

/// importlib's `reload` (3.11).
pub fn reload(vm: &mut Vm, module: &Value) -> PyResult<Value> {
    let spec_name = match opt_attr(vm, module, "__spec__")? {
        Some(spec) => opt_attr(vm, &spec, "name")?,
        None => None,
    };
    let name = match spec_name {
        Some(n) => n,
        None => match opt_attr(vm, module, "__name__")? {
            Some(n) => n,
            None => return Err(vm.type_error("reload() argument must be a module")),
        },
    };
    let n = vm.str_string(&name)?;
    if !sys_modules_get(vm, &n)?.is_some_and(|m| m.is(module)) {
        return Err(vm.import_error(&vm.exc.import_error.clone(), format!("module {n} not in sys.modules"), Some(name), None));
    }
    let pkgpath = match n.rfind('.') {
        Some(dot) => {
            let parent = &n[..dot];
            let Some(p) = sys_modules_get(vm, parent)? else {
                let r = vm.repr_string(&vm.new_str(parent))?;
                return Err(vm.import_error(&vm.exc.import_error.clone(), format!("parent {r} not in sys.modules"), Some(vm.new_str(parent)), None));
            };
            Some(attr(vm, &p, "__path__")?)
        }
        None => None,
    };
    let spec = super::bootstrap::find_spec(vm, &n, pkgpath, Some(module.clone()))?.unwrap_or(Value::None);
    set_attr(vm, module, "__spec__", spec.clone())?;
    if spec.is_none() {
        let r = vm.repr_string(&name)?;
        return Err(vm.module_not_found(format!("spec not found for the module {r}"), &n));
    }
    exec(vm, &spec, module)?;
    // The module may have replaced itself in sys.modules.
    match sys_modules_get(vm, &n)? {
        Some(m) => Ok(m),
        None => Err(vm.key_error(name)),
    }
}

/// `_bootstrap._exec(spec, module)`: reset the module's import attributes from the spec and
/// execute the loader in the existing namespace.
pub fn exec(vm: &mut Vm, spec: &Value, module: &Value) -> PyResult<Value> {
    let name = attr(vm, spec, "name")?;
    let n = vm.str_string(&name)?;
    if !sys_modules_get(vm, &n)?.is_some_and(|m| m.is(module)) {
        let r = vm.repr_string(&name)?;
        return Err(vm.import_error(&vm.exc.import_error.clone(), format!("module {r} not in sys.modules"), Some(name), None));
    }
    let r = (|| {
        let loader = attr(vm, spec, "loader")?;
        if loader.is_none() && attr(vm, spec, "submodule_search_locations")?.is_none() {
            return Err(vm.import_error(&vm.exc.import_error.clone(), "missing loader".into(), Some(name.clone()), None));
        }
        super::bootstrap::init_module_attrs(vm, spec, module, true)?;
        let loader = attr(vm, spec, "loader")?;
        if loader.is_none() {
            return Ok(());
        }
        if opt_attr(vm, &loader, "exec_module")?.is_none() {
            vm.call_method(&loader, "load_module", std::slice::from_ref(&name))?;
        } else {
            vm.call_method(&loader, "exec_module", std::slice::from_ref(module))?;
        }
        Ok(())
    })();
    // Move the module to the end of sys.modules (CPython does this even when execution failed).
    let moved = match sys_modules_del(vm, &n)? {
        Some(m) => sys_modules_set(vm, &n, m.clone()).map(|_| m),
        None => Err(vm.key_error(name.clone())),
    };
    r?;
    moved
}
