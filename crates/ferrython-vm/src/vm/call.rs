//! Calling: Python functions (argument binding with CPython's messages), native functions, bound
//! methods, classes and objects with `__call__`.

use std::rc::Rc;

use ferrython_compiler::bytecode::code_flags;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind, Function};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;
use crate::vm::eval::{ExitKind, FrameExit};
use crate::vm::frame::Frame;

impl Vm {
    /// Call `callable` with `args` (positional, then the values of keyword arguments named by
    /// `kwnames`).
    pub fn call(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let Value::Obj(obj) = callable else {
            return Err(self.not_callable(callable));
        };
        match &obj.payload {
            Payload::Function(f) => self.call_function(obj, f, args, kwnames),
            Payload::Builtin(b) => match &b.bound {
                None => (b.func)(self, Args { args, kwnames }),
                Some(bound) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(bound.clone());
                    full.extend_from_slice(args);
                    (b.func)(self, Args { args: &full, kwnames })
                }
            },
            Payload::BoundMethod(m) => {
                let (func, self_) = (&m.0, &m.1);
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(self_.clone());
                full.extend_from_slice(args);
                let func = func.clone();
                self.call(&func, &full, kwnames)
            }
            Payload::Type(_) => self.call_type(obj, args, kwnames),
            _ => {
                let cls = obj.class();
                match crate::vm::attr::lookup_type(&cls, &self.names.__call__.clone()) {
                    Some(call) if crate::vm::protocols::is_method_descriptor(&call) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable.clone());
                        full.extend_from_slice(args);
                        self.call(&call, &full, kwnames)
                    }
                    Some(call) => {
                        let bound = self.bind_descriptor(&call, callable, &cls)?;
                        self.call(&bound, args, kwnames)
                    }
                    None => Err(self.not_callable(callable)),
                }
            }
        }
    }

    fn not_callable(&self, v: &Value) -> crate::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// `callable(*args, **kwargs)`.
    pub fn call_ex(&mut self, callable: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        let mut all: Vec<Value> = match args {
            Value::Obj(o) if o.as_tuple().is_some() => o.as_tuple().unwrap_or(&[]).to_vec(),
            other => match self.collect_iterable(other) {
                Ok(v) => v,
                Err(e)
                    if self.err_matches(&e, &self.exc.type_error.clone())
                        && self.special(other, &self.names.__iter__.clone()).is_none()
                        && self.special(other, &self.names.__getitem__.clone()).is_none() =>
                {
                    return Err(self.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(callable),
                        self.type_name(other)
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        let mut names = Vec::new();
        if let Some(Value::Obj(d)) = kwargs
            && let Some(dd) = d.as_dict()
        {
            let items = dd.borrow().items();
            for (k, v) in items {
                if Vm::str_of(&k).is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                names.push(k);
                all.push(v);
            }
        }
        self.call(callable, &all, &names)
    }

    /// A name for messages: `f()` style prefix without the parentheses.
    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for functions outside `builtins`,
    /// `name()` for built-ins, `X object` for other callables.
    pub fn callable_name(&self, callable: &Value) -> String {
        match callable.payload() {
            Some(Payload::Function(f)) => {
                let q = Vm::str_of(&f.qualname.borrow()).unwrap_or("?").to_string();
                match Vm::str_of(&f.module.borrow()) {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Some(Payload::Builtin(b)) => match &b.owner {
                Some(o) if o.as_type().is_some() => format!("{}.{}()", o.as_type().map(|t| t.name()).unwrap_or_default(), b.name),
                _ => format!("{}()", b.name),
            },
            Some(Payload::BoundMethod(m)) => self.callable_name(&m.0),
            Some(Payload::Type(t)) => format!("{}()", t.qualname.borrow()),
            _ => format!("{} object", self.type_name(callable)),
        }
    }

    #[inline]
    pub fn call_function(&mut self, func_obj: &PyRef, f: &Function, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let code = f.code.borrow().clone();
        if kwnames.is_empty() && code.simple_argcount as usize == args.len() {
            return self.call_simple(func_obj, f, code, args);
        }
        self.call_function_general(func_obj, f, code, args, kwnames)
    }

    /// The common call: a simple function (`PyCode::simple_argcount`) given exactly its positional
    /// arguments. The arguments are the first fast locals; no cells, no generator.
    fn call_simple(&mut self, func_obj: &PyRef, f: &Function, code: Rc<crate::objects::code::PyCode>, args: &[Value]) -> PyResult<Value> {
        let mut frame = self.simple_frame(func_obj, f, code, args);
        let r = self.run_frame_kind(&mut frame, None);
        let v = frame.pop();
        self.recycle_frame(frame);
        match r? {
            ExitKind::Return => Ok(v),
            ExitKind::Yield => Err(self.new_error(&self.exc.system_error, "yield from a non-generator frame")),
        }
    }

    /// The frame of a simple call, when `callable` is a simple function taking exactly `args`
    /// (the interpreter loop's `Call`/`CallMethod` fast path; see `run_callee`).
    #[inline(always)]
    pub(crate) fn simple_callee(&mut self, callable: &Value, args: &[Value]) -> Option<Box<Frame>> {
        let Value::Obj(o) = callable else { return None };
        let Payload::Function(f) = &o.payload else { return None };
        let code = f.code.borrow();
        if code.simple_argcount as usize != args.len() {
            return None;
        }
        let code = code.clone();
        Some(self.simple_frame(o, f, code, args))
    }

    /// Run a frame from `simple_callee` and push its result on `caller`'s stack.
    #[inline]
    pub(crate) fn run_callee(&mut self, caller: &mut Frame, mut callee: Box<Frame>) -> PyResult<()> {
        let r = self.run_frame_kind(&mut callee, None);
        match r {
            Ok(ExitKind::Return) => {
                let v = callee.pop();
                caller.push(v);
                self.recycle_frame(callee);
                Ok(())
            }
            Ok(ExitKind::Yield) => {
                self.recycle_frame(callee);
                Err(self.new_error(&self.exc.system_error, "yield from a non-generator frame"))
            }
            Err(e) => {
                self.recycle_frame(callee);
                Err(e)
            }
        }
    }

    #[inline(always)]
    fn simple_frame(&mut self, func_obj: &PyRef, f: &Function, code: Rc<crate::objects::code::PyCode>, args: &[Value]) -> Box<Frame> {
        let nlocals = code.code.varnames.len();
        let mut frame = self.pooled_frame(code, f.globals.clone(), func_obj.clone());
        frame.fast.extend(args.iter().map(|a| Some(a.clone())));
        while frame.fast.len() < nlocals {
            frame.fast.push(None);
        }
        frame
    }

    /// A frame for `code` from the pool (or a new one), with empty stack and locals.
    #[inline]
    fn pooled_frame(&mut self, code: Rc<crate::objects::code::PyCode>, globals: PyRef, func: PyRef) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut frame) => {
                frame.code = code;
                frame.globals = globals;
                frame.func = Some(func);
                frame.ip = 0;
                frame.lasti = 0;
                frame
            }
            None => {
                let mut frame = Box::new(Frame::new(code, globals, self.builtins_dict.clone(), None));
                frame.fast.clear();
                frame.func = Some(func);
                frame
            }
        }
    }

    /// Keep a finished frame for the next call (CPython keeps a frame stack for the same reason).
    /// It must not keep anything alive that the program could observe: values, the function and
    /// the globals go (the globals are replaced by the builtins dict, which lives as long as the VM).
    #[inline]
    fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() < 64 && Rc::ptr_eq(&frame.builtins, &self.builtins_dict) {
            frame.stack.clear();
            frame.fast.clear();
            frame.cells.clear();
            frame.blocks.clear();
            frame.locals = None;
            frame.func = None;
            frame.globals = self.builtins_dict.clone();
            self.frame_pool.push(frame);
        }
    }

    fn call_function_general(
        &mut self,
        func_obj: &PyRef,
        f: &Function,
        code: Rc<crate::objects::code::PyCode>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let mut frame = self.pooled_frame(code.clone(), f.globals.clone(), func_obj.clone());
        frame.fast.resize(code.code.varnames.len(), None);
        self.bind_arguments(f, &code, &mut frame, args, kwnames)?;
        self.init_cells(&mut frame, f)?;
        if code.is_generator() {
            return Ok(crate::types::generator::new_generator(self, *frame, f));
        }
        let r = self.run_frame(&mut frame, None);
        self.recycle_frame(frame);
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(self.new_error(&self.exc.system_error, "yield from a non-generator frame")),
        }
    }

    fn init_cells(&mut self, frame: &mut Frame, f: &Function) -> PyResult<()> {
        let c = &frame.code.code;
        if c.ncells() == 0 {
            return Ok(());
        }
        let mut cells = Vec::with_capacity(c.ncells());
        for (i, _) in c.cellvars.iter().enumerate() {
            let initial = match c.cell2arg.get(i).copied().flatten() {
                Some(arg) => frame.fast[arg as usize].clone(),
                None => None,
            };
            cells.push(PyObject::new(self.types.cell.clone(), Payload::Cell(std::cell::RefCell::new(initial))));
        }
        if !c.freevars.is_empty() {
            let closure = f.closure.borrow().clone();
            let items: &[Value] = closure.as_obj().and_then(|o| o.as_tuple()).unwrap_or(&[]);
            for v in items {
                if let Value::Obj(cell) = v {
                    cells.push(cell.clone());
                }
            }
            if items.len() != c.freevars.len() {
                return Err(self.new_error(&self.exc.system_error, "closure size mismatch"));
            }
        }
        frame.cells = cells;
        Ok(())
    }

    /// Bind call arguments to a frame's parameters, as CPython's `_PyEval_MakeFrameVector` does, with
    /// its exact error messages.
    fn bind_arguments(
        &mut self,
        f: &Function,
        code: &crate::objects::code::PyCode,
        frame: &mut Frame,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let co = &code.code;
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.has_flag(code_flags::VARARGS);
        let has_varkw = co.has_flag(code_flags::VARKEYWORDS);
        let npos = args.len() - kwnames.len();
        let fast = &mut frame.fast;

        // Fast path: exact positional call with no keywords.
        if kwnames.is_empty() && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
            for (slot, a) in fast.iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
            return Ok(());
        }

        let varargs_index = argcount + kwonly;
        let varkw_index = varargs_index + has_varargs as usize;
        let mut kwdict = None;
        if has_varkw {
            let d = self.new_dict();
            fast[varkw_index] = Some(Value::Obj(d.clone()));
            kwdict = Some(d);
        }
        for (i, a) in args[..npos.min(argcount)].iter().enumerate() {
            fast[i] = Some(a.clone());
        }
        if has_varargs {
            let extra = if npos > argcount { args[argcount..npos].to_vec() } else { Vec::new() };
            fast[varargs_index] = Some(self.new_tuple(extra));
        } else if npos > argcount {
            return Err(self.too_many_positional(f, code, npos, kwnames, args));
        }

        // Keyword arguments.
        let mut posonly_as_kw = Vec::new();
        for (k, name) in kwnames.iter().enumerate() {
            let value = args[npos + k].clone();
            let name_s = Vm::str_of(name).unwrap_or("");
            let found = code.varnames[posonly..argcount + kwonly].iter().position(|v| v.as_str().map(|s| s.as_str()) == Some(name_s));
            match found {
                Some(j) => {
                    let idx = posonly + j;
                    if fast[idx].is_some() {
                        return Err(self.type_error(format!("{}() got multiple values for argument '{name_s}'", self.qualname_of(f))));
                    }
                    fast[idx] = Some(value);
                }
                None => match &kwdict {
                    Some(d) => {
                        let d = d.clone();
                        if dict_ops::get_item(self, &d, name)?.is_some() {
                            return Err(self.type_error(format!("{}() got multiple values for argument '{name_s}'", self.qualname_of(f))));
                        }
                        dict_ops::set_item(self, &d, name.clone(), value)?;
                    }
                    None => {
                        if co.varnames[..posonly].iter().any(|v| &**v == name_s) {
                            posonly_as_kw.push(name_s.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!("{}() got an unexpected keyword argument '{name_s}'", self.qualname_of(f))));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                self.qualname_of(f),
                posonly_as_kw.join(", ")
            )));
        }

        // Defaults for missing positional parameters.
        let defaults = f.defaults.borrow().clone();
        let defaults: &[Value] = defaults.as_obj().and_then(|o| o.as_tuple()).unwrap_or(&[]);
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(co.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(f, "positional", &missing));
        }
        if kwonly > 0 {
            let kwdefaults = f.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for (i, slot) in fast.iter_mut().enumerate().take(argcount + kwonly).skip(argcount) {
                if slot.is_none() {
                    let default = match &kwdefaults {
                        Value::Obj(d) if d.as_dict().is_some() => dict_ops::get_str(d, &code.varnames[i]),
                        _ => None,
                    };
                    match default {
                        Some(v) => *slot = Some(v),
                        None => missing.push(co.varnames[i].to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(f, "keyword-only", &missing));
            }
        }
        Ok(())
    }

    fn qualname_of(&self, f: &Function) -> String {
        Vm::str_of(&f.qualname.borrow()).unwrap_or("?").to_string()
    }

    fn missing_args(&self, f: &Function, kind: &str, names: &[String]) -> crate::PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let plural = if names.len() == 1 { "argument" } else { "arguments" };
        self.type_error(format!("{}() missing {} required {kind} {plural}: {list}", self.qualname_of(f), names.len()))
    }

    fn too_many_positional(
        &self,
        f: &Function,
        code: &crate::objects::code::PyCode,
        given: usize,
        kwnames: &[Value],
        args: &[Value],
    ) -> crate::PyErr {
        let co = &code.code;
        let argcount = co.argcount as usize;
        let defaults = f.defaults.borrow();
        let ndefaults = defaults.as_obj().and_then(|o| o.as_tuple()).map_or(0, |t| t.len());
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", argcount - ndefaults.min(argcount), argcount)
        } else {
            format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
        };
        // Keyword-only arguments that were given count in the message.
        let kwonly_given = kwnames
            .iter()
            .enumerate()
            .filter(|(_, n)| {
                let n = Vm::str_of(n).unwrap_or("");
                co.varnames[argcount..argcount + co.kwonlyargcount as usize].iter().any(|v| &**v == n)
            })
            .count();
        let _ = args;
        let was = if given == 1 { "was" } else { "were" };
        if kwonly_given > 0 {
            format!(
                "{}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                self.qualname_of(f),
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
            .pipe(|m| self.type_error(m))
        } else {
            self.type_error(format!("{}() takes {takes} but {given} {was} given", self.qualname_of(f)))
        }
    }

    /// Call a class: `type(x)`, or `cls.__new__(cls, ...)` then `__init__`.
    fn call_type(&mut self, cls: &PyRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        // A metaclass with its own __call__ takes over.
        let meta = cls.class();
        if !Rc::ptr_eq(&meta, &self.types.type_)
            && let Some(call) = crate::vm::attr::lookup_type(&meta, &self.names.__call__.clone())
        {
            let is_type_call =
                matches!(call.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, &self.types.type_)));
            if !is_type_call {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(cls.clone()));
                full.extend_from_slice(args);
                return self.call(&call, &full, kwnames);
            }
        }
        self.type_call_default(cls, args, kwnames)
    }

    /// `type.__call__(cls, *args, **kwargs)`.
    pub fn type_call_default(&mut self, cls: &PyRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if Rc::ptr_eq(cls, &self.types.type_) {
            let npos = args.len() - kwnames.len();
            if npos == 1 && kwnames.is_empty() {
                return Ok(Value::Obj(self.class_of(&args[0])));
            }
            if npos != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
        }
        let new = crate::vm::attr::lookup_type(cls, &self.names.__new__.clone());
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(Value::Obj(cls.clone()));
        full.extend_from_slice(args);
        let obj = match new {
            Some(Value::Obj(n)) if matches!(n.payload, Payload::StaticMethod(_)) => {
                let Payload::StaticMethod(f) = &n.payload else { unreachable!() };
                let f = f.borrow().clone();
                self.call(&f, &full, kwnames)?
            }
            Some(new) => self.call(&new, &full, kwnames)?,
            None => return Err(self.type_error(format!("cannot create '{}' instances", cls.as_type().map(|t| t.name()).unwrap_or_default()))),
        };
        // __init__ runs only when __new__ returned an instance of cls.
        let obj_cls = self.class_of(&obj);
        if !crate::vm::attr::is_subtype(&obj_cls, cls) {
            return Ok(obj);
        }
        if let Some(init) = crate::vm::attr::lookup_type(&obj_cls, &self.names.__init__.clone()) {
            let r = if crate::vm::protocols::is_method_descriptor(&init) {
                full[0] = obj.clone();
                self.call(&init, &full, kwnames)?
            } else {
                let bound = self.bind_descriptor(&init, &obj, &obj_cls)?;
                self.call(&bound, args, kwnames)?
            };
            if !r.is_none() {
                return Err(self.type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
            }
        }
        Ok(obj)
    }

    /// Call a native function taking a receiver (`BuiltinKind::Method`) on `self_`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let name = self.intern(name);
        let m = self.getattr(obj, &name)?;
        self.call(&m, args, &[])
    }

    /// A native method bound to `self_` (for `obj.method` attribute access).
    pub fn bind_builtin(&self, f: &PyRef, self_: Value) -> Value {
        match &f.payload {
            Payload::Builtin(b) => Value::Obj(PyObject::new(
                if Rc::ptr_eq(&f.class(), &self.types.wrapper_descriptor) {
                    self.types.method_wrapper.clone()
                } else {
                    self.types.builtin_function.clone()
                },
                Payload::Builtin(Box::new(crate::objects::function::BuiltinFunction {
                    name: b.name,
                    func: b.func,
                    kind: BuiltinKind::Function,
                    bound: Some(self_),
                    owner: b.owner.clone(),
                })),
            )),
            _ => Value::Obj(f.clone()),
        }
    }
}

/// `x.pipe(f)` is `f(x)`: keeps long message construction readable.
trait Pipe: Sized {
    fn pipe<R>(self, f: impl FnOnce(Self) -> R) -> R {
        f(self)
    }
}

impl<T> Pipe for T {}
