//! Generators, coroutines and async generators: a suspended frame. The three share the resumption
//! machinery (`types/generator.rs`), as in CPython's `genobject.c`; `kind` says which one it is.

use std::cell::{Cell, RefCell};

use crate::value::{PyRef, Value};
use crate::vm::frame::Frame;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    /// An `async def` without `yield`.
    Coroutine,
    /// An `async def` with `yield`.
    AsyncGenerator,
}

impl GenKind {
    /// The name CPython's messages use ("coroutine already executing").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct GeneratorData {
    /// `None` while running or after finishing.
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub finished: bool,
    pub started: bool,
    pub name: Value,
    pub qualname: Value,
    /// The code object (for `gi_code`).
    pub code: PyRef,
    pub kind: GenKind,
    /// Async generators: an `asend`/`athrow` is driving it (`ag_running`), which a second one may
    /// not do at the same time.
    pub running_async: bool,
    /// Async generators: `aclose()` was awaited or the body ended with `StopAsyncIteration` or
    /// `GeneratorExit` (CPython's `ag_closed`).
    pub closed: bool,
    /// Async generators: `sys.set_asyncgen_hooks`'s hooks were consulted at the first iteration.
    pub hooks_inited: bool,
    /// Async generators: the finalizer hook recorded then, called instead of closing when the
    /// async generator is freed unfinished.
    pub finalizer: Value,
}

/// What a built-in awaitable helper object drives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitableKind {
    /// `coroutine.__await__()`: a `coroutine_wrapper` passing `send`/`throw`/`close` through.
    CoroutineWrapper,
    /// `agen.__anext__()` / `agen.asend(v)`: `arg` is the value to send.
    ASend,
    /// `agen.athrow(...)`: `arg` is the tuple of `throw` arguments.
    AThrow,
    /// `agen.aclose()`.
    AClose,
    /// `anext(aiter, default)`: `target` is what `aiter.__anext__()` returned, `arg` the default
    /// returned in place of `StopAsyncIteration`.
    ANext,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitableState {
    Init,
    Iter,
    Closed,
}

/// `coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow` and `anext_awaitable`
/// objects.
pub struct AwaitableData {
    pub kind: AwaitableKind,
    /// The coroutine or async generator (None once the cycle collector cleared it).
    pub target: RefCell<Value>,
    pub arg: RefCell<Value>,
    pub state: Cell<AwaitableState>,
}
