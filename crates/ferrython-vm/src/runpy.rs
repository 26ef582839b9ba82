//! `ferrython -m module`: CPython 3.11's `runpy._run_module_as_main`, over the interpreter's own
//! import machinery.
//!
//! The module's spec is found as `importlib.util.find_spec` finds it (its parent packages imported
//! first), a package runs its `__main__` submodule, and the code runs in the namespace of the
//! existing `__main__` module with `__name__ == "__main__"` and `__spec__`, `__file__`,
//! `__cached__`, `__loader__` and `__package__` taken from the spec. A module that cannot be run
//! ends the program with `<sys.executable>: <reason>` and status 1, as runpy's `sys.exit(msg)` does.
//!
//! In CPython runpy is Python code frozen into the interpreter, so an exception escaping it carries
//! runpy's own frames (`File "<frozen runpy>", line 189, in _run_module_as_main`). The functions
//! here add those same entries to the traceback at the points where CPython's would pass through
//! them, so an uncaught exception prints exactly as it does there.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::import::{attr, opt_attr, sys_modules_get, text};
use crate::object::{Payload, PyObject, TracebackData};
use crate::objects::code::PyCode;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::dict_ops;
use crate::{PyErr, PyResult};

/// The file name CPython's tracebacks give runpy's frames.
const RUNPY: &str = "<frozen runpy>";
const BOOTSTRAP: &str = "<frozen importlib._bootstrap>";
const BOOTSTRAP_EXTERNAL: &str = "<frozen importlib._bootstrap_external>";

/// A frame of CPython 3.11.7's frozen Python code an exception passes through: the file, the
/// function and the line executing there (`Lib/runpy.py`, `Lib/importlib/_bootstrap*.py`).
type FrozenFrame = (&'static str, &'static str, u32);

/// `_run_module_as_main`: `mod_name, mod_spec, code = _get_module_details(mod_name, _Error)`.
const RUN_GET_DETAILS: FrozenFrame = (RUNPY, "_run_module_as_main", 189);
/// `_run_module_as_main`: `msg = "%s: %s" % (sys.executable, exc)`.
const RUN_REPORT: FrozenFrame = (RUNPY, "_run_module_as_main", 193);
/// `_run_module_as_main`: `main_globals = sys.modules["__main__"].__dict__`.
const RUN_MAIN_GLOBALS: FrozenFrame = (RUNPY, "_run_module_as_main", 195);
/// `_run_module_as_main`: `sys.argv[0] = mod_spec.origin`.
const RUN_SET_ARGV0: FrozenFrame = (RUNPY, "_run_module_as_main", 197);
/// `_run_module_as_main`: `return _run_code(code, main_globals, None, "__main__", mod_spec)`.
const RUN_RUN_CODE: FrozenFrame = (RUNPY, "_run_module_as_main", 198);
/// `_run_code`: `exec(code, run_globals)`.
const RUN_CODE_EXEC: FrozenFrame = (RUNPY, "_run_code", 88);
/// `_get_module_details`: `__import__(pkg_name)`.
const DETAILS_IMPORT_PARENT: FrozenFrame = (RUNPY, "_get_module_details", 112);
/// `_get_module_details`: `if existing is not None and not hasattr(existing, "__path__"):`.
const DETAILS_EXISTING: FrozenFrame = (RUNPY, "_get_module_details", 122);
/// `_get_module_details`: `spec = importlib.util.find_spec(mod_name)`.
const DETAILS_FIND_SPEC: FrozenFrame = (RUNPY, "_get_module_details", 131);
/// `_get_module_details`: `return _get_module_details(pkg_main_name, error)`.
const DETAILS_PACKAGE_MAIN: FrozenFrame = (RUNPY, "_get_module_details", 148);
/// `_get_module_details`: `code = loader.get_code(mod_name)`.
const DETAILS_GET_CODE: FrozenFrame = (RUNPY, "_get_module_details", 159);
/// `SourceLoader.get_code` compiling the source: the frames a `SyntaxError` passes through.
const SOURCE_TO_CODE: [FrozenFrame; 3] =
    [(BOOTSTRAP_EXTERNAL, "get_code", 1074), (BOOTSTRAP_EXTERNAL, "source_to_code", 1004), (BOOTSTRAP, "_call_with_frames_removed", 241)];

