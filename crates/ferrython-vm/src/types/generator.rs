//! Generators: resuming the saved frame with `send`/`throw`/`close`, PEP 479 (a `StopIteration`
//! escaping the body becomes `RuntimeError`), and delegation for `yield from`. Coroutines and async
//! generators are resumed by the same `resume` (`types/coroutine.rs`, `types/async_generator.rs`).

use std::cell::RefCell;

use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, Function};
use crate::objects::generator::{GenKind, GeneratorData};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::eval::FrameExit;
use crate::vm::frame::Frame;
use crate::{PyErr, PyResult};

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

pub fn init(vm: &mut Vm) {
    let g = vm.types.generator.clone();
    vm.add_method(&g, "__iter__", gen_iter);
    vm.add_method(&g, "__next__", gen_next_method);
    vm.add_method(&g, "send", gen_send);
    vm.add_method(&g, "throw", gen_throw);
    vm.add_method(&g, "close", gen_close);
    vm.add_method(&g, "__repr__", gen_repr);
}

/// The generator, coroutine or async generator (by the code's flags) that calling `f` made.
pub fn new_generator(vm: &mut Vm, frame: Frame, f: &Function) -> Value {
    use ferrython_compiler::bytecode::code_flags;
    let code = crate::types::function::code_object(vm, &frame.code);
    let (kind, class) = if frame.code.code.has_flag(code_flags::COROUTINE) {
        (GenKind::Coroutine, vm.types.coroutine.clone())
    } else if frame.code.code.has_flag(code_flags::ASYNC_GENERATOR) {
        (GenKind::AsyncGenerator, vm.types.async_generator.clone())
    } else {
        (GenKind::Generator, vm.types.generator.clone())
    };
    let data = GeneratorData {
        frame: Some(Box::new(frame)),
        running: false,
        finished: false,
        started: false,
        name: f.name.borrow().clone(),
        qualname: f.qualname.borrow().clone(),
        code: code.as_obj().cloned().expect("code object"),
        kind,
        running_async: false,
        closed: false,
        hooks_inited: false,
        finalizer: Value::None,
    };
    Value::Obj(PyObject::new(class, Payload::Generator(Box::new(RefCell::new(data)))))
}

pub(crate) fn gen_data(o: &PyRef) -> &RefCell<GeneratorData> {
    match &o.payload {
        Payload::Generator(g) => g,
        _ => panic!("not a generator"),
    }
}

