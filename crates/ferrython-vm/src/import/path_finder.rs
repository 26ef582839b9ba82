//! Finding modules on `sys.path` (importlib's `_bootstrap_external`): `PathFinder` asks
//! `sys.path_hooks` for a finder per path entry (cached in `sys.path_importer_cache`); the
//! `FileFinder` hook answers for a directory, from a listing it caches until the directory's mtime
//! changes or `invalidate_caches()` is called; `_NamespacePath` is a PEP 420 package's `__path__`.

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::set::SetData;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::dict_ops;

use super::{attr, opt_attr, receiver, set_attr, text};

pub fn init(vm: &mut Vm) {
    vm.import.path_finder = super::new_class(
        vm,
        "_frozen_importlib_external",
        "PathFinder",
        &[("find_spec", path_find_spec, BuiltinKind::ClassMethod), ("invalidate_caches", path_invalidate_caches, BuiltinKind::StaticMethod)],
    );
    vm.import.file_finder = super::new_class(
        vm,
        "_frozen_importlib_external",
        "FileFinder",
        &[
            ("__init__", file_finder_init, BuiltinKind::Method),
            ("__repr__", file_finder_repr, BuiltinKind::Method),
            ("find_spec", file_finder_find_spec, BuiltinKind::Method),
            ("invalidate_caches", file_finder_invalidate_caches, BuiltinKind::Method),
            ("path_hook", file_finder_path_hook, BuiltinKind::ClassMethod),
        ],
    );
    vm.import.namespace_path = super::new_class(
        vm,
        "_frozen_importlib_external",
        "_NamespacePath",
        &[
            ("__init__", ns_path_init, BuiltinKind::Method),
            ("__repr__", ns_path_repr, BuiltinKind::Method),
            ("__iter__", ns_path_iter, BuiltinKind::Method),
            ("__len__", ns_path_len, BuiltinKind::Method),
            ("__getitem__", ns_path_getitem, BuiltinKind::Method),
            ("__contains__", ns_path_contains, BuiltinKind::Method),
            ("append", ns_path_append, BuiltinKind::Method),
        ],
    );
    let loader = Value::Obj(vm.import.source_file_loader.clone());
    let suffixes = vm.new_list(vec![vm.new_str(".py")]);
    let details = vm.new_tuple(vec![vm.new_tuple(vec![loader, suffixes])]);
    let cls = Value::Obj(vm.import.file_finder.clone());
    vm.import.path_hook = make_path_hook(vm, cls, details);
}

/// `_path_join`: join with `/`, dropping empty parts and trailing separators.
fn path_join(a: &str, b: &str) -> String {
    [a, b].iter().filter(|p| !p.is_empty()).map(|p| p.trim_end_matches('/')).collect::<Vec<_>>().join("/")
}

/// `_path_abspath`: a relative path joined to the current directory (not normalised).
pub fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => path_join(&cwd.to_string_lossy(), path),
        Err(_) => path.to_string(),
    }
}

fn cwd() -> Option<String> {
    std::env::current_dir().ok().map(|p| p.to_string_lossy().to_string())
}

// ----- PathFinder ---------------------------------------------------------------------------------

/// `PathFinder.find_spec(fullname, path=None, target=None)`.
fn path_find_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = receiver(vm, &args, "find_spec")?;
    let [name, path, target] = rest.bind(vm, "find_spec", ["fullname", "path", "target"], 1)?;
    let name = name.unwrap_or(Value::None);
    let path = match path.filter(|p| !p.is_none()) {
        Some(p) => p,
        None => vm.sys_attr("path").unwrap_or(Value::None),
    };
    let Some(spec) = get_spec(vm, &name, &path, target.unwrap_or(Value::None))? else {
        return Ok(Value::None);
    };
    if !attr(vm, &spec, "loader")?.is_none() {
        return Ok(spec);
    }
    let portions = attr(vm, &spec, "submodule_search_locations")?;
    if !vm.is_true(&portions)? {
        return Ok(Value::None);
    }
    set_attr(vm, &spec, "origin", Value::None)?;
    let cls = Value::Obj(vm.import.namespace_path.clone());
    let ns_path = vm.call(&cls, &[name, portions], &[])?;
    set_attr(vm, &spec, "submodule_search_locations", ns_path)?;
    Ok(spec)
}

