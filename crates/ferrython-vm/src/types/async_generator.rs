//! Async generators (`async def` with `yield`) and the awaitables their methods return:
//! `__anext__()`/`asend(v)` give an `async_generator_asend`, `athrow(...)`/`aclose()` an
//! `async_generator_athrow`. Awaiting one resumes the generator's frame; what the frame does next
//! decides the outcome, as in CPython's `genobject.c`:
//! - it suspends inside an `await` (its frame stopped at a `YieldFrom`): the value goes up to whoever
//!   drives the awaitable (the event loop), the awaitable is still pending;
//! - it reaches a `yield v`: the awaitable finishes with `StopIteration(v)`;
//! - it returns: `StopAsyncIteration`.
//!
//! The first iteration calls `sys.set_asyncgen_hooks`'s `firstiter` and records its `finalizer`,
//! which is called instead of closing when the async generator is freed unfinished (asyncio uses it
//! to schedule `aclose()`).

use crate::objects::function::Args;
use crate::objects::generator::{AwaitableData, AwaitableKind, AwaitableState, GenKind};
use crate::types::coroutine::{awaitable_gen, gen_kind, new_awaitable};
use crate::types::generator::{SendResult, delegate, gen_data, resume};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::{PyErr, PyResult};

pub fn init(vm: &mut Vm) {
    use crate::types::coroutine as c;
    let a = vm.types.async_generator.clone();
    vm.add_method(&a, "__aiter__", agen_aiter);
    vm.add_method(&a, "__anext__", agen_anext);
    vm.add_method(&a, "asend", agen_asend);
    vm.add_method(&a, "athrow", agen_athrow);
    vm.add_method(&a, "aclose", agen_aclose);
    vm.add_method(&a, "__repr__", crate::types::generator::gen_repr);
    for ty in [vm.types.async_generator_asend.clone(), vm.types.async_generator_athrow.clone()] {
        vm.add_method(&ty, "__await__", c::awaitable_self);
        vm.add_method(&ty, "__iter__", c::awaitable_self);
        vm.add_method(&ty, "__next__", c::awaitable_next_method);
        vm.add_method(&ty, "send", c::awaitable_send_method);
        vm.add_method(&ty, "throw", c::awaitable_throw_method);
        vm.add_method(&ty, "close", c::awaitable_close_method);
    }
}

/// What one resumption of an async generator's frame did.
enum Step {
    /// Suspended inside an `await`: the value is for the event loop.
    Await(Value),
    /// Reached `yield v`.
    Yielded(Value),
    Returned,
    Raised(PyErr),
}

fn step(vm: &mut Vm, agen: &PyRef, value: Value, exc: Option<PyErr>) -> Step {
    match resume(vm, agen, value, exc) {
        Ok(SendResult::Yield(v)) => {
            if delegate(&gen_data(agen).borrow()).is_some() {
                Step::Await(v)
            } else {
                Step::Yielded(v)
            }
        }
        Ok(SendResult::Return(_)) => Step::Returned,
        Err(e) => Step::Raised(e),
    }
}

fn set_running(agen: &PyRef, running: bool) {
    gen_data(agen).borrow_mut().running_async = running;
}

fn is_exit(vm: &Vm, e: &PyErr) -> bool {
    vm.err_matches(e, &vm.exc.stop_async_iteration) || vm.err_matches(e, &vm.exc.generator_exit)
}

/// CPython's `async_gen_unwrap_value`: a `yield` ends the awaitable with `StopIteration(value)`
/// (`Return` here), the end of the body with `StopAsyncIteration`.
fn unwrap(vm: &mut Vm, agen: &PyRef, s: Step) -> PyResult<SendResult> {
    match s {
        Step::Await(v) => Ok(SendResult::Yield(v)),
        Step::Yielded(v) => {
            set_running(agen, false);
            Ok(SendResult::Return(v))
        }
        Step::Returned => {
            let mut g = gen_data(agen).borrow_mut();
            g.closed = true;
            g.running_async = false;
            drop(g);
            Err(PyErr::new(vm.new_exception_obj(&vm.exc.stop_async_iteration.clone(), vec![])))
        }
        Step::Raised(e) => {
            let exit = is_exit(vm, &e);
            let mut g = gen_data(agen).borrow_mut();
            g.closed |= exit;
            g.running_async = false;
            Err(e)
        }
    }
}

