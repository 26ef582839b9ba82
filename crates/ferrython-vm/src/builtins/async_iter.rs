//! `aiter` and `anext`: the asynchronous counterparts of `iter` and `next`.

use crate::PyResult;
use crate::builtins::add_function;
use crate::objects::function::Args;
use crate::objects::generator::AwaitableKind;
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    add_function(vm, "aiter", builtin_aiter);
    add_function(vm, "anext", builtin_anext);
}

/// `aiter(async_iterable)`: `async_iterable.__aiter__()`, which must have `__anext__`.
fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj] = args.exact::<1>(vm, "aiter")?;
    let aiter = vm.intern("__aiter__");
    let Some(m) = vm.special(obj, &aiter) else {
        return Err(vm.type_error(format!("'{}' object is not an async iterable", vm.type_name(obj))));
    };
    let it = vm.call(&m, std::slice::from_ref(obj), &[])?;
    let anext = vm.intern("__anext__");
    if vm.special(&it, &anext).is_none() {
        return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`: the awaitable of `async_iterator.__anext__()`; with a
/// default, an `anext_awaitable` that gives `default` instead of raising `StopAsyncIteration`.
fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "anext")?;
    let (it, default) = match args.positional() {
        [it] => (it, None),
        [it, d] => (it, Some(d.clone())),
        [] => return Err(vm.type_error("anext expected at least 1 argument, got 0")),
        p => return Err(vm.type_error(format!("anext expected at most 2 arguments, got {}", p.len()))),
    };
    let anext = vm.intern("__anext__");
    let Some(m) = vm.special(it, &anext) else {
        return Err(vm.type_error(format!("'{}' object is not an async iterator", vm.type_name(it))));
    };
    let awaitable = vm.call(&m, std::slice::from_ref(it), &[])?;
    Ok(match default {
        None => awaitable,
        Some(d) => crate::types::coroutine::new_awaitable(vm, AwaitableKind::ANext, awaitable, d),
    })
}
