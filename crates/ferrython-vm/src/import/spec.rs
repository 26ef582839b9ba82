//! `ModuleSpec` (importlib's `_bootstrap.ModuleSpec`): what a finder found and how to load it.
//! Instances keep `name`, `loader`, `origin`, `loader_state`, `submodule_search_locations`,
//! `_set_fileattr` and `_cached` in their `__dict__`, as CPython's do, so Python code (and
//! `spec.__dict__`) sees the same fields; `parent`, `has_location` and `cached` are properties.

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind};
use crate::types::misc::getset::add_getset;
use crate::value::Value;
use crate::vm::Vm;

use super::{attr, opt_attr, receiver, set_attr, text};

pub fn init(vm: &mut Vm) {
    let cls = super::new_class(
        vm,
        "_frozen_importlib",
        "ModuleSpec",
        &[("__init__", spec_init, BuiltinKind::Method), ("__repr__", spec_repr, BuiltinKind::Method), ("__eq__", spec_eq, BuiltinKind::Method)],
    );
    add_getset(vm, &cls, "parent", spec_parent, None);
    add_getset(vm, &cls, "has_location", spec_has_location, Some(spec_set_has_location));
    add_getset(vm, &cls, "cached", spec_cached, Some(spec_set_cached));
    vm.import.module_spec = cls;
}

/// `ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)`.
pub fn new_spec(vm: &mut Vm, name: &str, loader: Value, origin: Option<String>, is_package: bool) -> PyResult<Value> {
    let cls = Value::Obj(vm.import.module_spec.clone());
    let mut args = vec![vm.new_str(name), loader];
    let mut kwnames = Vec::new();
    if let Some(o) = origin {
        args.push(vm.new_str(o));
        kwnames.push(vm.new_str("origin"));
    }
    if is_package {
        args.push(Value::Bool(true));
        kwnames.push(vm.new_str("is_package"));
    }
    vm.call(&cls, &args, &kwnames)
}

fn spec_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "__init__")?;
    let npos = rest.positional().len();
    if npos > 2 {
        return Err(vm.type_error(format!("ModuleSpec.__init__() takes 3 positional arguments but {} were given", npos + 1)));
    }
    let [name, loader, origin, loader_state, is_package] =
        rest.bind(vm, "ModuleSpec.__init__", ["name", "loader", "origin", "loader_state", "is_package"], 2)?;
    let is_package = match is_package {
        Some(p) => vm.is_true(&p)?,
        None => false,
    };
    let locations = if is_package { vm.new_list(vec![]) } else { Value::None };
    let fields = [
        ("name", name.unwrap_or(Value::None)),
        ("loader", loader.unwrap_or(Value::None)),
        ("origin", origin.unwrap_or(Value::None)),
        ("loader_state", loader_state.unwrap_or(Value::None)),
        ("submodule_search_locations", locations),
        ("_uninitialized_submodules", vm.new_list(vec![])),
        ("_set_fileattr", Value::Bool(false)),
        ("_cached", Value::None),
    ];
    for (k, v) in fields {
        set_attr(vm, &this, k, v)?;
    }
    Ok(Value::None)
}

/// `ModuleSpec(name='m', loader=<...>, origin='/abs/m.py', submodule_search_locations=[...])`.
fn spec_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = receiver(vm, &args, "__repr__")?;
    let name = attr(vm, &this, "name")?;
    let loader = attr(vm, &this, "loader")?;
    let mut parts = vec![format!("name={}", vm.repr_string(&name)?), format!("loader={}", vm.repr_string(&loader)?)];
    let origin = attr(vm, &this, "origin")?;
    if !origin.is_none() {
        parts.push(format!("origin={}", vm.repr_string(&origin)?));
    }
    let locations = attr(vm, &this, "submodule_search_locations")?;
    if !locations.is_none() {
        parts.push(format!("submodule_search_locations={}", vm.str_string(&locations)?));
    }
    let cls = Value::Obj(vm.class_of(&this));
    let cls_name = attr(vm, &cls, "__name__")?;
    let cls_name = vm.str_string(&cls_name)?;
    Ok(vm.new_str(format!("{cls_name}({})", parts.join(", "))))
}