/// `PathFinder._get_spec`: the first path entry whose finder has a loader for `name`; else a spec
/// without loader collecting the namespace portions.
fn get_spec(vm: &mut Vm, name: &Value, path: &Value, target: Value) -> PyResult<Option<Value>> {
    let mut namespace_path = Vec::new();
    for entry in vm.collect_iterable(path)? {
        let Some(entry) = text(&entry) else { continue };
        let Some(finder) = path_importer_cache(vm, &entry)? else { continue };
        let Some(find) = opt_attr(vm, &finder, "find_spec")? else { continue };
        let spec = vm.call(&find, &[name.clone(), target.clone()], &[])?;
        if spec.is_none() {
            continue;
        }
        if !attr(vm, &spec, "loader")?.is_none() {
            return Ok(Some(spec));
        }
        let portions = attr(vm, &spec, "submodule_search_locations")?;
        if portions.is_none() {
            return Err(vm.import_error(&vm.exc.import_error.clone(), "spec missing loader".into(), None, None));
        }
        namespace_path.extend(vm.collect_iterable(&portions)?);
    }
    let n = vm.str_string(name)?;
    let spec = super::spec::new_spec(vm, &n, Value::None, None, false)?;
    let l = vm.new_list(namespace_path);
    set_attr(vm, &spec, "submodule_search_locations", l)?;
    Ok(Some(spec))
}

/// `PathFinder._path_importer_cache`: the finder for one `sys.path` entry (`''` is the current
/// directory), made by the first `sys.path_hooks` entry that accepts it and cached.
fn path_importer_cache(vm: &mut Vm, entry: &str) -> PyResult<Option<Value>> {
    let entry = if entry.is_empty() {
        match cwd() {
            Some(c) => c,
            None => return Ok(None),
        }
    } else {
        entry.to_string()
    };
    let cache = vm.sys_attr("path_importer_cache").unwrap_or(Value::None);
    let key = vm.new_str(entry.clone());
    if let Some(c) = cache.as_obj().filter(|c| c.as_dict().is_some()).cloned() {
        if let Some(f) = dict_ops::get_item(vm, &c, &key)? {
            return Ok((!f.is_none()).then_some(f));
        }
    } else {
        match vm.getitem(&cache, &key) {
            Ok(f) => return Ok((!f.is_none()).then_some(f)),
            Err(e) if vm.err_matches(&e, &vm.exc.key_error.clone()) => {}
            Err(e) => return Err(e),
        }
    }
    let hooks = vm.sys_attr("path_hooks").unwrap_or(Value::None);
    let mut finder = Value::None;
    if !hooks.is_none() {
        for hook in vm.collect_iterable(&hooks)? {
            match vm.call(&hook, std::slice::from_ref(&key), &[]) {
                Ok(f) => {
                    finder = f;
                    break;
                }
                Err(e) if vm.err_matches(&e, &vm.exc.import_error.clone()) => continue,
                Err(e) => return Err(e),
            }
        }
    }
    vm.setitem(&cache, key, finder.clone())?;
    Ok((!finder.is_none()).then_some(finder))
}

/// `PathFinder.invalidate_caches()`: drop cached `None`s and relative entries, and tell every
/// cached finder to forget its listings.
fn path_invalidate_caches(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let cache = vm.sys_attr("path_importer_cache").unwrap_or(Value::None);
    let items = vm.call_method(&cache, "items", &[])?;
    for item in vm.collect_iterable(&items)? {
        let pair = vm.collect_iterable(&item)?;
        let [name, finder] = pair.as_slice() else { continue };
        if finder.is_none() || !text(name).is_some_and(|n| n.starts_with('/')) {
            vm.delitem(&cache, name)?;
        } else if let Some(inv) = opt_attr(vm, finder, "invalidate_caches")? {
            vm.call(&inv, &[], &[])?;
        }
    }
    Ok(Value::None)
}

// ----- FileFinder ---------------------------------------------------------------------------------

