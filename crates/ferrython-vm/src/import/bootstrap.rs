//! The loading algorithm of importlib's `_bootstrap.py`: look in `sys.modules`, import the parent,
//! ask each finder on `sys.meta_path` for a spec, create the module, set its attributes, put it in
//! `sys.modules` before executing it, remove it on failure, return what `sys.modules` then holds,
//! and bind it on its parent.

use crate::PyResult;
use crate::value::Value;
use crate::vm::Vm;

use super::{attr, opt_attr, set_attr, set_attr_soft, sys_modules_del, sys_modules_get, sys_modules_set, text};

/// `_find_and_load`: the module in `sys.modules` (a `None` entry halts the import), else find and
/// load it.
pub fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    match sys_modules_get(vm, name)? {
        Some(Value::None) => Err(vm.module_not_found(format!("import of {name} halted; None in sys.modules"), name)),
        Some(m) => Ok(m),
        None => find_and_load_unlocked(vm, name),
    }
}

/// `_find_and_load_unlocked`.
fn find_and_load_unlocked(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (parent, child) = match name.rfind('.') {
        Some(dot) => (&name[..dot], &name[dot + 1..]),
        None => ("", name),
    };
    let mut path = None;
    if !parent.is_empty() {
        if sys_modules_get(vm, parent)?.is_none() {
            vm.import_module(parent)?;
        }
        // Importing the parent may have imported this module ("Crazy side-effects!").
        if let Some(m) = sys_modules_get(vm, name)? {
            return Ok(m);
        }
        let parent_module = parent_in_sys_modules(vm, parent)?;
        match opt_attr(vm, &parent_module, "__path__")? {
            Some(p) => path = Some(p),
            None => return Err(vm.module_not_found(format!("No module named '{name}'; '{parent}' is not a package"), name)),
        }
    }
    let Some(spec) = find_spec(vm, name, path, None)? else {
        return Err(vm.module_not_found(format!("No module named '{name}'"), name));
    };
    let module = load_unlocked(vm, &spec)?;
    if !parent.is_empty() {
        let parent_module = parent_in_sys_modules(vm, parent)?;
        set_attr_soft(vm, &parent_module, child, module.clone())?;
    }
    Ok(module)
}

/// `sys.modules[parent]`, a `KeyError` when it is gone.
fn parent_in_sys_modules(vm: &mut Vm, parent: &str) -> PyResult<Value> {
    match sys_modules_get(vm, parent)? {
        Some(m) => Ok(m),
        None => {
            let k = vm.new_str(parent);
            Err(vm.key_error(k))
        }
    }
}

/// `_find_spec`: ask each finder on `sys.meta_path`; a module the parent import already put in
/// `sys.modules` keeps its own spec.
pub fn find_spec(vm: &mut Vm, name: &str, path: Option<Value>, target: Option<Value>) -> PyResult<Option<Value>> {
    let meta_path = vm.sys_attr("meta_path").unwrap_or(Value::None);
    if meta_path.is_none() {
        return Err(vm.import_error(&vm.exc.import_error.clone(), "sys.meta_path is None, Python is likely shutting down".into(), None, None));
    }
    let is_reload = sys_modules_get(vm, name)?.is_some();
    for finder in vm.collect_iterable(&meta_path)? {
        let Some(find) = opt_attr(vm, &finder, "find_spec")? else {
            continue;
        };
        let n = vm.new_str(name);
        let spec = vm.call(&find, &[n, path.clone().unwrap_or(Value::None), target.clone().unwrap_or(Value::None)], &[])?;
        if spec.is_none() {
            continue;
        }
        if !is_reload && let Some(module) = sys_modules_get(vm, name)? {
            return Ok(Some(match opt_attr(vm, &module, "__spec__")? {
                None | Some(Value::None) => spec,
                Some(s) => s,
            }));
        }
        return Ok(Some(spec));
    }
    Ok(None)
}

