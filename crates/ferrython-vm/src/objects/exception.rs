//! The native part of exception instances. Other attributes (`name`, `errno`, `value`, ...) live in the
//! instance dict.

use std::cell::{Cell, RefCell};

use crate::value::{PyRef, Value};

pub struct ExceptionData {
    /// A tuple.
    pub args: RefCell<PyRef>,
    pub traceback: RefCell<Option<PyRef>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Values of the `__slots__` of a user subclass (see `Payload::Slots`).
    pub slots: RefCell<Box<[Option<Value>]>>,
}
