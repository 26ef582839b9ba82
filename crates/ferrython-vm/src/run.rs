//! Compiling and executing source: code-object conversion, `exec` of a module body, the top-level
//! entry points the command line uses (uncaught exceptions, `SystemExit`).

use std::rc::Rc;

use ferrython_compiler::{CodeObject, CompileError, CompileErrorKind, Constant, Mode};

use crate::object::{Payload, PyObject};
use crate::objects::code::PyCode;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;
use crate::vm::eval::FrameExit;
use crate::vm::frame::Frame;
use crate::{PyErr, PyResult};

impl Vm {
    /// Turn the compiler's code object into a runtime one (constants become Python values).
    pub fn load_code(&mut self, code: &Rc<CodeObject>) -> Rc<PyCode> {
        let consts = code.consts.iter().map(|c| self.constant(c)).collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern(n)).collect();
        Rc::new(PyCode {
            consts,
            names,
            varnames,
            name: self.intern(&code.name),
            qualname: self.new_str_obj(&*code.qualname),
            filename: self.new_str_obj(&*code.filename),
            global_cache: std::cell::RefCell::new(Vec::new()),
            simple_argcount: crate::objects::code::simple_argcount(code),
            attr_slots: crate::objects::code::attr_slots(code),
            attr_cache: std::cell::RefCell::new(Vec::new()),
            hidden_from_tracebacks: std::cell::Cell::new(false),
            code: code.clone(),
        })
    }

    fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Ellipsis => Value::Obj(self.ellipsis.clone()),
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => self.new_int(b.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => crate::types::complex::new_complex(self, *real, *imag),
            Constant::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    Value::Obj(self.intern(s))
                } else {
                    self.new_str(&**s)
                }
            }
            Constant::Bytes(b) => self.new_bytes(b.to_vec()),
            Constant::Tuple(items) => {
                let v = items.iter().map(|c| self.constant(c)).collect();
                self.new_tuple(v)
            }
            Constant::FrozenSet(items) => {
                let items = items.iter().map(|c| self.constant(c)).collect();
                // Constants are hashable, so building the frozenset cannot fail.
                match crate::types::set::frozenset_constant(self, items) {
                    Ok(set) => Value::Obj(set),
                    Err(_) => self.new_frozenset(Default::default()),
                }
            }
            Constant::Code(code) => {
                let c = self.load_code(code);
                Value::Obj(PyObject::new(self.types.code.clone(), Payload::Code(c)))
            }
        }
    }

    /// A `SyntaxError` (or subclass) instance from a compile error.
    pub fn syntax_error(&mut self, e: &CompileError) -> PyErr {
        let cls = match e.kind {
            CompileErrorKind::SyntaxError => self.exc.syntax_error.clone(),
            CompileErrorKind::IndentationError => self.exc.indentation_error.clone(),
            CompileErrorKind::TabError => self.exc.tab_error.clone(),
            CompileErrorKind::RecursionError => {
                let cls = self.exc.recursion_error.clone();
                return self.new_error(&cls, e.msg.clone());
            }
        };
        let text = if e.text_from_file { program_text(&e.filename, e.lineno) } else { e.text.clone() };
        let details = self.new_tuple(vec![
            self.new_str(e.filename.clone()),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text.map_or(Value::None, |t| self.new_str(t)),
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset as i64),
        ]);
        let msg = self.new_str(e.msg.clone());
        match self.call(&Value::Obj(cls), &[msg, details], &[]) {
            Ok(Value::Obj(exc)) => PyErr::new(exc),
            Ok(_) => self.runtime_error("SyntaxError construction failed"),
            Err(err) => err,
        }
    }

    pub fn compile(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<Rc<PyCode>> {
        match ferrython_compiler::compile(source, filename, mode) {
            Ok(code) => Ok(self.load_code(&code)),
            Err(e) => Err(self.syntax_error(&e)),
        }
    }

    /// Run a code object with `globals` as module namespace (and `locals`, for `exec`/class bodies).
    pub fn exec_code(&mut self, code: Rc<PyCode>, globals: &PyRef, locals: Option<Value>) -> PyResult<Value> {
        if dict_ops::get_str(globals, &self.names.__builtins__.clone()).is_none() {
            dict_ops::set_str_raw(globals, &self.names.__builtins__.clone(), Value::Obj(self.builtins.clone()));
        }
        let locals = locals.or_else(|| Some(Value::Obj(globals.clone())));
        let mut frame = Frame::new(code, globals.clone(), self.builtins_dict.clone(), locals);
        match self.run_frame(&mut frame, None)? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Ok(Value::None),
        }
    }

    /// Compile and run module source in `globals`.
    pub fn exec_source(&mut self, source: &str, filename: &str, globals: &PyRef) -> PyResult<Value> {
        let code = self.compile(source, filename, Mode::Exec)?;
        self.exec_code(code, globals, None)
    }

    /// The `__main__` module, created and registered in `sys.modules`.
    pub fn main_module(&mut self) -> PyRef {
        let m = self.new_module("__main__");
        let d = m.dict().expect("module dict");
        dict_ops::set_str_raw(&d, &self.names.__builtins__.clone(), Value::Obj(self.builtins.clone()));
        // CPython's `add_main_module`: an empty `__annotations__` and the built-in importer as loader
        // (a script's run replaces it with a `SourceFileLoader`).
        let annotations = Value::Obj(self.new_dict());
        dict_ops::set_str_raw(&d, &self.names.__annotations__.clone(), annotations);
        dict_ops::set_str_raw(&d, &self.names.__loader__.clone(), Value::Obj(self.import.builtin_importer.clone()));
        let k = self.intern("__main__");
        dict_ops::set_str_raw(&self.sys_modules.clone(), &k, Value::Obj(m.clone()));
        m
    }

    /// Handle an exception that reached the top level: `SystemExit` gives its exit status, anything
    /// else is printed through `sys.excepthook` and gives status 1 (130 for `KeyboardInterrupt`, and
    /// [`crate::signals::exit_by_sigint`] then ends the process by SIGINT).
    pub fn handle_uncaught(&mut self, err: PyErr) -> i32 {
        if self.err_matches(&err, &self.exc.system_exit.clone()) {
            return self.system_exit_status(&err);
        }
        self.print_exception(&err);
        if self.err_matches(&err, &self.exc.keyboard_interrupt.clone()) {
            // CPython ends such a process by SIGINT (status 130 to a shell); the command line does
            // that once everything is flushed.
            crate::signals::request_exit_by_sigint();
            return 130;
        }
        1
    }

    fn system_exit_status(&mut self, err: &PyErr) -> i32 {
        let code = err.exc.dict().and_then(|d| dict_ops::get_str(&d, &self.names.code.clone())).unwrap_or(Value::None);
        match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = self.str_string(&other).unwrap_or_default();
                let stderr = self.sys_attr("stderr").unwrap_or(Value::None);
                if crate::types::file::write_str(self, &stderr, &format!("{text}\n")).is_err() {
                    eprintln!("{text}");
                }
                1
            }
        }
    }

    /// Print an exception via `sys.excepthook` (falling back to the built-in format).
    pub fn print_exception(&mut self, err: &PyErr) {
        self.flush_std("stdout");
        let hook = self.sys_attr("excepthook");
        let exc = Value::Obj(err.exc.clone());
        let cls = Value::Obj(err.exc.class());
        let tb = match &err.exc.payload {
            Payload::Exception(d) => d.traceback.borrow().clone().map_or(Value::None, Value::Obj),
            _ => Value::None,
        };
        if let Some(h) = hook
            && self.call(&h, &[cls, exc, tb], &[]).is_ok()
        {
            self.flush_std("stderr");
            return;
        }
        let text = self.format_exception(&err.exc);
        eprint!("{text}");
    }

    /// Flush `sys.<name>` if it is a native file.
    pub fn flush_std(&mut self, name: &str) {
        if let Some(f) = self.sys_attr(name) {
            if let Some(Payload::File(fd)) = f.payload() {
                let _ = fd.borrow_mut().flush();
            } else if let Ok(flush) = self.getattr(&f, &self.names.flush.clone()) {
                let _ = self.call(&flush, &[], &[]);
            }
        }
    }

    /// Shut down: run pending finalizers and the `atexit` functions, clear `__main__` (as CPython's
    /// module teardown does, so `__del__` of objects still bound there runs), collect cycles, then
    /// flush the standard streams.
    pub fn finalize(&mut self) {
        self.run_finalizers();
        crate::modules::atexit::run_exit_functions(self);
        self.run_finalizers();
        crate::objects::weakref::callbacks_off();
        let main = self.intern("__main__");
        if let Some(Value::Obj(m)) = dict_ops::get_str(&self.sys_modules.clone(), &main)
            && let Some(d) = m.dict()
        {
            let keys = d.as_dict().map(|d| d.borrow().keys()).unwrap_or_default();
            // Names starting with an underscore first, then the rest (_PyModule_ClearDict).
            for pass in [true, false] {
                for k in &keys {
                    let underscore = Vm::str_of(k).is_some_and(|s| s.starts_with('_'));
                    if underscore == pass
                        && Vm::str_of(k) != Some("__builtins__")
                        && let Value::Obj(k) = k
                    {
                        let old = dict_ops::get_str(&d, k);
                        dict_ops::set_str_raw(&d, k, Value::None);
                        drop(old);
                        self.run_finalizers();
                    }
                }
            }
        }
        let c = crate::gc::collect();
        self.run_finalizers();
        if c.finalizers {
            crate::gc::collect();
            self.run_finalizers();
        }
        self.flush_std("stdout");
        self.flush_std("stderr");
        if let Some(Payload::File(fd)) = self.sys_attr("__stdout__").as_ref().and_then(|f| f.payload()) {
            let _ = fd.borrow_mut().flush();
        }
    }
}

/// Line `lineno` (1-based) of the file `filename`, with its newline: CPython's
/// `PyErr_ProgramTextObject`, which its compiler uses for `SyntaxError.text`. None when the file
/// cannot be read (`"<string>"`, `"<stdin>"`) or is shorter.
fn program_text(filename: &str, lineno: u32) -> Option<String> {
    let index = (lineno as usize).checked_sub(1)?;
    let bytes = std::fs::read(filename).ok()?;
    let line = bytes.split_inclusive(|&b| b == b'\n').nth(index)?;
    Some(String::from_utf8_lossy(line).into_owned())
}