/// `module_from_spec`: the loader's `create_module(spec)` or a new module, with its import
/// attributes set.
pub fn module_from_spec(vm: &mut Vm, spec: &Value) -> PyResult<Value> {
    let loader = attr(vm, spec, "loader")?;
    let mut module = Value::None;
    if let Some(create) = opt_attr(vm, &loader, "create_module")? {
        module = vm.call(&create, std::slice::from_ref(spec), &[])?;
    } else if opt_attr(vm, &loader, "exec_module")?.is_some() {
        return Err(vm.import_error(
            &vm.exc.import_error.clone(),
            "loaders that define exec_module() must also define create_module()".into(),
            None,
            None,
        ));
    }
    if module.is_none() {
        let name = attr(vm, spec, "name")?;
        let name = vm.str_string(&name)?;
        module = Value::Obj(vm.new_module(&name));
    }
    init_module_attrs(vm, spec, &module, false)?;
    Ok(module)
}

/// Is `module.<name>` missing or None (`getattr(module, name, None) is None`)?
fn unset(vm: &mut Vm, module: &Value, name: &str) -> PyResult<bool> {
    Ok(opt_attr(vm, module, name)?.is_none_or(|v| v.is_none()))
}

/// `_init_module_attrs`: `__name__ __loader__ __package__ __spec__ __path__ __file__ __cached__`
/// from the spec (only those not already set, unless `override_` as reload does).
pub fn init_module_attrs(vm: &mut Vm, spec: &Value, module: &Value, override_: bool) -> PyResult<()> {
    if override_ || unset(vm, module, "__name__")? {
        let v = attr(vm, spec, "name")?;
        set_attr_soft(vm, module, "__name__", v)?;
    }
    if override_ || unset(vm, module, "__loader__")? {
        let mut loader = attr(vm, spec, "loader")?;
        if loader.is_none() {
            let locations = attr(vm, spec, "submodule_search_locations")?;
            if !locations.is_none() {
                // A namespace package gets a NamespaceLoader (a backward compatibility hack).
                loader = super::loader::new_namespace_loader(vm, locations)?;
                set_attr(vm, spec, "loader", loader.clone())?;
                set_attr_soft(vm, module, "__file__", Value::None)?;
            }
        }
        set_attr_soft(vm, module, "__loader__", loader)?;
    }
    if override_ || unset(vm, module, "__package__")? {
        let v = attr(vm, spec, "parent")?;
        set_attr_soft(vm, module, "__package__", v)?;
    }
    set_attr_soft(vm, module, "__spec__", spec.clone())?;
    if override_ || unset(vm, module, "__path__")? {
        let locations = attr(vm, spec, "submodule_search_locations")?;
        if !locations.is_none() {
            set_attr_soft(vm, module, "__path__", locations)?;
        }
    }
    let has_location = attr(vm, spec, "has_location")?;
    if vm.is_true(&has_location)? {
        if override_ || unset(vm, module, "__file__")? {
            let v = attr(vm, spec, "origin")?;
            set_attr_soft(vm, module, "__file__", v)?;
        }
        if override_ || unset(vm, module, "__cached__")? {
            let cached = attr(vm, spec, "cached")?;
            if !cached.is_none() {
                set_attr_soft(vm, module, "__cached__", cached)?;
            }
        }
    }
    Ok(())
}

