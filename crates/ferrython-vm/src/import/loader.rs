//! Loaders: `SourceFileLoader` (a `.py` file), `BuiltinImporter` (finder and loader of the native
//! modules in `vm.native_modules`) and `NamespaceLoader` (PEP 420 packages). Each is a class with importlib's `create_module(spec)` / `exec_module(module)`.

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::Vm;

use super::{attr, receiver, set_attr, text};

/// `BuiltinImporter._ORIGIN`.
const BUILT_IN: &str = "built-in";

pub fn init(vm: &mut Vm) {
    vm.import.source_file_loader = super::new_class(
        vm,
        "_frozen_importlib_external",
        "SourceFileLoader",
        &[
            ("__init__", source_init, BuiltinKind::Method),
            ("__eq__", source_eq, BuiltinKind::Method),
            ("__hash__", source_hash, BuiltinKind::Method),
            ("create_module", source_create_module, BuiltinKind::Method),
            ("exec_module", source_exec_module, BuiltinKind::Method),
            ("load_module", source_load_module, BuiltinKind::Method),
            ("get_filename", source_get_filename, BuiltinKind::Method),
            ("get_data", source_get_data, BuiltinKind::Method),
            ("get_source", source_get_source, BuiltinKind::Method),
            ("get_code", source_get_code, BuiltinKind::Method),
            ("is_package", source_is_package, BuiltinKind::Method),
        ],
    );
    vm.import.builtin_importer = super::new_class(
        vm,
        "_frozen_importlib",
        "BuiltinImporter",
        &[
            ("find_spec", builtin_find_spec, BuiltinKind::ClassMethod),
            ("create_module", builtin_create_module, BuiltinKind::StaticMethod),
            ("exec_module", builtin_exec_module, BuiltinKind::StaticMethod),
            ("is_package", builtin_is_package, BuiltinKind::ClassMethod),
            ("get_code", builtin_get_none, BuiltinKind::ClassMethod),
            ("get_source", builtin_get_none, BuiltinKind::ClassMethod),
        ],
    );
    let origin = vm.new_str(BUILT_IN);
    let cls = vm.import.builtin_importer.clone();
    vm.set_type_attr(&cls, "_ORIGIN", origin);
    vm.import.namespace_loader = super::new_class(
        vm,
        "_frozen_importlib_external",
        "NamespaceLoader",
        &[
            ("create_module", source_create_module, BuiltinKind::Method),
            ("exec_module", namespace_exec_module, BuiltinKind::Method),
            ("is_package", namespace_is_package, BuiltinKind::Method),
        ],
    );
}

// ----- SourceFileLoader ---------------------------------------------------------------------------

/// `SourceFileLoader(fullname, path)`.
pub fn new_source_loader(vm: &mut Vm, name: &str, path: &str) -> PyResult<Value> {
    let cls = Value::Obj(vm.import.source_file_loader.clone());
    let (n, p) = (vm.new_str(name), vm.new_str(path));
    vm.call(&cls, &[n, p], &[])
}

fn source_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "__init__")?;
    let [name, path] = rest.bind(vm, "FileLoader.__init__", ["fullname", "path"], 2)?;
    set_attr(vm, &this, "name", name.unwrap_or(Value::None))?;
    set_attr(vm, &this, "path", path.unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// `FileLoader.__eq__`: same class and same fields.
fn source_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "__eq__")?;
    let [other] = rest.exact::<1>(vm, "__eq__")?;
    if !std::rc::Rc::ptr_eq(&vm.class_of(&this), &vm.class_of(other)) {
        return Ok(Value::Bool(false));
    }
    for field in ["name", "path"] {
        let a = attr(vm, &this, field)?;
        let b = attr(vm, other, field)?;
        if !vm.eq_bool(&a, &b)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn source_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = receiver(vm, &args, "__hash__")?;
    let name = attr(vm, &this, "name")?;
    let path = attr(vm, &this, "path")?;
    let (a, b) = (vm.hash(&name)?, vm.hash(&path)?);
    Ok(Value::Int(a ^ b))
}

