//! Coroutines (`async def` without `yield`): their methods, `coroutine_wrapper` (what
//! `coro.__await__()` returns), what `await` accepts (CPython's `_PyCoro_GetAwaitableIter`), and the
//! "coroutine ... was never awaited" warning for a coroutine freed before it started.

use crate::object::{Payload, PyObject};
use crate::objects::function::Args;
use crate::objects::generator::{AwaitableData, AwaitableKind, AwaitableState, GenKind};
use crate::types::generator::{SendResult, gen_data, resume};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::{PyErr, PyResult};

pub fn init(vm: &mut Vm) {
    use crate::types::generator as g;
    let c = vm.types.coroutine.clone();
    vm.add_method(&c, "send", g::gen_send);
    vm.add_method(&c, "throw", g::gen_throw);
    vm.add_method(&c, "close", g::gen_close);
    vm.add_method(&c, "__repr__", g::gen_repr);
    vm.add_method(&c, "__await__", coro_await);

    let w = vm.types.coroutine_wrapper.clone();
    vm.add_method(&w, "__iter__", awaitable_self);
    vm.add_method(&w, "__next__", awaitable_next_method);
    vm.add_method(&w, "send", awaitable_send_method);
    vm.add_method(&w, "throw", awaitable_throw_method);
    vm.add_method(&w, "close", awaitable_close_method);

    let n = vm.types.anext_awaitable.clone();
    vm.add_method(&n, "__await__", awaitable_self);
    vm.add_method(&n, "__iter__", awaitable_self);
    vm.add_method(&n, "__next__", awaitable_next_method);
    vm.add_method(&n, "send", awaitable_send_method);
    vm.add_method(&n, "throw", awaitable_throw_method);
    vm.add_method(&n, "close", awaitable_close_method);
}

/// Where an awaitable is being awaited, for `GetAwaitable`'s messages.
pub const AWAIT: u32 = 0;
pub const AENTER: u32 = 1;
pub const AEXIT: u32 = 2;

/// The kind of a generator-like object, if `v` is one.
pub fn gen_kind(v: &Value) -> Option<GenKind> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g.borrow().kind),
        _ => None,
    }
}

/// A generator whose code `types.coroutine` marked: `await` accepts it as a coroutine.
pub fn is_iterable_coroutine(v: &Value) -> bool {
    let Some(Payload::Generator(g)) = v.payload() else { return false };
    let g = g.borrow();
    g.kind == GenKind::Generator
        && matches!(&g.code.payload, Payload::Code(c) if c.code.has_flag(ferrython_compiler::bytecode::code_flags::ITERABLE_COROUTINE))
}

/// An object with `__next__` (built-in iterators and generators included).
fn is_iterator(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Iterator(_) | Payload::Awaitable(_)) => true,
        Some(Payload::Generator(g)) if g.borrow().kind == GenKind::Generator => true,
        _ => vm.special(v, &vm.names.__next__.clone()).is_some(),
    }
}

/// `GetAwaitable`: the iterator `await v` drives. `site` says which statement awaits (`AWAIT`,
/// `AENTER`, `AEXIT`), as CPython's `GET_AWAITABLE` oparg, for the message when `v` is not awaitable.
pub fn get_awaitable(vm: &mut Vm, v: &Value, site: u32) -> PyResult<Value> {
    if gen_kind(v) == Some(GenKind::Coroutine) {
        let awaited = v.as_obj().is_some_and(|o| crate::types::generator::delegate(&gen_data(o).borrow()).is_some());
        if awaited {
            return Err(vm.runtime_error("coroutine is being awaited already"));
        }
        return Ok(v.clone());
    }
    if is_iterable_coroutine(v) {
        return Ok(v.clone());
    }
    let name = vm.intern("__await__");
    let Some(m) = vm.special(v, &name) else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(match site {
            AENTER => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
            AEXIT => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
            _ => format!("object {tn} can't be used in 'await' expression"),
        }));
    };
    let it = vm.call(&m, std::slice::from_ref(v), &[])?;
    if gen_kind(&it) == Some(GenKind::Coroutine) || is_iterable_coroutine(&it) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(vm, &it) {
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

/// `coroutine.__await__()`.
fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "__await__")?;
    if gen_kind(this) != Some(GenKind::Coroutine) {
        return Err(vm.type_error("descriptor '__await__' requires a 'coroutine' object"));
    }
    Ok(new_awaitable(vm, AwaitableKind::CoroutineWrapper, this.clone(), Value::None))
}