/// `FileFinder(path, *loader_details)`: each detail is `(loader_class, suffixes)`.
fn file_finder_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "__init__")?;
    rest.no_kwargs(vm, "FileFinder")?;
    let pos = rest.positional();
    let Some(path) = pos.first() else {
        return Err(vm.type_error("FileFinder.__init__() missing 1 required positional argument: 'path'"));
    };
    let mut loaders = Vec::new();
    for detail in &pos[1..] {
        let pair = vm.collect_iterable(detail)?;
        let [loader, suffixes] = pair.as_slice() else {
            return Err(vm.value_error("loader details must be (loader, suffixes) pairs"));
        };
        for suffix in vm.collect_iterable(suffixes)? {
            loaders.push(vm.new_tuple(vec![suffix, loader.clone()]));
        }
    }
    let p = text(path).unwrap_or_default();
    let p = if p.is_empty() || p == "." { cwd().unwrap_or_default() } else { absolute(&p) };
    set_attr(vm, &this, "_loaders", vm.new_list(loaders))?;
    set_attr(vm, &this, "path", vm.new_str(p))?;
    set_attr(vm, &this, "_path_mtime", Value::Int(-1))?;
    set_attr(vm, &this, "_path_cache", vm.new_set(SetData::new()))?;
    Ok(Value::None)
}

fn file_finder_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = receiver(vm, &args, "__repr__")?;
    let path = attr(vm, &this, "path")?;
    let r = vm.repr_string(&path)?;
    Ok(vm.new_str(format!("FileFinder({r})")))
}

fn file_finder_invalidate_caches(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = receiver(vm, &args, "invalidate_caches")?;
    set_attr(vm, &this, "_path_mtime", Value::Int(-1))?;
    Ok(Value::None)
}

/// The directory's mtime in seconds, -1 when it cannot be read.
fn mtime(dir: &str) -> f64 {
    std::fs::metadata(dir)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(-1.0, |d| d.as_secs_f64())
}

/// The finder's cached directory listing, refreshed when the directory's mtime changed.
fn listing(vm: &mut Vm, this: &Value, dir: &str) -> PyResult<Value> {
    let now = mtime(dir);
    let cached = attr(vm, this, "_path_mtime")?;
    let same = match cached {
        Value::Float(f) => f == now,
        _ => false,
    };
    if same {
        return attr(vm, this, "_path_cache");
    }
    let set = vm.new_set(SetData::new());
    let set_obj = set.as_obj().cloned().expect("a set is an object");
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let n = vm.new_str(e.file_name().to_string_lossy().to_string());
            dict_ops::set_add(vm, &set_obj, n)?;
        }
    }
    set_attr(vm, this, "_path_cache", set.clone())?;
    set_attr(vm, this, "_path_mtime", Value::Float(now))?;
    Ok(set)
}

/// `FileFinder.find_spec(fullname, target=None)`: `name/__init__.py` (a package), `name.py`, or a
/// directory `name/` (a namespace portion).
fn file_finder_find_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "find_spec")?;
    let [name, _target] = rest.bind(vm, "find_spec", ["fullname", "target"], 1)?;
    let name = name.unwrap_or(Value::None);
    let fullname = vm.str_string(&name)?;
    let tail = fullname.rsplit('.').next().unwrap_or("").to_string();
    let dir = attr(vm, &this, "path")?;
    let dir = text(&dir).unwrap_or_default();
    let cache = listing(vm, &this, if dir.is_empty() { "." } else { &dir })?;
    let cache = cache.as_obj().cloned().expect("the listing is a set");
    let loaders = attr(vm, &this, "_loaders")?;
    let loaders: Vec<(String, Value)> = vm
        .collect_iterable(&loaders)?
        .iter()
        .filter_map(|t| t.as_obj().and_then(|o| o.as_tuple()).and_then(|t| Some((text(t.first()?)?, t.get(1)?.clone()))))
        .collect();
    let in_cache = |vm: &mut Vm, n: &str| -> PyResult<bool> {
        let k = vm.new_str(n);
        dict_ops::set_contains(vm, &cache, &k)
    };
    let mut namespace = None;
    if in_cache(vm, &tail)? {
        let base = path_join(&dir, &tail);
        for (suffix, loader) in &loaders {
            let init = path_join(&base, &format!("__init__{suffix}"));
            if std::path::Path::new(&init).is_file() {
                return spec_for(vm, loader, &fullname, &init, Some(base));
            }
        }
        if std::path::Path::new(&base).is_dir() {
            namespace = Some(base);
        }
    }
    for (suffix, loader) in &loaders {
        let file = format!("{tail}{suffix}");
        let full = path_join(&dir, &file);
        if in_cache(vm, &file)? && std::path::Path::new(&full).is_file() {
            return spec_for(vm, loader, &fullname, &full, None);
        }
    }
    match namespace {
        Some(base) => {
            let spec = super::spec::new_spec(vm, &fullname, Value::None, None, false)?;
            let l = vm.new_list(vec![vm.new_str(base)]);
            set_attr(vm, &spec, "submodule_search_locations", l)?;
            Ok(spec)
        }
        None => Ok(Value::None),
    }
}