/// Resume `gen` with `value` sent in (or `exc` thrown in).
pub fn resume(vm: &mut Vm, gen_obj: &PyRef, value: Value, exc: Option<PyErr>) -> PyResult<SendResult> {
    let cell = gen_data(gen_obj);
    let kind = cell.borrow().kind;
    let mut frame = {
        let mut g = cell.borrow_mut();
        if g.running {
            drop(g);
            return Err(vm.new_error(&vm.exc.value_error, format!("{} already executing", kind.noun())));
        }
        if g.finished {
            drop(g);
            if kind == GenKind::Coroutine {
                return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
            }
            if let Some(e) = exc {
                return Err(e);
            }
            return Ok(SendResult::Return(Value::None));
        }
        if !g.started && !value.is_none() && exc.is_none() {
            drop(g);
            return Err(vm.type_error(format!("can't send non-None value to a just-started {}", kind.noun())));
        }
        let Some(frame) = g.frame.take() else {
            drop(g);
            return Err(vm.new_error(&vm.exc.value_error, format!("{} already executing", kind.noun())));
        };
        g.running = true;
        frame
    };
    let started = cell.borrow().started;
    cell.borrow_mut().started = true;
    if started && exc.is_none() {
        frame.push(value);
    }
    let exc = match exc {
        Some(e) if started => delegate_throw(vm, &mut frame, e)?,
        other => other.map(ThrowOutcome::Raise),
    };
    if let Some(ThrowOutcome::Yielded(v)) = exc {
        let mut g = cell.borrow_mut();
        g.running = false;
        g.frame = Some(frame);
        return Ok(SendResult::Yield(v));
    }
    let saved_exc_info = vm.exc_info.clone();
    let result = match exc {
        Some(ThrowOutcome::Yielded(_)) => unreachable!("handled above"),
        Some(ThrowOutcome::Raise(e)) => vm.run_frame(&mut frame, Some(e)),
        Some(ThrowOutcome::Value(v)) => {
            frame.push(v);
            vm.run_frame(&mut frame, None)
        }
        None => vm.run_frame(&mut frame, None),
    };
    vm.exc_info = saved_exc_info;
    let mut g = cell.borrow_mut();
    g.running = false;
    match result {
        Ok(FrameExit::Yield(v)) => {
            g.frame = Some(frame);
            Ok(SendResult::Yield(v))
        }
        Ok(FrameExit::Return(v)) => {
            g.finished = true;
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            g.finished = true;
            drop(g);
            let stop_async = kind == GenKind::AsyncGenerator && vm.err_matches(&e, &vm.exc.stop_async_iteration.clone());
            if stop_async || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) {
                let what = if stop_async { "StopAsyncIteration" } else { "StopIteration" };
                let r = vm.runtime_error(format!("{} raised {what}", kind.noun()));
                if let Payload::Exception(d) = &r.exc.payload {
                    *d.cause.borrow_mut() = Value::Obj(e.exc.clone());
                    *d.context.borrow_mut() = Value::Obj(e.exc.clone());
                    d.suppress_context.set(true);
                }
                return Err(r);
            }
            Err(e)
        }
    }
}

enum ThrowOutcome {
    /// Raise this at the suspension point.
    Raise(PyErr),
    /// The delegate finished: its return value goes on the stack past the `YieldFrom`.
    Value(Value),
    /// The delegate yielded: the generator stays suspended where it is.
    Yielded(Value),
}

/// A throw into a generator suspended in `yield from` goes to the sub-iterator first.
fn delegate_throw(vm: &mut Vm, frame: &mut Frame, exc: PyErr) -> PyResult<Option<ThrowOutcome>> {
    let at_yield_from = matches!(frame.code.code.instructions.get(frame.ip), Some(ferrython_compiler::Instruction::YieldFrom));
    if !at_yield_from {
        return Ok(Some(ThrowOutcome::Raise(exc)));
    }
    let sub = frame.top().clone();
    let is_close = vm.err_matches(&exc, &vm.exc.generator_exit.clone());
    let r = match &sub {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => {
            if is_close {
                gen_close_impl(vm, o)?;
                return Ok(Some(ThrowOutcome::Raise(exc)));
            }
            resume(vm, o, Value::None, Some(exc))
        }
        Value::Obj(o) if matches!(o.payload, Payload::Awaitable(_)) => {
            if is_close {
                vm.call_method(&sub, "close", &[])?;
                return Ok(Some(ThrowOutcome::Raise(exc)));
            }
            crate::types::coroutine::awaitable_throw(vm, o, exc)
        }
        _ => {
            let name = vm.intern(if is_close { "close" } else { "throw" });
            match vm.getattr(&sub, &name) {
                Ok(m) => {
                    if is_close {
                        vm.call(&m, &[], &[])?;
                        return Ok(Some(ThrowOutcome::Raise(exc)));
                    }
                    match vm.call(&m, &[Value::Obj(exc.exc.clone())], &[]) {
                        Ok(v) => Ok(SendResult::Yield(v)),
                        Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration.clone()) => Ok(SendResult::Return(stop_value(vm, &e))),
                        Err(e) => Err(e),
                    }
                }
                Err(_) => return Ok(Some(ThrowOutcome::Raise(exc))),
            }
        }
    };
    match r {
        // Still delegating: the generator stays suspended at the same `YieldFrom`, yielding v.
        Ok(SendResult::Yield(v)) => Ok(Some(ThrowOutcome::Yielded(v))),
        Ok(SendResult::Return(v)) => {
            frame.pop();
            frame.ip += 1;
            Ok(Some(ThrowOutcome::Value(v)))
        }
        Err(e) => {
            frame.pop();
            frame.ip += 1;
            Ok(Some(ThrowOutcome::Raise(e)))
        }
    }
}