/// Close the awaitable when it finished (any outcome but suspension in an `await`).
fn settle(a: &AwaitableData, r: PyResult<SendResult>) -> PyResult<SendResult> {
    if !matches!(r, Ok(SendResult::Yield(_))) {
        a.state.set(AwaitableState::Closed);
    }
    r
}

fn reuse_error(vm: &Vm, a: &AwaitableData) -> PyErr {
    vm.runtime_error(match a.kind {
        AwaitableKind::ASend => "cannot reuse already awaited __anext__()/asend()",
        _ => "cannot reuse already awaited aclose()/athrow()",
    })
}

fn ignored_exit(vm: &Vm, agen: &PyRef, a: &AwaitableData) -> PyErr {
    set_running(agen, false);
    a.state.set(AwaitableState::Closed);
    vm.runtime_error("async generator ignored GeneratorExit")
}

/// The end of an `athrow`/`aclose` awaitable: `aclose()` is done (`StopIteration`) when the
/// generator exited with `GeneratorExit` or `StopAsyncIteration`.
fn athrow_result(vm: &mut Vm, agen: &PyRef, a: &AwaitableData, r: PyResult<SendResult>) -> PyResult<SendResult> {
    set_running(agen, false);
    a.state.set(AwaitableState::Closed);
    match r {
        Err(e) if a.kind == AwaitableKind::AClose && is_exit(vm, &e) => Ok(SendResult::Return(Value::None)),
        r => r,
    }
}

/// `send(v)` on an `async_generator_asend` or `async_generator_athrow`.
pub fn op_send(vm: &mut Vm, a: &AwaitableData, v: Value) -> PyResult<SendResult> {
    let agen = awaitable_gen(vm, a)?;
    if a.state.get() == AwaitableState::Closed {
        return Err(reuse_error(vm, a));
    }
    if a.kind == AwaitableKind::ASend {
        let mut v = v;
        if a.state.get() == AwaitableState::Init {
            if gen_data(&agen).borrow().running_async {
                return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
            }
            if v.is_none() {
                v = a.arg.borrow().clone();
            }
            a.state.set(AwaitableState::Iter);
        }
        set_running(&agen, true);
        let s = step(vm, &agen, v, None);
        let r = unwrap(vm, &agen, s);
        return settle(a, r);
    }
    if gen_data(&agen).borrow().finished {
        a.state.set(AwaitableState::Closed);
        return Ok(SendResult::Return(Value::None));
    }
    if a.state.get() == AwaitableState::Init {
        let (running, closed) = {
            let g = gen_data(&agen).borrow();
            (g.running_async, g.closed)
        };
        if running {
            a.state.set(AwaitableState::Closed);
            let what = if a.kind == AwaitableKind::AClose { "aclose" } else { "athrow" };
            return Err(vm.runtime_error(format!("{what}(): asynchronous generator is already running")));
        }
        if closed {
            a.state.set(AwaitableState::Closed);
            return Err(PyErr::new(vm.new_exception_obj(&vm.exc.stop_async_iteration.clone(), vec![])));
        }
        if !v.is_none() {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        a.state.set(AwaitableState::Iter);
        set_running(&agen, true);
        let r = if a.kind == AwaitableKind::AClose {
            gen_data(&agen).borrow_mut().closed = true;
            let exit = PyErr::new(vm.new_exception_obj(&vm.exc.generator_exit.clone(), vec![]));
            match step(vm, &agen, Value::None, Some(exit)) {
                Step::Yielded(_) => return Err(ignored_exit(vm, &agen, a)),
                Step::Await(v) => return Ok(SendResult::Yield(v)),
                Step::Returned => Err(PyErr::new(vm.new_exception_obj(&vm.exc.stop_async_iteration.clone(), vec![]))),
                Step::Raised(e) => Err(e),
            }
        } else {
            let args: Vec<Value> = a.arg.borrow().as_obj().and_then(|o| o.as_tuple()).map(<[Value]>::to_vec).unwrap_or_default();
            let exc = crate::types::generator::throw_args(vm, &args, "athrow")?;
            let s = step(vm, &agen, Value::None, Some(exc));
            match unwrap(vm, &agen, s) {
                Ok(SendResult::Yield(v)) => return Ok(SendResult::Yield(v)),
                r => r,
            }
        };
        return athrow_result(vm, &agen, a, r);
    }
    // Iterating: the generator is running an `await` inside its `except`/`finally`.
    let s = step(vm, &agen, v, None);
    if a.kind == AwaitableKind::AThrow {
        return unwrap(vm, &agen, s);
    }
    match s {
        Step::Await(v) => Ok(SendResult::Yield(v)),
        Step::Yielded(_) => Err(ignored_exit(vm, &agen, a)),
        Step::Returned => {
            let e = PyErr::new(vm.new_exception_obj(&vm.exc.stop_async_iteration.clone(), vec![]));
            athrow_result(vm, &agen, a, Err(e))
        }
        Step::Raised(e) => athrow_result(vm, &agen, a, Err(e)),
    }
}

/// `throw(...)` on an `async_generator_asend` or `async_generator_athrow`.
pub fn op_throw(vm: &mut Vm, a: &AwaitableData, exc: PyErr) -> PyResult<SendResult> {
    let agen = awaitable_gen(vm, a)?;
    if a.state.get() == AwaitableState::Closed {
        return Err(reuse_error(vm, a));
    }
    let s = step(vm, &agen, Value::None, Some(exc));
    match a.kind {
        AwaitableKind::ASend => {
            let r = unwrap(vm, &agen, s);
            settle(a, r)
        }
        AwaitableKind::AThrow => unwrap(vm, &agen, s),
        _ => match s {
            Step::Await(v) => Ok(SendResult::Yield(v)),
            Step::Yielded(_) => Err(ignored_exit(vm, &agen, a)),
            Step::Returned => Ok(SendResult::Return(Value::None)),
            Step::Raised(e) if is_exit(vm, &e) => Ok(SendResult::Return(Value::None)),
            Step::Raised(e) => Err(e),
        },
    }
}

fn this_agen(vm: &Vm, args: &Args, fname: &str) -> PyResult<PyRef> {
    match args.args.first() {
        Some(v @ Value::Obj(o)) if gen_kind(v) == Some(GenKind::AsyncGenerator) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("descriptor '{fname}' requires a 'async_generator' object"))),
    }
}