/// `FileFinder._get_spec`: `loader_class(fullname, path)` in a spec from the file location.
fn spec_for(vm: &mut Vm, loader_class: &Value, fullname: &str, path: &str, package_dir: Option<String>) -> PyResult<Value> {
    let (n, p) = (vm.new_str(fullname), vm.new_str(path));
    let loader = vm.call(loader_class, &[n, p.clone()], &[])?;
    let locations = package_dir.map_or(Value::None, |d| vm.new_list(vec![vm.new_str(d)]));
    super::spec::spec_from_file_location(vm, fullname, Some(p), Some(loader), Some(locations))
}

/// `FileFinder.path_hook(*loader_details)`: a callable making a `FileFinder` for a directory.
fn file_finder_path_hook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, rest) = receiver(vm, &args, "path_hook")?;
    rest.no_kwargs(vm, "path_hook")?;
    let details = vm.new_tuple(rest.positional().to_vec());
    Ok(Value::Obj(make_path_hook(vm, cls, details)))
}

fn make_path_hook(vm: &mut Vm, cls: Value, details: Value) -> crate::PyRef {
    let f = vm.new_native("path_hook_for_FileFinder", path_hook_for_file_finder, BuiltinKind::Function, None);
    let state = vm.new_tuple(vec![cls, details]);
    match vm.bind_builtin(&f, state) {
        Value::Obj(o) => o,
        _ => f,
    }
}

/// The hook itself: `ImportError('only directories are supported', path=path)` for anything
/// but a directory.
fn path_hook_for_file_finder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (state, rest) = receiver(vm, &args, "path_hook_for_FileFinder")?;
    let [path] = rest.exact::<1>(vm, "path_hook_for_FileFinder")?;
    let p = text(path).unwrap_or_default();
    let dir = if p.is_empty() { cwd().unwrap_or_default() } else { p };
    if !std::path::Path::new(&dir).is_dir() {
        return Err(vm.import_error(&vm.exc.import_error.clone(), "only directories are supported".into(), None, Some(path.clone())));
    }
    let parts = vm.collect_iterable(&state)?;
    let [cls, details] = parts.as_slice() else {
        return Err(vm.runtime_error("bad path hook state"));
    };
    let mut call_args = vec![path.clone()];
    call_args.extend(vm.collect_iterable(details)?);
    vm.call(cls, &call_args, &[])
}

// ----- _NamespacePath -----------------------------------------------------------------------------

fn ns_path_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "__init__")?;
    let [name, path] = rest.bind(vm, "_NamespacePath", ["name", "path"], 2)?;
    set_attr(vm, &this, "_name", name.unwrap_or(Value::None))?;
    let items = vm.collect_iterable(&path.unwrap_or(Value::None))?;
    set_attr(vm, &this, "_path", vm.new_list(items))?;
    Ok(Value::None)
}

fn ns_list(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(Value, Vec<Value>)> {
    let (this, rest) = receiver(vm, args, fname)?;
    let l = attr(vm, &this, "_path")?;
    Ok((l, rest.positional().to_vec()))
}

fn ns_path_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, _) = ns_list(vm, &args, "__repr__")?;
    let r = vm.repr_string(&l)?;
    Ok(vm.new_str(format!("_NamespacePath({r})")))
}

fn ns_path_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, _) = ns_list(vm, &args, "__iter__")?;
    vm.get_iter(&l)
}

fn ns_path_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, _) = ns_list(vm, &args, "__len__")?;
    Ok(Value::Int(vm.len(&l)? as i64))
}

fn ns_path_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = ns_list(vm, &args, "__getitem__")?;
    let i = rest.first().cloned().unwrap_or(Value::None);
    vm.getitem(&l, &i)
}

fn ns_path_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = ns_list(vm, &args, "__contains__")?;
    let i = rest.first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(vm.contains(&l, &i)?))
}

fn ns_path_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, rest) = ns_list(vm, &args, "append")?;
    vm.call_method(&l, "append", &rest)
}
