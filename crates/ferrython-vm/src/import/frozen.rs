//! `FrozenImporter`: finder and loader of the modules compiled into the binary (the Python-written
//! standard library that `ferrython-stdlib` embeds), like CPython's frozen modules. A frozen module's
//! spec has origin `'frozen'`, its code's file name is `<frozen name>` (so tracebacks show
//! `File "<frozen json>", line 3, in f` without a source line, as CPython's do), and a frozen package
//! has an empty `__path__`: its submodules are found by name, wherever the import asks for them.
//!
//! `-X frozen_modules=off` turns the importer off (`Machinery::frozen_enabled`), so the same modules
//! load from a folder on `sys.path` instead, as CPython's stdlib does from its source directory.

use std::collections::HashMap;
use std::rc::Rc;

use crate::PyResult;
use crate::objects::code::PyCode;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::Vm;

use super::{attr, opt_attr, receiver, text};

/// A module compiled into the binary.
#[derive(Clone, Copy)]
pub struct FrozenModule {
    pub source: &'static str,
    pub is_package: bool,
}

/// The frozen modules by name, their compiled code once imported, and whether the importer is on.
#[derive(Default)]
pub struct Frozen {
    pub modules: HashMap<String, FrozenModule>,
    pub enabled: bool,
    code: HashMap<String, Rc<PyCode>>,
}

impl Frozen {
    pub fn new() -> Frozen {
        Frozen { enabled: true, ..Frozen::default() }
    }

    fn get(&self, name: &str) -> Option<FrozenModule> {
        if self.enabled { self.modules.get(name).copied() } else { None }
    }
}

const FROZEN: &str = "frozen";

pub fn init(vm: &mut Vm) {
    vm.import.frozen_importer = super::new_class(
        vm,
        "_frozen_importlib",
        "FrozenImporter",
        &[
            ("find_spec", find_spec, BuiltinKind::ClassMethod),
            ("create_module", create_module, BuiltinKind::StaticMethod),
            ("exec_module", exec_module, BuiltinKind::StaticMethod),
            ("is_package", is_package, BuiltinKind::ClassMethod),
            ("get_code", get_code, BuiltinKind::ClassMethod),
            ("get_source", get_source, BuiltinKind::ClassMethod),
        ],
    );
    let origin = vm.new_str(FROZEN);
    let cls = vm.import.frozen_importer.clone();
    vm.set_type_attr(&cls, "_ORIGIN", origin);
}

/// `FrozenImporter.find_spec(fullname, path=None, target=None)`.
fn find_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = receiver(vm, &args, "find_spec")?;
    let [name, _path, _target] = rest.bind(vm, "find_spec", ["fullname", "path", "target"], 1)?;
    let Some(n) = name.as_ref().and_then(text) else { return Ok(Value::None) };
    let Some(module) = vm.import.frozen.get(&n) else { return Ok(Value::None) };
    let importer = Value::Obj(vm.import.frozen_importer.clone());
    super::spec::new_spec(vm, &n, importer, Some(FROZEN.into()), module.is_package)
}

/// The default module object: `None` lets the machinery create it.
fn create_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<1>(vm, "create_module")?;
    Ok(Value::None)
}

/// Run the module's frozen code in its namespace.
fn exec_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [module] = args.exact::<1>(vm, "exec_module")?;
    let name = match opt_attr(vm, module, "__spec__")? {
        Some(spec) if !spec.is_none() => attr(vm, &spec, "name")?,
        _ => attr(vm, module, "__name__")?,
    };
    let code = code_of(vm, &name)?;
    let namespace = attr(vm, module, "__dict__")?;
    let Some(namespace) = namespace.as_obj().filter(|d| d.as_dict().is_some()).cloned() else {
        return Err(vm.type_error("exec() globals must be a dict, not module"));
    };
    vm.exec_code(code, &namespace, None)?;
    Ok(Value::None)
}

/// The compiled code of frozen module `name`, compiled on its first import in this interpreter.
fn code_of(vm: &mut Vm, name: &Value) -> PyResult<Rc<PyCode>> {
    let n = text(name).unwrap_or_default();
    if let Some(code) = vm.import.frozen.code.get(&n) {
        return Ok(code.clone());
    }
    let Some(module) = vm.import.frozen.get(&n) else {
        let r = vm.repr_string(name)?;
        return Err(vm.import_error(&vm.exc.import_error.clone(), format!("{r} is not a frozen module"), Some(name.clone()), None));
    };
    let code = match ferrython_compiler::compile(module.source, &format!("<frozen {n}>"), ferrython_compiler::Mode::Exec) {
        Ok(code) => vm.load_code(&code),
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    vm.import.frozen.code.insert(n, code.clone());
    Ok(code)
}

fn frozen_name(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(Value, FrozenModule)> {
    let (_, rest) = receiver(vm, args, fname)?;
    let [name] = rest.exact::<1>(vm, fname)?;
    match text(name).and_then(|n| vm.import.frozen.get(&n)) {
        Some(m) => Ok((name.clone(), m)),
        None => {
            let r = vm.repr_string(name)?;
            Err(vm.import_error(&vm.exc.import_error.clone(), format!("{r} is not a frozen module"), Some(name.clone()), None))
        }
    }
}

fn is_package(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m) = frozen_name(vm, &args, "is_package")?;
    Ok(Value::Bool(m.is_package))
}

/// `FrozenImporter.get_code(fullname)`: a code object like `compile()`'s.
fn get_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (name, _) = frozen_name(vm, &args, "get_code")?;
    let code = code_of(vm, &name)?;
    Ok(Value::Obj(crate::object::PyObject::new(vm.types.code.clone(), crate::object::Payload::Code(code))))
}

/// Frozen modules have no source to show (CPython returns `None` too).
fn get_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    frozen_name(vm, &args, "get_source")?;
    Ok(Value::None)
}
