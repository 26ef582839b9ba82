//! A frame: one execution of a code object.

use std::rc::Rc;

use crate::objects::code::PyCode;
use crate::value::{PyRef, Value};

/// An exception-handling block (`SetupFinally`/`SetupWith`).
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

pub struct Frame {
    pub code: Rc<PyCode>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (tracebacks, `f_lineno`).
    pub lasti: usize,
    pub stack: Vec<Value>,
    /// Fast locals (`varnames`); `None` is unbound.
    pub fast: Vec<Option<Value>>,
    /// Cell objects: `cellvars` then `freevars`.
    pub cells: Vec<PyRef>,
    pub blocks: Vec<Block>,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The namespace of `LoadName`/`StoreName` (module and class bodies, `exec`).
    pub locals: Option<Value>,
    /// The function being run, if any (for zero-argument `super()` and generators' names).
    pub func: Option<PyRef>,
}

impl Frame {
    pub fn new(code: Rc<PyCode>, globals: PyRef, builtins: PyRef, locals: Option<Value>) -> Frame {
        Frame::with_buffers(code, globals, builtins, locals, Vec::new(), Vec::new())
    }

    /// A frame reusing empty `stack` and `fast` vectors (their capacity) from an earlier frame.
    pub fn with_buffers(
        code: Rc<PyCode>,
        globals: PyRef,
        builtins: PyRef,
        locals: Option<Value>,
        stack: Vec<Value>,
        mut fast: Vec<Option<Value>>,
    ) -> Frame {
        fast.resize(code.code.varnames.len(), None);
        Frame { ip: 0, lasti: 0, stack, fast, cells: Vec::new(), blocks: Vec::new(), globals, builtins, locals, func: None, code }
    }

    /// The line being executed.
    pub fn lineno(&self) -> u32 {
        self.code.code.locations.get(self.lasti).map_or(self.code.code.first_line, |l| l.line)
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// The i-th item from the top (1 = TOS).
    #[inline]
    pub fn peek(&self, i: usize) -> &Value {
        &self.stack[self.stack.len() - i]
    }
}
