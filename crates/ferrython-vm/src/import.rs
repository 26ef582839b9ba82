//! The import system, structured like CPython's importlib (`_bootstrap.py`, `_bootstrap_external.py`
//! and `import.c`), with every part visible and replaceable from Python:
//!
//! - `sys.modules` is the registry: the one dict every step reads and writes ([`bootstrap`]);
//! - `sys.meta_path` holds the finders: [`loader`]'s `BuiltinImporter` (native modules) and
//!   [`frozen`]'s `FrozenImporter` (modules compiled into the binary) and
//!   [`path_finder`]'s `PathFinder`, which asks `sys.path_hooks` (the `FileFinder` hook) for a finder
//!   per `sys.path` entry, cached in `sys.path_importer_cache`;
//! - a finder answers with a [`spec`] (`ModuleSpec`); its loader creates and executes the module;
//! - [`cache`] keeps compiled code in `__pycache__`, keyed by the source's content;
//! - [`reload`] re-finds the spec and executes new code in the same module object.
//!
//! `builtins.__import__` (here) is the hook every `import` statement calls; [`name`] resolves relative
//! names. The `importlib` modules exposing these pieces live in `modules/importlib.rs`.

pub mod bootstrap;
pub mod cache;
pub mod frozen;
pub mod loader;
pub mod name;
pub mod path_finder;
pub mod reload;
pub mod spec;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;
use crate::vm::frame::Frame;

/// The machinery's classes, created once per interpreter and shared with `importlib`.
pub struct Machinery {
    pub module_spec: PyRef,
    pub source_file_loader: PyRef,
    pub builtin_importer: PyRef,
    pub frozen_importer: PyRef,
    /// The modules `FrozenImporter` finds (registered by the embedder, e.g. `ferrython-stdlib`).
    pub frozen: frozen::Frozen,
    pub path_finder: PyRef,
    pub file_finder: PyRef,
    pub namespace_loader: PyRef,
    pub namespace_path: PyRef,
    /// `FileFinder.path_hook(...)`'s result, the entry of `sys.path_hooks`.
    pub path_hook: PyRef,
}

impl Machinery {
    pub(crate) fn placeholder(dummy: &PyRef) -> Machinery {
        Machinery {
            module_spec: dummy.clone(),
            source_file_loader: dummy.clone(),
            builtin_importer: dummy.clone(),
            frozen_importer: dummy.clone(),
            frozen: frozen::Frozen::new(),
            path_finder: dummy.clone(),
            file_finder: dummy.clone(),
            namespace_loader: dummy.clone(),
            namespace_path: dummy.clone(),
            path_hook: dummy.clone(),
        }
    }
}

/// Create the machinery, fill `sys.meta_path` and `sys.path_hooks`, give `sys` and `builtins` their
/// specs, and register the native modules that expose it (`importlib`, `types`).
pub fn init(vm: &mut Vm) {
    spec::init(vm);
    loader::init(vm);
    frozen::init(vm);
    path_finder::init(vm);
    let m = &vm.import;
    let meta_path =
        vm.new_list(vec![Value::Obj(m.builtin_importer.clone()), Value::Obj(m.frozen_importer.clone()), Value::Obj(m.path_finder.clone())]);
    let hooks = vm.new_list(vec![Value::Obj(m.path_hook.clone())]);
    let sys = vm.sys.dict().expect("sys has a dict");
    let k = vm.intern("meta_path");
    dict_ops::set_str_raw(&sys, &k, meta_path);
    let k = vm.intern("path_hooks");
    dict_ops::set_str_raw(&sys, &k, hooks);
    for module in [vm.sys.clone(), vm.builtins.clone()] {
        let Some(d) = module.dict() else { continue };
        let name = dict_ops::get_str(&d, &vm.names.__name__.clone()).unwrap_or(Value::None);
        let importer = Value::Obj(vm.import.builtin_importer.clone());
        if let Ok(spec) = loader::builtin_spec(vm, name) {
            dict_ops::set_str_raw(&d, &vm.names.__spec__.clone(), spec);
            dict_ops::set_str_raw(&d, &vm.names.__loader__.clone(), importer);
            let empty = vm.new_str("");
            dict_ops::set_str_raw(&d, &vm.names.__package__.clone(), empty);
        }
    }
    crate::modules::importlib::register(vm);
    vm.native_modules.insert("types".into(), crate::modules::types::init);
}

// ----- small helpers the machinery shares -------------------------------------------------------

/// `getattr(obj, name)`.
pub(crate) fn attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let n = vm.intern(name);
    vm.getattr(obj, &n)
}

/// `getattr(obj, name, None)` without the default: `None` when the attribute is missing
/// (`AttributeError`); other errors propagate, as CPython's `_PyObject_LookupAttr`.
pub(crate) fn opt_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let n = vm.intern(name);
    match vm.getattr(obj, &n) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `setattr(obj, name, value)`.
pub(crate) fn set_attr(vm: &mut Vm, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    let n = vm.intern(name);
    vm.setattr(obj, &n, value)
}