/// `create_module(spec)`: None, the default module creation.
fn source_create_module(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The `path` of a file loader, checking `name` as importlib's `_check_name` does.
fn loader_path(vm: &mut Vm, this: &Value, name: Option<&Value>) -> PyResult<String> {
    if let Some(n) = name.filter(|n| !n.is_none()) {
        let own = attr(vm, this, "name")?;
        if !vm.eq_bool(&own, n)? {
            let (o, m) = (vm.str_string(&own)?, vm.str_string(n)?);
            return Err(vm.import_error(&vm.exc.import_error.clone(), format!("loader for {o} cannot handle {m}"), Some(n.clone()), None));
        }
    }
    let path = attr(vm, this, "path")?;
    super::path_text(vm, &path)
}

fn read_file(vm: &mut Vm, path: &str) -> PyResult<Vec<u8>> {
    std::fs::read(path).map_err(|e| crate::modules::os_error_from_io(vm, &e, Some(vm.new_str(path))))
}

/// Source bytes as text (`decode_source`: universal newlines; a UTF-8 BOM is dropped).
pub(crate) fn decode_source(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).replace("\r\n", "\n").replace('\r', "\n")
}

/// `exec_module(module)`: compile the file and run it in the module's namespace. A syntax error
/// is raised before anything runs, so a reload with broken source leaves the module as it was.
fn source_exec_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "exec_module")?;
    let [module] = rest.exact::<1>(vm, "exec_module")?;
    let name = attr(vm, module, "__name__")?;
    let path = loader_path(vm, &this, Some(&name))?;
    let source = read_file(vm, &path)?;
    let code = super::cache::get_code(vm, &path, &source)?;
    let namespace = match module {
        Value::Obj(o) if matches!(o.payload, Payload::Module) => o.dict(),
        _ => attr(vm, module, "__dict__")?.as_obj().filter(|d| d.as_dict().is_some()).cloned(),
    };
    let Some(namespace) = namespace else {
        return Err(vm.type_error("exec() globals must be a dict, not module"));
    };
    vm.exec_code(code, &namespace, None)?;
    Ok(Value::None)
}

/// `load_module(fullname)` (deprecated): import through the spec machinery.
fn source_load_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "load_module")?;
    let [name] = rest.bind(vm, "load_module", ["fullname"], 0)?;
    let name = match name.filter(|n| !n.is_none()) {
        Some(n) => n,
        None => attr(vm, &this, "name")?,
    };
    let n = vm.str_string(&name)?;
    let path = loader_path(vm, &this, Some(&name))?;
    let spec = super::spec::spec_from_file_location(vm, &n, Some(vm.new_str(path)), Some(this), None)?;
    match super::sys_modules_get(vm, &n)? {
        Some(module) => {
            let exec = attr(vm, &spec, "loader")?;
            super::bootstrap::init_module_attrs(vm, &spec, &module, true)?;
            vm.call_method(&exec, "exec_module", std::slice::from_ref(&module))?;
            Ok(module)
        }
        None => super::bootstrap::load_unlocked(vm, &spec),
    }
}

fn source_get_filename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "get_filename")?;
    let [name] = rest.bind(vm, "get_filename", ["name"], 0)?;
    let p = loader_path(vm, &this, name.as_ref())?;
    Ok(vm.new_str(p))
}

fn source_get_data(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = receiver(vm, &args, "get_data")?;
    let [path] = rest.exact::<1>(vm, "get_data")?;
    let p = vm.str_string(path)?;
    let data = read_file(vm, &p)?;
    Ok(vm.new_bytes(data))
}

/// `get_code(fullname)`: the module's code object, from the bytecode cache when it holds exactly the
/// current source, else compiled (and cached).
fn source_get_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "get_code")?;
    let [name] = rest.exact::<1>(vm, "get_code")?;
    let path = loader_path(vm, &this, Some(name))?;
    let source = read_file(vm, &path)?;
    let code = super::cache::get_code(vm, &path, &source)?;
    Ok(Value::Obj(crate::object::PyObject::new(vm.types.code.clone(), Payload::Code(code))))
}