fn spec_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "__eq__")?;
    let [other] = rest.exact::<1>(vm, "__eq__")?;
    for field in ["name", "loader", "origin", "submodule_search_locations", "cached", "has_location"] {
        let a = attr(vm, &this, field)?;
        let Some(b) = opt_attr(vm, other, field)? else {
            return Ok(Value::Obj(vm.not_implemented.clone()));
        };
        let eq = vm.eq_bool(&a, &b)?;
        if !eq {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `spec.parent`: the package a module belongs to (itself, for a package).
fn spec_parent(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = receiver(vm, &args, "parent")?;
    let locations = attr(vm, &this, "submodule_search_locations")?;
    let name = attr(vm, &this, "name")?;
    if !locations.is_none() {
        return Ok(name);
    }
    let Some(n) = text(&name) else {
        return Err(vm.type_error(format!("'{}' object has no attribute 'rpartition'", vm.type_name(&name))));
    };
    Ok(vm.new_str(n.rsplit_once('.').map_or("", |(p, _)| p)))
}

fn spec_has_location(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = receiver(vm, &args, "has_location")?;
    attr(vm, &this, "_set_fileattr")
}

fn spec_set_has_location(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "has_location")?;
    let v = rest.positional().first().cloned().unwrap_or(Value::None);
    let b = vm.is_true(&v)?;
    set_attr(vm, &this, "_set_fileattr", Value::Bool(b))?;
    Ok(Value::None)
}

/// `spec.cached`: where the bytecode cache of the source is (`_get_cached(origin)`), computed on
/// first use for a spec with a file location and remembered in `_cached`.
fn spec_cached(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = receiver(vm, &args, "cached")?;
    let cached = attr(vm, &this, "_cached")?;
    if !cached.is_none() {
        return Ok(cached);
    }
    let origin = attr(vm, &this, "origin")?;
    let set_fileattr = attr(vm, &this, "_set_fileattr")?;
    if origin.is_none() || !vm.is_true(&set_fileattr)? {
        return Ok(Value::None);
    }
    let Some(origin) = text(&origin) else { return Ok(Value::None) };
    let cached = if origin.ends_with(".py") {
        vm.new_str(super::cache::cache_from_source(&origin, ""))
    } else if origin.ends_with(".pyc") {
        vm.new_str(origin)
    } else {
        return Ok(Value::None);
    };
    set_attr(vm, &this, "_cached", cached.clone())?;
    Ok(cached)
}

fn spec_set_cached(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "cached")?;
    let v = rest.positional().first().cloned().unwrap_or(Value::None);
    set_attr(vm, &this, "_cached", v)?;
    Ok(Value::None)
}

/// `spec._initializing` is true while the module runs for the first time (the circular-import
/// messages ask).
pub fn is_initializing(vm: &mut Vm, spec: &Value) -> bool {
    if spec.is_none() {
        return false;
    }
    match opt_attr(vm, spec, "_initializing") {
        Ok(Some(v)) => vm.is_true(&v).unwrap_or(false),
        _ => false,
    }
}

/// `importlib.util.spec_from_file_location(name, location=None, *, loader=None,
/// submodule_search_locations=_POPULATE)`; `locations` is `None` for `_POPULATE`.
pub fn spec_from_file_location(vm: &mut Vm, name: &str, location: Option<Value>, loader: Option<Value>, locations: Option<Value>) -> PyResult<Value> {
    let loader = loader.filter(|l| !l.is_none());
    let location = match location.filter(|l| !l.is_none()) {
        None => {
            let mut location = vm.new_str("<unknown>");
            if let Some(l) = &loader
                && let Some(get) = opt_attr(vm, l, "get_filename")?
            {
                let n = vm.new_str(name);
                match vm.call(&get, &[n], &[]) {
                    Ok(v) => location = v,
                    Err(e) if vm.err_matches(&e, &vm.exc.import_error.clone()) => {}
                    Err(e) => return Err(e),
                }
            }
            location
        }
        Some(l) => {
            let s = super::path_text(vm, &l)?;
            vm.new_str(super::path_finder::absolute(&s))
        }
    };
    let origin = text(&location).unwrap_or_default();
    let spec = new_spec(vm, name, loader.clone().unwrap_or(Value::None), Some(origin.clone()), false)?;
    set_attr(vm, &spec, "origin", location)?;
    set_attr(vm, &spec, "_set_fileattr", Value::Bool(true))?;
    let loader = match loader {
        Some(l) => l,
        None => {
            if !origin.ends_with(".py") {
                return Ok(Value::None);
            }
            let l = super::loader::new_source_loader(vm, name, &origin)?;
            set_attr(vm, &spec, "loader", l.clone())?;
            l
        }
    };
    match locations {
        None => {
            if let Some(is_pkg) = opt_attr(vm, &loader, "is_package")? {
                let n = vm.new_str(name);
                match vm.call(&is_pkg, &[n], &[]) {
                    Ok(v) => {
                        if vm.is_true(&v)? {
                            set_attr(vm, &spec, "submodule_search_locations", vm.new_list(vec![]))?;
                        }
                    }
                    Err(e) if vm.err_matches(&e, &vm.exc.import_error.clone()) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Some(l) => set_attr(vm, &spec, "submodule_search_locations", l)?,
    }
    let locations = attr(vm, &spec, "submodule_search_locations")?;
    if locations.as_obj().and_then(|o| o.as_list()).is_some_and(|l| l.borrow().is_empty()) && !origin.is_empty() {
        let dir = origin.rsplit_once('/').map_or("", |(d, _)| d).to_string();
        let d = vm.new_str(dir);
        vm.call_method(&locations, "append", &[d])?;
    }
    Ok(spec)
}
