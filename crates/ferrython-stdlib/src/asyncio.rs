//! `_asyncio`: native support for the `asyncio` package (`lib/asyncio`).
//!
//! CPython writes `Future` and `Task` in C, so their methods leave no entries in tracebacks: an
//! exception re-raised by `await task` shows the awaiting line, then where it was first raised.
//! Ferrython writes them in Python; `_hide_frames(*functions)` marks their code so tracebacks leave
//! those frames out in the same way.

use ferrython_vm::object::Payload;
use ferrython_vm::objects::function::{Args, NativeFn};
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use crate::pyargs::add_functions;

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("_asyncio");
    add_functions(vm, &m, FUNCTIONS);
    Ok(m)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("_hide_frames", hide_frames)];

/// `_hide_frames(*functions)`: frames running these functions (plain functions, methods, or the
/// getter/setter of a property) get no traceback entries.
fn hide_frames(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "_hide_frames")?;
    for f in args.positional() {
        let target = match f.payload() {
            Some(Payload::BoundMethod(m)) => m.0.clone(),
            _ => f.clone(),
        };
        match target.payload() {
            Some(Payload::Function(func)) => func.code.borrow().hidden_from_tracebacks.set(true),
            _ => return Err(vm.type_error(format!("_hide_frames() expects functions, got {}", vm.type_name(f)))),
        }
    }
    Ok(Value::None)
}