fn source_get_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "get_source")?;
    let [name] = rest.exact::<1>(vm, "get_source")?;
    let path = loader_path(vm, &this, Some(name))?;
    match std::fs::read(&path) {
        Ok(data) => Ok(vm.new_str(decode_source(&data))),
        Err(_) => Err(vm.import_error(&vm.exc.import_error.clone(), "source not available through get_data()".into(), Some(name.clone()), None)),
    }
}

/// `is_package(fullname)`: the file is an `__init__` module.
fn source_is_package(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "is_package")?;
    let [name] = rest.exact::<1>(vm, "is_package")?;
    let path = loader_path(vm, &this, Some(name))?;
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    let tail = text(name).map(|n| n.rsplit('.').next().unwrap_or("").to_string()).unwrap_or_default();
    Ok(Value::Bool(stem == "__init__" && tail != "__init__"))
}

// ----- BuiltinImporter ----------------------------------------------------------------------------

/// Is `name` a module compiled into the interpreter (CPython's `_imp.is_builtin`)?
pub fn is_builtin(vm: &Vm, name: &str) -> bool {
    matches!(name, "sys" | "builtins") || vm.native_modules.contains_key(name)
}

/// `ModuleSpec(name, BuiltinImporter, origin='built-in')`.
pub fn builtin_spec(vm: &mut Vm, name: Value) -> PyResult<Value> {
    let n = vm.str_string(&name)?;
    let importer = Value::Obj(vm.import.builtin_importer.clone());
    super::spec::new_spec(vm, &n, importer, Some(BUILT_IN.into()), false)
}

/// `BuiltinImporter.find_spec(fullname, path=None, target=None)`. Native submodules
/// (`importlib.util`) are found inside their package, top-level ones only without a path.
fn builtin_find_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = receiver(vm, &args, "find_spec")?;
    let [name, path, _target] = rest.bind(vm, "find_spec", ["fullname", "path", "target"], 1)?;
    let name = name.unwrap_or(Value::None);
    let Some(n) = text(&name) else { return Ok(Value::None) };
    let has_path = path.is_some_and(|p| !p.is_none());
    if has_path != n.contains('.') || !is_builtin(vm, &n) {
        return Ok(Value::None);
    }
    builtin_spec(vm, name)
}

/// `BuiltinImporter.create_module(spec)`: run the native module's init function.
fn builtin_create_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [spec] = args.exact::<1>(vm, "create_module")?;
    let name = attr(vm, spec, "name")?;
    let n = text(&name).unwrap_or_default();
    match n.as_str() {
        "sys" => return Ok(Value::Obj(vm.sys.clone())),
        "builtins" => return Ok(Value::Obj(vm.builtins.clone())),
        _ => {}
    }
    match vm.native_modules.get(&n).copied() {
        Some(init) => Ok(Value::Obj(init(vm)?)),
        None => {
            let r = vm.repr_string(&name)?;
            Err(vm.import_error(&vm.exc.import_error.clone(), format!("{r} is not a built-in module"), Some(name), None))
        }
    }
}

fn builtin_exec_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "exec_module")?;
    Ok(Value::None)
}

fn builtin_is_package(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn builtin_get_none(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

// ----- NamespaceLoader ----------------------------------------------------------------------------

/// A `NamespaceLoader` for a namespace package whose portions are `path`.
pub fn new_namespace_loader(vm: &mut Vm, path: Value) -> PyResult<Value> {
    let cls = Value::Obj(vm.import.namespace_loader.clone());
    let loader = vm.call(&cls, &[], &[])?;
    set_attr(vm, &loader, "_path", path)?;
    Ok(loader)
}

fn namespace_exec_module(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn namespace_is_package(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}