/// Why `_get_module_details` gave up.
enum Failure {
    /// runpy's `_Error`: reported as `<executable>: <message>` without a traceback.
    Error(String),
    /// Any other exception, which propagates with its traceback.
    Raised(PyErr),
}

impl From<PyErr> for Failure {
    fn from(err: PyErr) -> Failure {
        Failure::Raised(err)
    }
}

/// What `_get_module_details` returns: the spec and the code object of the module to run.
struct ModuleDetails {
    spec: Value,
    code: Value,
}

impl Vm {
    /// `runpy._run_module_as_main(name)`: run the module `name` as `__main__`. `sys.argv[0]`
    /// becomes the module's file once it is found; a module that cannot be run raises
    /// `SystemExit("<sys.executable>: <reason>")`.
    pub fn run_module_as_main(&mut self, name: &str) -> PyResult<()> {
        let details = match get_module_details(self, name) {
            Ok(details) => details,
            Err(Failure::Raised(err)) => return Err(with_frames(self, err, &[RUN_GET_DETAILS])),
            Err(Failure::Error(msg)) => {
                let executable = self.sys.clone();
                let executable = attr(self, &Value::Obj(executable), "executable")
                    .and_then(|e| self.str_string(&e))
                    .map_err(|err| with_frames(self, err, &[RUN_REPORT]))?;
                let msg = self.new_str(format!("{executable}: {msg}"));
                let exit = Value::Obj(self.exc.system_exit.clone());
                return Err(match self.call(&exit, &[msg], &[]) {
                    Ok(Value::Obj(exc)) => PyErr::new(exc),
                    Ok(_) => self.runtime_error("SystemExit construction failed"),
                    Err(err) => err,
                });
            }
        };
        let globals = main_globals(self).map_err(|err| with_frames(self, err, &[RUN_MAIN_GLOBALS]))?;
        set_argv0(self, &details.spec).map_err(|err| with_frames(self, err, &[RUN_SET_ARGV0]))?;
        run_code(self, &details, &globals).map_err(|err| with_frames(self, err, &[RUN_RUN_CODE, RUN_CODE_EXEC]))
    }
}

/// `_get_module_details(mod_name, _Error)`.
fn get_module_details(vm: &mut Vm, name: &str) -> Result<ModuleDetails, Failure> {
    if name.starts_with('.') {
        return Err(Failure::Error("Relative module names not supported".into()));
    }
    let parent = name.rsplit_once('.').map_or("", |(parent, _)| parent);
    if !parent.is_empty() {
        // Import the parent first, so an error while initialising it is not reported as a module
        // that cannot be found; a missing parent (or ancestor) is left for `find_spec` to report.
        if let Err(err) = vm.import_module(parent)
            && !parent_is_missing(vm, &err, parent)?
        {
            return Err(with_frames(vm, err, &[DETAILS_IMPORT_PARENT]).into());
        }
        warn_if_already_imported(vm, name, parent).map_err(|err| with_frames(vm, err, &[DETAILS_EXISTING]))?;
    }
    let spec = match crate::modules::importlib::util::find_spec_absolute(vm, name) {
        Ok(spec) => spec,
        Err(err) => {
            let exc = &vm.exc;
            let caught = [&exc.import_error, &exc.attribute_error, &exc.type_error, &exc.value_error].map(|c| c.clone());
            if !caught.iter().any(|cls| vm.err_matches(&err, cls)) {
                return Err(with_frames(vm, err, &[DETAILS_FIND_SPEC]).into());
            }
            let exc = Value::Obj(err.exc.clone());
            let shown = repr_str(vm, name)?;
            let mut msg = format!("Error while finding module specification for {shown} ({}: {})", vm.type_name(&exc), vm.str_string(&exc)?);
            if let Some(stem) = name.strip_suffix(".py") {
                msg.push_str(&format!(". Try using '{stem}' instead of '{name}' as the module name."));
            }
            return Err(Failure::Error(msg));
        }
    };
    if spec.is_none() {
        return Err(Failure::Error(format!("No module named {name}")));
    }
    if !attr(vm, &spec, "submodule_search_locations")?.is_none() {
        if name == "__main__" || name.ends_with(".__main__") {
            return Err(Failure::Error("Cannot use package as __main__ module".into()));
        }
        return match get_module_details(vm, &format!("{name}.__main__")) {
            Ok(details) => Ok(details),
            Err(Failure::Raised(err)) => Err(with_frames(vm, err, &[DETAILS_PACKAGE_MAIN]).into()),
            // Once the package itself was imported, the reason is that it is a package.
            Err(Failure::Error(msg)) if sys_modules_get(vm, name)?.is_some() => {
                let shown = repr_str(vm, name)?;
                Err(Failure::Error(format!("{msg}; {shown} is a package and cannot be directly executed")))
            }
            Err(failure) => Err(failure),
        };
    }
    let loader = attr(vm, &spec, "loader")?;
    if loader.is_none() {
        let shown = repr_str(vm, name)?;
        return Err(Failure::Error(format!("{shown} is a namespace package and cannot be executed")));
    }
    let code = match get_code(vm, &loader, name) {
        Ok(code) => code,
        Err(err) if vm.err_matches(&err, &vm.exc.import_error.clone()) => {
            return Err(Failure::Error(vm.str_string(&Value::Obj(err.exc))?));
        }
        Err(err) => return Err(with_frames(vm, err, &[DETAILS_GET_CODE]).into()),
    };
    if code.is_none() {
        return Err(Failure::Error(format!("No code object available for {name}")));
    }
    Ok(ModuleDetails { spec, code })
}