/// `setattr(obj, name, value)`, ignoring an `AttributeError` (importlib's `try: ... except
/// AttributeError: pass` around module attributes).
pub(crate) fn set_attr_soft(vm: &mut Vm, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    match set_attr(vm, obj, name, value) {
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(()),
        r => r,
    }
}

/// The text of a `str` value.
pub(crate) fn text(v: &Value) -> Option<String> {
    Vm::str_of(v).map(str::to_string)
}

/// A path argument as text, with `os.fspath`'s error for anything else.
pub(crate) fn path_text(vm: &Vm, v: &Value) -> PyResult<String> {
    text(v).ok_or_else(|| vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v))))
}

/// `sys.modules.get(name)`.
pub(crate) fn sys_modules_get(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let k = vm.new_str(name);
    dict_ops::get_item(vm, &vm.sys_modules.clone(), &k)
}

pub(crate) fn sys_modules_set(vm: &mut Vm, name: &str, module: Value) -> PyResult<()> {
    let k = vm.new_str(name);
    dict_ops::set_item(vm, &vm.sys_modules.clone(), k, module)
}

/// `del sys.modules[name]`, ignoring a missing entry.
pub(crate) fn sys_modules_del(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let k = vm.new_str(name);
    dict_ops::del_item(vm, &vm.sys_modules.clone(), &k)
}

/// Split a native method's arguments into the receiver and the rest.
pub(crate) fn receiver<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<(Value, Args<'a>)> {
    match args.positional().first() {
        Some(this) => Ok((this.clone(), Args { args: &args.args[1..], kwnames: args.kwnames })),
        None => Err(vm.type_error(format!("{fname}() needs an argument"))),
    }
}