pub fn stop_value(vm: &mut Vm, e: &PyErr) -> Value {
    let key = vm.names.value.clone();
    e.exc.dict().and_then(|d| crate::vm::dict_ops::get_str(&d, &key)).unwrap_or_else(|| match &e.exc.payload {
        Payload::Exception(d) => d.args.borrow().as_tuple().and_then(|t| t.first().cloned()).unwrap_or(Value::None),
        _ => Value::None,
    })
}

pub fn generator_next(vm: &mut Vm, gen_obj: &PyRef) -> PyResult<Option<Value>> {
    match resume(vm, gen_obj, Value::None, None)? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

impl Vm {
    /// `YieldFrom`'s step: send `v` into `sub` (a generator, a coroutine, a built-in awaitable or any
    /// iterator). The value of the `StopIteration` that ends `sub` is its result.
    pub fn send_to(&mut self, sub: &Value, v: Value) -> PyResult<SendResult> {
        if let Value::Obj(o) = sub {
            match &o.payload {
                Payload::Generator(_) => return resume(self, o, v, None),
                Payload::Awaitable(_) => return crate::types::coroutine::awaitable_send(self, o, v),
                // Built-in iterators end without a value.
                Payload::Iterator(_) if v.is_none() => {
                    return Ok(match self.next(sub)? {
                        Some(y) => SendResult::Yield(y),
                        None => SendResult::Return(Value::None),
                    });
                }
                _ => {}
            }
        }
        let r = if v.is_none() {
            match self.special(sub, &self.names.__next__.clone()) {
                Some(m) => self.call(&m, std::slice::from_ref(sub), &[]),
                None => return Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(sub)))),
            }
        } else {
            let send = self.names.send.clone();
            let m = self.getattr(sub, &send)?;
            self.call(&m, &[v], &[])
        };
        match r {
            Ok(y) => Ok(SendResult::Yield(y)),
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(SendResult::Return(stop_value(self, &e))),
            Err(e) => Err(e),
        }
    }
}

fn this_gen(vm: &Vm, args: &Args) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("expected a generator")),
    }
}

pub(crate) fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

pub(crate) fn gen_next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    match resume(vm, &g, Value::None, None)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    let v = args.args.get(1).cloned().unwrap_or(Value::None);
    match resume(vm, &g, v, None)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    let exc = throw_args(vm, &args.args[1..], "throw")?;
    match resume(vm, &g, Value::None, Some(exc))? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// The exception `throw(type[, value[, traceback]])` (and `athrow`) raises inside the generator.
pub(crate) fn throw_args(vm: &mut Vm, args: &[Value], fname: &str) -> PyResult<PyErr> {
    let Some(t) = args.first().cloned() else { return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))) };
    let exc = match (&t, args.get(1)) {
        (Value::Obj(o), Some(val)) if o.as_type().is_some() && !val.is_none() => {
            if matches!(val.payload(), Some(Payload::Exception(_))) {
                val.as_obj().cloned().expect("exception")
            } else {
                let inst = vm.call(&t, std::slice::from_ref(val), &[])?;
                vm.make_exception(inst)?
            }
        }
        _ => vm.make_exception(t)?,
    };
    Ok(PyErr::new(exc))
}

fn gen_close_impl(vm: &mut Vm, g: &PyRef) -> PyResult<()> {
    let (started, finished) = {
        let d = gen_data(g).borrow();
        (d.started, d.finished)
    };
    if finished {
        return Ok(());
    }
    if !started {
        let mut d = gen_data(g).borrow_mut();
        d.finished = true;
        d.frame = None;
        return Ok(());
    }
    let exc = vm.new_exception_obj(&vm.exc.generator_exit.clone(), vec![]);
    match resume(vm, g, Value::None, Some(PyErr::new(exc))) {
        Ok(SendResult::Yield(_)) => {
            let noun = gen_data(g).borrow().kind.noun();
            Err(vm.runtime_error(format!("{noun} ignored GeneratorExit")))
        }
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e) if vm.err_matches(&e, &vm.exc.generator_exit.clone()) || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) => Ok(()),
        Err(e) => Err(e),
    }
}