/// The `except ImportError as e` test after `__import__(pkg_name)`: is the error that `pkg_name`
/// or one of its ancestors does not exist (`e.name` names it)? Any other error propagates.
fn parent_is_missing(vm: &mut Vm, err: &PyErr, parent: &str) -> PyResult<bool> {
    if !vm.err_matches(err, &vm.exc.import_error.clone()) {
        return Ok(false);
    }
    let missing = opt_attr(vm, &Value::Obj(err.exc.clone()), "name")?.and_then(|n| text(&n));
    Ok(missing.is_some_and(|m| m == parent || parent.starts_with(&format!("{m}."))))
}

/// runpy's `RuntimeWarning` when importing the parent package already imported the module under
/// its own name (it would then exist twice). Ferrython has no `warnings` module: the line is what
/// its default `showwarning` prints for a frame without source.
fn warn_if_already_imported(vm: &mut Vm, name: &str, parent: &str) -> PyResult<()> {
    let Some(existing) = sys_modules_get(vm, name)? else { return Ok(()) };
    if existing.is_none() || opt_attr(vm, &existing, "__path__")?.is_some() {
        return Ok(());
    }
    let (name_r, parent_r) = (repr_str(vm, name)?, repr_str(vm, parent)?);
    let msg = format!(
        "{RUNPY}:128: RuntimeWarning: {name_r} found in sys.modules after import of package {parent_r}, but prior to execution of \
         {name_r}; this may result in unpredictable behaviour\n"
    );
    let stderr = vm.sys_attr("stderr").unwrap_or(Value::None);
    crate::types::file::write_str(vm, &stderr, &msg)
}

/// `loader.get_code(mod_name)`. For Ferrython's `SourceFileLoader` (whose `get_code` compiles the file,
/// or takes the code from the bytecode cache), a `SyntaxError` gets the importlib frames
/// `SourceLoader.get_code` adds in CPython.
fn get_code(vm: &mut Vm, loader: &Value, name: &str) -> PyResult<Value> {
    let name_v = vm.new_str(name);
    let result = vm.call_method(loader, "get_code", &[name_v]);
    match result {
        Err(e) if Rc::ptr_eq(&vm.class_of(loader), &vm.import.source_file_loader) && vm.err_matches(&e, &vm.exc.syntax_error.clone()) => {
            Err(with_frames(vm, e, &SOURCE_TO_CODE))
        }
        other => other,
    }
}

/// `sys.modules["__main__"].__dict__`, looked up when the module is about to run (the parent
/// packages' code may have replaced it).
fn main_globals(vm: &mut Vm) -> PyResult<Value> {
    let key = vm.new_str("__main__");
    let main = vm.getitem(&Value::Obj(vm.sys_modules.clone()), &key)?;
    attr(vm, &main, "__dict__")
}

