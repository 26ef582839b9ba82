//! `importlib.util`: `find_spec`, `spec_from_file_location`, `spec_from_loader`,
//! `module_from_spec`, `resolve_name`.

use crate::PyResult;
use crate::import::{self, name, opt_attr, text};
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("importlib.util");
    super::add_functions(
        vm,
        &m,
        &[
            ("find_spec", find_spec),
            ("spec_from_file_location", spec_from_file_location),
            ("spec_from_loader", spec_from_loader),
            ("module_from_spec", module_from_spec),
            ("resolve_name", resolve_name),
        ],
    );
    Ok(m)
}

/// `resolve_name(name, package)` for a `str` name.
fn resolve(vm: &mut Vm, n: &str, package: &Value) -> PyResult<String> {
    if !n.starts_with('.') {
        return Ok(n.to_string());
    }
    if !vm.is_true(package)? {
        let r = vm.repr_string(&vm.new_str(n))?;
        return Err(vm.import_error(
            &vm.exc.import_error.clone(),
            format!("no package specified for {r} (required for relative module names)"),
            None,
            None,
        ));
    }
    let p = vm.str_string(package)?;
    let level = name::leading_dots(n);
    name::resolve_in_package(vm, &n[level..], &p, level)
}

fn resolve_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n, package] = args.bind(vm, "resolve_name", ["name", "package"], 2)?;
    let n = n.unwrap_or(Value::None);
    let n = vm.str_string(&n)?;
    let r = resolve(vm, &n, &package.unwrap_or(Value::None))?;
    Ok(vm.new_str(r))
}

/// `find_spec(name, package=None)`: the spec of an imported module, else what the finders say
/// (importing the parent package first).
fn find_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n, package] = args.bind(vm, "find_spec", ["name", "package"], 1)?;
    let n = n.unwrap_or(Value::None);
    let n = vm.str_string(&n)?;
    let full = resolve(vm, &n, &package.unwrap_or(Value::None))?;
    find_resolved_spec(vm, &full, &n)
}

/// `importlib.util.find_spec(name)` for an absolute `name` (runpy's `-m` uses it this way).
pub fn find_spec_absolute(vm: &mut Vm, name: &str) -> PyResult<Value> {
    find_resolved_spec(vm, name, name)
}

/// `find_spec` once the name is resolved to `full`; `n` is the name as given, which the
/// `__spec__` errors show.
fn find_resolved_spec(vm: &mut Vm, full: &str, n: &str) -> PyResult<Value> {
    match import::sys_modules_get(vm, full)? {
        None => {
            let parent_path = match full.rfind('.') {
                Some(dot) => {
                    let parent_name = &full[..dot];
                    let parent = vm.import_module(parent_name)?;
                    match opt_attr(vm, &parent, "__path__")? {
                        Some(p) => Some(p),
                        None => {
                            return Err(
                                vm.module_not_found(format!("__path__ attribute not found on '{parent_name}' while trying to find '{full}'"), full)
                            );
                        }
                    }
                }
                None => None,
            };
            Ok(import::bootstrap::find_spec(vm, full, parent_path, None)?.unwrap_or(Value::None))
        }
        Some(Value::None) => Ok(Value::None),
        Some(module) => match opt_attr(vm, &module, "__spec__")? {
            None => Err(vm.value_error(format!("{n}.__spec__ is not set"))),
            Some(Value::None) => Err(vm.value_error(format!("{n}.__spec__ is None"))),
            Some(spec) => Ok(spec),
        },
    }
}

fn spec_from_file_location(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n, location, loader, locations] =
        args.bind(vm, "spec_from_file_location", ["name", "location", "loader", "submodule_search_locations"], 1)?;
    let n = n.unwrap_or(Value::None);
    let n = vm.str_string(&n)?;
    import::spec::spec_from_file_location(vm, &n, location, loader, locations)
}

/// `spec_from_loader(name, loader, *, origin=None, is_package=None)`.
fn spec_from_loader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n, loader, origin, is_package] = args.bind(vm, "spec_from_loader", ["name", "loader", "origin", "is_package"], 2)?;
    let n = vm.str_string(&n.unwrap_or(Value::None))?;
    let loader = loader.unwrap_or(Value::None);
    let origin = origin.filter(|o| !o.is_none());
    if origin.is_none() && opt_attr(vm, &loader, "get_filename")?.is_some() {
        let loc = match is_package {
            None => None,
            Some(p) => Some(if vm.is_true(&p)? { vm.new_list(vec![]) } else { Value::None }),
        };
        return import::spec::spec_from_file_location(vm, &n, None, Some(loader), loc);
    }
    let is_package = match is_package {
        Some(p) => vm.is_true(&p)?,
        None => match opt_attr(vm, &loader, "is_package")? {
            Some(f) => {
                let nv = vm.new_str(n.clone());
                match vm.call(&f, &[nv], &[]) {
                    Ok(v) => vm.is_true(&v)?,
                    Err(e) if vm.err_matches(&e, &vm.exc.import_error.clone()) => false,
                    Err(e) => return Err(e),
                }
            }
            None => false,
        },
    };
    let origin = origin.and_then(|o| text(&o));
    import::spec::new_spec(vm, &n, loader, origin, is_package)
}

fn module_from_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [spec] = args.bind(vm, "module_from_spec", ["spec"], 1)?;
    import::bootstrap::module_from_spec(vm, &spec.unwrap_or(Value::None))
}