pub fn new_awaitable(vm: &mut Vm, kind: AwaitableKind, target: Value, arg: Value) -> Value {
    let class = match kind {
        AwaitableKind::CoroutineWrapper => vm.types.coroutine_wrapper.clone(),
        AwaitableKind::ASend => vm.types.async_generator_asend.clone(),
        AwaitableKind::AThrow | AwaitableKind::AClose => vm.types.async_generator_athrow.clone(),
        AwaitableKind::ANext => vm.types.anext_awaitable.clone(),
    };
    let data = AwaitableData {
        kind,
        target: std::cell::RefCell::new(target),
        arg: std::cell::RefCell::new(arg),
        state: std::cell::Cell::new(AwaitableState::Init),
    };
    Value::Obj(PyObject::new(class, Payload::Awaitable(Box::new(data))))
}

pub(crate) fn awaitable_data(o: &PyRef) -> Option<&AwaitableData> {
    match &o.payload {
        Payload::Awaitable(a) => Some(a),
        _ => None,
    }
}

/// The coroutine or async generator behind an awaitable helper.
pub(crate) fn awaitable_gen(vm: &Vm, a: &AwaitableData) -> PyResult<PyRef> {
    match &*a.target.borrow() {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.runtime_error("the awaited object was cleared")),
    }
}

/// Send `v` into an awaitable helper (`__next__` when `v` is None).
pub fn awaitable_send(vm: &mut Vm, o: &PyRef, v: Value) -> PyResult<SendResult> {
    let Some(a) = awaitable_data(o) else { return Err(vm.type_error("expected an awaitable")) };
    match a.kind {
        AwaitableKind::CoroutineWrapper => {
            let g = awaitable_gen(vm, a)?;
            resume(vm, &g, v, None)
        }
        AwaitableKind::ANext => {
            let it = anext_iter(vm, a)?;
            let r = vm.send_to(&it, v);
            anext_default(vm, a, r)
        }
        _ => crate::types::async_generator::op_send(vm, a, v),
    }
}

/// The iterator `anext_awaitable` drives: the awaitable `__anext__()` returned, as `await` would
/// take it (a coroutine itself, without the "being awaited already" check).
fn anext_iter(vm: &mut Vm, a: &AwaitableData) -> PyResult<Value> {
    let wrapped = a.target.borrow().clone();
    if gen_kind(&wrapped) == Some(GenKind::Coroutine) {
        return Ok(wrapped);
    }
    get_awaitable(vm, &wrapped, AWAIT)
}

/// `anext(it, default)` ends with `default` where `__anext__()` raised `StopAsyncIteration`.
fn anext_default(vm: &mut Vm, a: &AwaitableData, r: PyResult<SendResult>) -> PyResult<SendResult> {
    match r {
        Err(e) if vm.err_matches(&e, &vm.exc.stop_async_iteration.clone()) => Ok(SendResult::Return(a.arg.borrow().clone())),
        r => r,
    }
}

/// Throw `exc` into an awaitable helper.
pub fn awaitable_throw(vm: &mut Vm, o: &PyRef, exc: PyErr) -> PyResult<SendResult> {
    let Some(a) = awaitable_data(o) else { return Err(vm.type_error("expected an awaitable")) };
    match a.kind {
        AwaitableKind::CoroutineWrapper => {
            let g = awaitable_gen(vm, a)?;
            resume(vm, &g, Value::None, Some(exc))
        }
        AwaitableKind::ANext => {
            let it = anext_iter(vm, a)?;
            let r = throw_into(vm, &it, exc);
            anext_default(vm, a, r)
        }
        _ => crate::types::async_generator::op_throw(vm, a, exc),
    }
}

/// `it.throw(exc)` for any iterator: generators and built-in awaitables natively, others by their
/// `throw` method (the exception itself when they have none).
fn throw_into(vm: &mut Vm, it: &Value, exc: PyErr) -> PyResult<SendResult> {
    if let Value::Obj(o) = it {
        match &o.payload {
            Payload::Generator(_) => return resume(vm, o, Value::None, Some(exc)),
            Payload::Awaitable(_) => return awaitable_throw(vm, o, exc),
            _ => {}
        }
    }
    let name = vm.intern("throw");
    let Ok(m) = vm.getattr(it, &name) else { return Err(exc) };
    match vm.call(&m, &[Value::Obj(exc.exc.clone())], &[]) {
        Ok(v) => Ok(SendResult::Yield(v)),
        Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration.clone()) => Ok(SendResult::Return(crate::types::generator::stop_value(vm, &e))),
        Err(e) => Err(e),
    }
}