/// A class of the machinery: `module.name` with native methods, created at start-up.
pub(crate) fn new_class(vm: &mut Vm, module: &str, name: &str, methods: &[(&'static str, NativeFn, BuiltinKind)]) -> PyRef {
    let ns = vm.new_dict();
    let k = vm.names.__module__.clone();
    dict_ops::set_str_raw(&ns, &k, vm.new_str(module));
    for (n, f, kind) in methods {
        let func = vm.new_native(n, *f, *kind, None);
        let k = vm.intern(n);
        dict_ops::set_str_raw(&ns, &k, Value::Obj(func));
    }
    let object = Value::Obj(vm.types.object.clone());
    let type_ = vm.types.type_.clone();
    crate::types::type_::create_class(vm, &type_, name, vec![object], &ns).expect("the import machinery's classes derive from object")
}

impl Vm {
    /// `ImportName`: call `builtins.__import__` (so replacing it sees every import).
    pub fn import_name_instr(&mut self, frame: &Frame, name: &PyRef, fromlist: Value, level: Value) -> PyResult<Value> {
        let import = match dict_ops::get_str(&frame.builtins, &self.names.__import__.clone()) {
            Some(f) => f,
            None => return Err(self.new_error(&self.exc.import_error, "__import__ not found")),
        };
        let locals = frame.locals.clone().unwrap_or(Value::None);
        self.call(&import, &[Value::Obj(name.clone()), Value::Obj(frame.globals.clone()), locals, fromlist, level], &[])
    }

    /// `ImportFrom` (ceval's `import_from`): `from module import name`, falling back to the submodule
    /// `module.name` in `sys.modules` (a circular relative import), with CPython's messages.
    pub fn import_from(&mut self, module: &Value, name: &PyRef) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {}
            Err(e) => return Err(e),
        }
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("").to_string();
        let pkgname = self.getattr(module, &self.names.__name__.clone()).ok().and_then(|v| text(&v));
        if let Some(m) = &pkgname
            && let Some(v) = sys_modules_get(self, &format!("{m}.{n}"))?
        {
            return Ok(v);
        }
        // PyModule_GetFilenameObject: only a module's own `__file__` str counts.
        let file = match module {
            Value::Obj(o) if matches!(o.payload, Payload::Module) => {
                o.dict().and_then(|d| dict_ops::get_str(&d, &self.names.__file__.clone())).filter(|f| Vm::str_of(f).is_some())
            }
            _ => None,
        };
        let shown = pkgname.clone().unwrap_or_else(|| "<unknown module name>".into());
        let name_r = self.repr_string(&Value::Obj(name.clone()))?;
        let shown_r = self.repr_string(&self.new_str(shown))?;
        let pkg = pkgname.map(|m| self.new_str(m));
        let msg = match &file {
            None => format!("cannot import name {name_r} from {shown_r} (unknown location)"),
            Some(f) => {
                let spec = opt_attr(self, module, "__spec__")?.unwrap_or(Value::None);
                let f = self.str_string(f)?;
                if spec::is_initializing(self, &spec) {
                    format!("cannot import name {name_r} from partially initialized module {shown_r} (most likely due to a circular import) ({f})")
                } else {
                    format!("cannot import name {name_r} from {shown_r} ({f})")
                }
            }
        };
        Err(self.import_error(&self.exc.import_error.clone(), msg, pkg, file))
    }

    /// An `ImportError` (or subclass) with its `name` and `path` attributes.
    pub fn import_error(&self, cls: &PyRef, msg: String, name: Option<Value>, path: Option<Value>) -> crate::PyErr {
        let exc = self.new_exception_obj(cls, vec![self.new_str(msg.clone())]);
        if let Some(d) = exc.dict() {
            dict_ops::set_str_raw(&d, &self.names.name, name.unwrap_or(Value::None));
            dict_ops::set_str_raw(&d, &self.names.path, path.unwrap_or(Value::None));
            dict_ops::set_str_raw(&d, &self.names.msg, self.new_str(msg));
        }
        crate::PyErr::new(exc)
    }

    /// `ModuleNotFoundError(msg, name=name)`.
    pub fn module_not_found(&self, msg: String, name: &str) -> crate::PyErr {
        self.import_error(&self.exc.module_not_found_error.clone(), msg, Some(self.new_str(name)), None)
    }

    /// `from module import *` (ceval's `import_all_from`): `__all__`, else the public names of
    /// `__dict__`.
    pub fn import_star(&mut self, frame: &mut Frame, module: &Value) -> PyResult<()> {
        let (names, from_dict) = match opt_attr(self, module, "__all__")? {
            Some(all) => (self.collect_iterable(&all)?, false),
            None => match opt_attr(self, module, "__dict__")? {
                Some(d) => {
                    let keys = self.call_method(&d, "keys", &[])?;
                    (self.collect_iterable(&keys)?, true)
                }
                None => return Err(self.new_error(&self.exc.import_error, "from-import-* object has no __dict__ and no __all__")),
            },
        };
        for n in names {
            let Some(name) = n.as_obj().filter(|o| o.as_str().is_some()).cloned() else {
                let modname = attr(self, module, "__name__")?;
                let Some(m) = text(&modname) else {
                    return Err(self.type_error(format!("module __name__ must be a string, not {}", self.type_name(&modname))));
                };
                let (what, place) = if from_dict { ("Key", "__dict__") } else { ("Item", "__all__") };
                return Err(self.type_error(format!("{what} in {m}.{place} must be str, not {}", self.type_name(&n))));
            };
            if from_dict && name.as_str().is_some_and(|s| s.as_str().starts_with('_')) {
                continue;
            }
            let v = self.getattr(module, &name)?;
            match &frame.locals {
                Some(ns) => {
                    let ns = ns.clone();
                    self.setitem(&ns, Value::Obj(name), v)?;
                }
                None => dict_ops::set_str_raw(&frame.globals, &name, v),
            }
        }
        Ok(())
    }

    /// Create an empty module object named `name` (`types.ModuleType(name)`).
    pub fn new_module(&mut self, name: &str) -> PyRef {
        let d = self.new_dict();
        dict_ops::set_str_raw(&d, &self.names.__name__.clone(), self.new_str(name));
        for k in [&self.names.__doc__, &self.names.__package__, &self.names.__loader__, &self.names.__spec__] {
            dict_ops::set_str_raw(&d, k, Value::None);
        }
        PyObject::with_dict(self.types.module.clone(), Payload::Module, d)
    }

    /// Import the absolute dotted `name` and return the leaf module (importlib's `_gcd_import`
    /// with level 0): whatever `sys.modules` holds, else find and load it.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = sys_modules_get(self, name)?
            && !m.is_none()
        {
            return Ok(m);
        }
        bootstrap::find_and_load(self, name)
    }
}

/// `builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)`, as CPython's
/// `PyImport_ImportModuleLevelObject`.
pub fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = args.bind(vm, "__import__", ["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = name.unwrap_or(Value::None);
    let Some(name) = text(&name) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let level = match level {
        Some(l) => vm.index_value(&l)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let full = if level > 0 {
        name::resolve_relative(vm, &name, globals.as_ref(), level as usize)?
    } else {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name.clone()
    };
    let module = vm.import_module(&full)?;
    let fromlist = fromlist.unwrap_or(Value::None);
    let has_from = !fromlist.is_none() && vm.is_true(&fromlist)?;
    if has_from {
        if opt_attr(vm, &module, "__path__")?.is_some() {
            return bootstrap::handle_fromlist(vm, module, &fromlist, false);
        }
        return Ok(module);
    }
    if level != 0 && name.is_empty() {
        return Ok(module);
    }
    let Some(dot) = name.find('.') else {
        return Ok(module);
    };
    if level == 0 {
        return vm.import_module(&name[..dot]);
    }
    // `from .a.b import` never gets here; `__import__('a.b', level=1)` returns `<package>.a`.
    let cut = name.len() - dot;
    let front = &full[..full.len() - cut];
    match sys_modules_get(vm, front)? {
        Some(m) => Ok(m),
        None => {
            let k = vm.new_str(front);
            let r = vm.repr_string(&k)?;
            Err(vm.new_error(&vm.exc.key_error.clone(), format!("{r} not in sys.modules as expected")))
        }
    }
}