/// CPython's `async_gen_init_hooks`: at the first iteration, record the finalizer hook and call
/// the `firstiter` hook.
fn init_hooks(vm: &mut Vm, agen: &PyRef) -> PyResult<()> {
    {
        let mut g = gen_data(agen).borrow_mut();
        if g.hooks_inited {
            return Ok(());
        }
        g.hooks_inited = true;
        g.finalizer = vm.asyncgen_hooks.1.clone();
    }
    let firstiter = vm.asyncgen_hooks.0.clone();
    if !firstiter.is_none() {
        vm.call(&firstiter, &[Value::Obj(agen.clone())], &[])?;
    }
    Ok(())
}

fn agen_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_agen(vm, &args, "__aiter__")?;
    Ok(Value::Obj(g))
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_agen(vm, &args, "__anext__")?;
    init_hooks(vm, &g)?;
    Ok(new_awaitable(vm, AwaitableKind::ASend, Value::Obj(g), Value::None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_agen(vm, &args, "asend")?;
    let [_, v] = args.exact::<2>(vm, "asend")?;
    init_hooks(vm, &g)?;
    Ok(new_awaitable(vm, AwaitableKind::ASend, Value::Obj(g), v.clone()))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_agen(vm, &args, "athrow")?;
    args.no_kwargs(vm, "athrow")?;
    let rest = &args.args[1..];
    if rest.is_empty() || rest.len() > 3 {
        return Err(vm.type_error(format!("athrow expected at least 1 argument, got {}", rest.len())));
    }
    init_hooks(vm, &g)?;
    let t = vm.new_tuple(rest.to_vec());
    Ok(new_awaitable(vm, AwaitableKind::AThrow, Value::Obj(g), t))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_agen(vm, &args, "aclose")?;
    init_hooks(vm, &g)?;
    Ok(new_awaitable(vm, AwaitableKind::AClose, Value::Obj(g), Value::None))
}