fn this_awaitable(vm: &Vm, args: &Args) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Awaitable(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("expected an awaitable")),
    }
}

fn finish(vm: &mut Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn awaitable_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_awaitable(vm, &args)?;
    Ok(Value::Obj(o))
}

pub(crate) fn awaitable_next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_awaitable(vm, &args)?;
    let r = awaitable_send(vm, &o, Value::None)?;
    finish(vm, r)
}

pub(crate) fn awaitable_send_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_awaitable(vm, &args)?;
    let [_, v] = args.exact::<2>(vm, "send")?;
    let r = awaitable_send(vm, &o, v.clone())?;
    finish(vm, r)
}

pub(crate) fn awaitable_throw_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_awaitable(vm, &args)?;
    let exc = crate::types::generator::throw_args(vm, &args.args[1..], "throw")?;
    let r = awaitable_throw(vm, &o, exc)?;
    finish(vm, r)
}

pub(crate) fn awaitable_close_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_awaitable(vm, &args)?;
    let Some(a) = awaitable_data(&o) else { return Ok(Value::None) };
    match a.kind {
        AwaitableKind::CoroutineWrapper => {
            let g = awaitable_gen(vm, a)?;
            crate::types::generator::close_generator(vm, &g)?;
        }
        AwaitableKind::ANext => {
            let it = anext_iter(vm, a)?;
            if let Some(Payload::Generator(_)) = it.payload() {
                crate::types::generator::close_generator(vm, it.as_obj().expect("generator"))?;
            } else {
                let name = vm.intern("close");
                if let Ok(m) = vm.getattr(&it, &name) {
                    vm.call(&m, &[], &[])?;
                }
            }
        }
        _ => a.state.set(AwaitableState::Closed),
    }
    Ok(Value::None)
}

impl Vm {
    /// CPython's `RuntimeWarning: coroutine '...' was never awaited`, through the `warnings` module
    /// when it has CPython's hook for it, else written as its default filter would: once per
    /// location, with the source line and tracemalloc's hint, or as `sys:1` when no Python code is
    /// running (at shutdown).
    pub(crate) fn warn_unawaited_coroutine(&mut self, coro: &PyRef) {
        // CPython funnels the warning through `warnings._warn_unawaited_coroutine` (so filters
        // apply); an error it raises is reported as unraisable, and only a RuntimeWarning (an
        // "error" filter) counts as the warning having been given.
        let hook = match self.import_module("warnings") {
            Ok(m) => {
                let name = self.intern("_warn_unawaited_coroutine");
                self.getattr(&m, &name).ok()
            }
            Err(_) => None,
        };
        if let Some(hook) = hook {
            let coro_v = Value::Obj(coro.clone());
            match self.call(&hook, std::slice::from_ref(&coro_v), &[]) {
                Ok(_) => return,
                Err(e) => {
                    self.report_unraisable("Exception ignored in", &coro_v, &e);
                    if self.err_matches(&e, &self.exc.runtime_warning.clone()) {
                        return;
                    }
                }
            }
        }
        let qualname = Vm::str_of(&gen_data(coro).borrow().qualname).unwrap_or("?").to_string();
        let message = format!("coroutine '{qualname}' was never awaited");
        let site = self.current_frame().map(|f| {
            // SAFETY: the innermost frame is live while it is on `frames` (see `current_frame`).
            let f = unsafe { &*f };
            (f.code.code.filename.to_string(), f.lineno())
        });
        let (filename, lineno) = site.clone().unwrap_or_else(|| ("sys".to_string(), 1));
        if !self.warnings_shown.insert((filename.clone(), lineno, message.clone())) {
            return;
        }
        let mut text = format!("{filename}:{lineno}: RuntimeWarning: {message}\n");
        if site.is_some() {
            if let Some(line) = self.source_line(&filename, lineno) {
                text.push_str(&format!("  {}\n", line.trim()));
            }
            text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        let stderr = self.sys_attr("stderr").unwrap_or(Value::None);
        if crate::types::file::write_str(self, &stderr, &text).is_err() {
            eprint!("{text}");
        }
    }
}