/// `_load_unlocked`: create the module, insert it into `sys.modules`, execute it (removing it again
/// if that fails) and return what `sys.modules` holds afterwards.
pub fn load_unlocked(vm: &mut Vm, spec: &Value) -> PyResult<Value> {
    let loader = attr(vm, spec, "loader")?;
    if !loader.is_none() && opt_attr(vm, &loader, "exec_module")?.is_none() {
        return load_backward_compatible(vm, spec, &loader);
    }
    let module = module_from_spec(vm, spec)?;
    let name = attr(vm, spec, "name")?;
    let name = vm.str_string(&name)?;
    set_attr(vm, spec, "_initializing", Value::Bool(true))?;
    let r = (|| {
        sys_modules_set(vm, &name, module.clone())?;
        let loader = attr(vm, spec, "loader")?;
        let executed = if loader.is_none() {
            let locations = attr(vm, spec, "submodule_search_locations")?;
            if locations.is_none() {
                Err(vm.import_error(&vm.exc.import_error.clone(), "missing loader".into(), Some(vm.new_str(name.clone())), None))
            } else {
                Ok(())
            }
        } else {
            vm.call_method(&loader, "exec_module", std::slice::from_ref(&module)).map(drop)
        };
        if let Err(e) = executed {
            sys_modules_del(vm, &name)?;
            return Err(e);
        }
        // Move the module to the end of sys.modules; a module that replaced itself is what we get.
        let Some(module) = sys_modules_del(vm, &name)? else {
            let k = vm.new_str(name.clone());
            return Err(vm.key_error(k));
        };
        sys_modules_set(vm, &name, module.clone())?;
        Ok(module)
    })();
    set_attr(vm, spec, "_initializing", Value::Bool(false))?;
    r
}

/// `_load_backward_compatible`: a loader with only `load_module(name)`.
fn load_backward_compatible(vm: &mut Vm, spec: &Value, loader: &Value) -> PyResult<Value> {
    let name = attr(vm, spec, "name")?;
    vm.call_method(loader, "load_module", std::slice::from_ref(&name))?;
    let n = vm.str_string(&name)?;
    let Some(module) = sys_modules_del(vm, &n)? else {
        return Err(vm.key_error(name));
    };
    sys_modules_set(vm, &n, module.clone())?;
    if unset(vm, &module, "__loader__")? {
        set_attr_soft(vm, &module, "__loader__", loader.clone())?;
    }
    if unset(vm, &module, "__package__")? {
        let pkg = match opt_attr(vm, &module, "__path__")? {
            Some(_) => name.clone(),
            None => vm.new_str(n.rsplit_once('.').map_or("", |(p, _)| p)),
        };
        set_attr_soft(vm, &module, "__package__", pkg)?;
    }
    if opt_attr(vm, &module, "__spec__")?.is_none() {
        set_attr_soft(vm, &module, "__spec__", spec.clone())?;
    }
    Ok(module)
}

/// `_handle_fromlist`: import the submodules a `from package import a, b` names that are not
/// attributes yet (`*` means the package's `__all__`).
pub fn handle_fromlist(vm: &mut Vm, module: Value, fromlist: &Value, recursive: bool) -> PyResult<Value> {
    for x in vm.collect_iterable(fromlist)? {
        let Some(x) = text(&x) else {
            let where_ = if recursive {
                let n = attr(vm, &module, "__name__")?;
                format!("{}.__all__", vm.str_string(&n)?)
            } else {
                "``from list''".to_string()
            };
            return Err(vm.type_error(format!("Item in {where_} must be str, not {}", vm.type_name(&x))));
        };
        if x == "*" {
            if !recursive && let Some(all) = opt_attr(vm, &module, "__all__")? {
                handle_fromlist(vm, module.clone(), &all, true)?;
            }
        } else if opt_attr(vm, &module, &x)?.is_none() {
            let n = attr(vm, &module, "__name__")?;
            let from_name = format!("{}.{x}", vm.str_string(&n)?);
            match vm.import_module(&from_name) {
                Ok(_) => {}
                Err(e) if vm.err_matches(&e, &vm.exc.module_not_found_error.clone()) => {
                    // A submodule that does not exist is not an error here (it may be an attribute
                    // the `from` import then reports), unless a None entry blocked it.
                    let exc = Value::Obj(e.exc.clone());
                    let missing = opt_attr(vm, &exc, "name")?.and_then(|n| text(&n)).is_some_and(|n| n == from_name);
                    if !missing || matches!(sys_modules_get(vm, &from_name)?, Some(Value::None)) {
                        return Err(e);
                    }
                }
                Err(e) => return Err(e),
            }
        }
    }
    Ok(module)
}