/// `generator.close()` for a generator being finalized.
pub fn close_generator(vm: &mut Vm, g: &PyRef) -> PyResult<()> {
    gen_close_impl(vm, g)
}

pub(crate) fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    gen_close_impl(vm, &g)?;
    Ok(Value::None)
}

pub(crate) fn gen_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    let (q, kind) = {
        let d = gen_data(&g).borrow();
        (Vm::str_of(&d.qualname).unwrap_or("?").to_string(), d.kind)
    };
    let what = match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(vm.new_str(format!("<{what} object {q} at {:#x}>", Value::Obj(g.clone()).id())))
}

/// The object a generator suspended in `yield from` (a coroutine in `await`) is delegating to
/// (CPython's `_PyGen_yf`): its frame stopped at the `YieldFrom` with the sub-iterator on top.
pub fn delegate(g: &GeneratorData) -> Option<Value> {
    let frame = g.frame.as_ref()?;
    let at_yield_from = matches!(frame.code.code.instructions.get(frame.ip), Some(ferrython_compiler::Instruction::YieldFrom));
    (g.started && at_yield_from).then(|| frame.top().clone())
}

pub fn generator_attr(vm: &mut Vm, g: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let d = gen_data(g).borrow();
    let prefix = match d.kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    if let Some(field) = name.strip_prefix(prefix) {
        return Ok(match field {
            "code" => Some(Value::Obj(d.code.clone())),
            "running" if d.kind == GenKind::AsyncGenerator => Some(Value::Bool(d.running_async)),
            "running" => Some(Value::Bool(d.running)),
            "suspended" if d.kind != GenKind::AsyncGenerator => Some(Value::Bool(d.started && !d.running && !d.finished)),
            "origin" if d.kind == GenKind::Coroutine => Some(Value::None),
            "yieldfrom" if d.kind == GenKind::Generator => Some(delegate(&d).unwrap_or(Value::None)),
            "await" if d.kind != GenKind::Generator => Some(delegate(&d).unwrap_or(Value::None)),
            "frame" => {
                let Some(frame) = d.frame.as_ref() else {
                    if d.finished {
                        return Ok(Some(Value::None));
                    }
                    // Running: the frame is on the Rust stack; describe it by its code.
                    let code = gen_data(g).borrow().code.clone();
                    let Some(Payload::Code(code)) = Some(&code.payload) else { return Ok(Some(Value::None)) };
                    let (code, line) = (code.clone(), code.code.first_line);
                    drop(d);
                    return Ok(Some(crate::types::new_frame_object(vm, &code, line, 0, Value::None, Value::None)));
                };
                let (code, lasti, globals) = (frame.code.clone(), frame.lasti, Value::Obj(frame.globals.clone()));
                let lineno = if d.started { frame.lineno() } else { code.code.first_line };
                let names: Vec<(std::rc::Rc<str>, Value)> =
                    code.code.varnames.iter().zip(&frame.fast).filter_map(|(n, v)| v.as_ref().map(|v| (n.clone(), v.clone()))).collect();
                drop(d);
                let locals = vm.new_dict();
                for (n, v) in names {
                    let k = vm.intern(&n);
                    crate::vm::dict_ops::set_str_raw(&locals, &k, v);
                }
                Some(crate::types::new_frame_object(vm, &code, lineno, lasti, globals, Value::Obj(locals)))
            }
            _ => None,
        });
    }
    Ok(match name {
        "__name__" => Some(d.name.clone()),
        "__qualname__" => Some(d.qualname.clone()),
        _ => None,
    })
}