/// `sys.argv[0] = mod_spec.origin`.
fn set_argv0(vm: &mut Vm, spec: &Value) -> PyResult<()> {
    let origin = attr(vm, spec, "origin")?;
    let argv = attr(vm, &Value::Obj(vm.sys.clone()), "argv")?;
    vm.setitem(&argv, Value::Int(0), origin)
}

/// `_run_code(code, main_globals, None, "__main__", mod_spec)`: set the module attributes from the
/// spec (in runpy's order, which is the namespace's key order) and execute the code there.
fn run_code(vm: &mut Vm, details: &ModuleDetails, globals: &Value) -> PyResult<()> {
    let spec = &details.spec;
    let loader = attr(vm, spec, "loader")?;
    let file = attr(vm, spec, "origin")?;
    let cached = attr(vm, spec, "cached")?;
    let package = attr(vm, spec, "parent")?;
    let Some(namespace) = globals.as_obj().filter(|o| o.as_dict().is_some()).cloned() else {
        return Err(vm.type_error(format!("exec() globals must be a dict, not {}", vm.type_name(globals))));
    };
    let names = &vm.names;
    let main = vm.new_str("__main__");
    let attrs = [
        (names.__name__.clone(), main),
        (names.__file__.clone(), file),
        (names.__cached__.clone(), cached),
        (names.__doc__.clone(), Value::None),
        (names.__loader__.clone(), loader),
        (names.__package__.clone(), package),
        (names.__spec__.clone(), spec.clone()),
    ];
    for (key, value) in attrs {
        dict_ops::set_str_raw(&namespace, &key, value);
    }
    match details.code.as_obj().map(|o| &o.payload) {
        Some(Payload::Code(code)) => vm.exec_code(code.clone(), &namespace, None).map(drop),
        // A loader's `get_code` returned something else: `exec` says what it thinks of it.
        _ => {
            let exec = vm.intern("exec");
            let exec = dict_ops::get_str(&vm.builtins_dict.clone(), &exec).ok_or_else(|| vm.name_error(&exec))?;
            vm.call(&exec, &[details.code.clone(), globals.clone()], &[]).map(drop)
        }
    }
}

/// `repr(name)` of a module name.
fn repr_str(vm: &mut Vm, name: &str) -> PyResult<String> {
    let v = vm.new_str(name);
    vm.repr_string(&v)
}

/// The exception `err` after passing through `frames` (outermost first) on its way out: each
/// becomes a traceback entry above the ones it already has, as the interpreter loop adds one for
/// every frame an exception leaves.
fn with_frames(vm: &mut Vm, err: PyErr, frames: &[FrozenFrame]) -> PyErr {
    let Payload::Exception(data) = &err.exc.payload else { return err };
    for &(filename, function, line) in frames.iter().rev() {
        let Some(code) = frozen_code(vm, filename, function) else { continue };
        // The frame's globals stand in for the frozen module's namespace: `f_globals["__name__"]`.
        let globals = vm.new_dict();
        let module = filename.strip_prefix("<frozen ").and_then(|m| m.strip_suffix('>')).unwrap_or(filename);
        dict_ops::set_str_raw(&globals, &vm.names.__name__.clone(), vm.new_str(module));
        let next = data.traceback.borrow().clone();
        let entry = PyObject::new(
            vm.types.traceback.clone(),
            Payload::Traceback(Box::new(TracebackData { code, instr: 0, next: RefCell::new(next), globals: Some(globals), lineno: Cell::new(line) })),
        );
        *data.traceback.borrow_mut() = Some(entry);
    }
    err
}

/// A code object standing for the frozen function `function` of `filename` in a traceback entry
/// (a traceback shows only the file, the function and the entry's own line for such a file).
fn frozen_code(vm: &mut Vm, filename: &str, function: &str) -> Option<Rc<PyCode>> {
    let code = ferrython_compiler::compile("pass", filename, ferrython_compiler::Mode::Exec).ok()?;
    let mut code = (*code).clone();
    code.name = function.into();
    code.qualname = function.into();
    Some(vm.load_code(&Rc::new(code)))
}
