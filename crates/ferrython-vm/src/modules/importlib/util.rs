//! `importlib.util`: `find_spec`, `spec_from_file_location`, `spec_from_loader`,
//! `module_from_spec`, `resolve_name`, `cache_from_source`, `source_from_cache`, `decode_source`, `MAGIC_NUMBER`.

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
            ("cache_from_source", cache_from_source),
            ("source_from_cache", source_from_cache),
            ("decode_source", decode_source),
        ],
    );
    let magic = vm.new_bytes(import::cache::MAGIC_NUMBER.to_vec());
    super::set(vm, &m, "MAGIC_NUMBER", magic);
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

fn is_alnum(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphanumeric)
}

/// `cache_from_source(path, debug_override=None, *, optimization=None)`.
fn cache_from_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, debug_override, optimization] = args.bind(vm, "cache_from_source", ["path", "debug_override", "optimization"], 1)?;
    let path = import::path_text(vm, &path.unwrap_or(Value::None))?;
    let mut optimization = optimization.filter(|o| !o.is_none());
    if let Some(debug) = debug_override.filter(|d| !d.is_none()) {
        if optimization.is_some() {
            return Err(vm.type_error("debug_override or optimization must be set to None"));
        }
        optimization = Some(if vm.is_true(&debug)? { vm.new_str("") } else { Value::Int(1) });
    }
    let optimization = match optimization {
        None => String::new(),
        Some(o) => vm.str_string(&o)?,
    };
    if !optimization.is_empty() && !is_alnum(&optimization) {
        let r = vm.repr_string(&vm.new_str(optimization))?;
        return Err(vm.value_error(format!("{r} is not alphanumeric")));
    }
    Ok(vm.new_str(import::cache::cache_from_source(&path, &optimization)))
}

/// `source_from_cache(path)`: the `.py` file a `__pycache__` file was made from.
fn source_from_cache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path] = args.bind(vm, "source_from_cache", ["path"], 1)?;
    let path = import::path_text(vm, &path.unwrap_or(Value::None))?;
    let split = |p: &str| -> (String, String) {
        match p.rsplit_once('/') {
            Some((h, t)) => (h.to_string(), t.to_string()),
            None => (String::new(), p.to_string()),
        }
    };
    let (head, file) = split(&path);
    let (head, pycache) = split(&head);
    if pycache != "__pycache__" {
        let r = vm.repr_string(&vm.new_str(path))?;
        return Err(vm.value_error(format!("__pycache__ not bottom-level directory in {r}")));
    }
    let dots = file.matches('.').count();
    if dots != 2 && dots != 3 {
        let r = vm.repr_string(&vm.new_str(file))?;
        return Err(vm.value_error(format!("expected only 2 or 3 dots in {r}")));
    }
    if dots == 3 {
        let optimization = file.rsplit('.').nth(1).unwrap_or_default().to_string();
        let Some(level) = optimization.strip_prefix("opt-") else {
            return Err(vm.value_error("optimization portion of filename does not start with 'opt-'"));
        };
        if !is_alnum(level) {
            let r = vm.repr_string(&vm.new_str(optimization.clone()))?;
            return Err(vm.value_error(format!("optimization level {r} is not an alphanumeric value")));
        }
    }
    let base = file.split('.').next().unwrap_or_default();
    let source = if head.is_empty() { format!("{base}.py") } else { format!("{}/{base}.py", head.trim_end_matches('/')) };
    Ok(vm.new_str(source))
}

/// `decode_source(source_bytes)`: the text of a module's source, with universal newlines (UTF-8; a
/// coding declaration naming another encoding is not honoured).
fn decode_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [source] = args.bind(vm, "decode_source", ["source_bytes"], 1)?;
    let source = source.unwrap_or(Value::None);
    let text = match source.payload() {
        Some(crate::object::Payload::Bytes(b)) => import::loader::decode_source(b),
        Some(crate::object::Payload::ByteArray(b)) => import::loader::decode_source(&b.borrow()),
        _ => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&source)))),
    };
    Ok(vm.new_str(text))
}
