//! A frame: one execution of a code object.

use std::rc::Rc;

use crate::objects::code::PyCode;
use crate::value::{PyRef, Value};

/// `Value`'s `repr(u64)` discriminants, for writing immediates word by word (checked below).
const VALUE_TAG_BOOL: u64 = 1;
const VALUE_TAG_INT: u64 = 2;
const VALUE_TAG_FLOAT: u64 = 3;

const _: () = {
    // The discriminant is the first word of a `repr(u64)` enum.
    const fn tag(v: &Value) -> u64 {
        // SAFETY: `Value` is `repr(u64)`, so its first 8 bytes are the discriminant.
        unsafe { *(v as *const Value as *const u64) }
    }
    assert!(tag(&Value::Bool(true)) == VALUE_TAG_BOOL);
    assert!(tag(&Value::Int(7)) == VALUE_TAG_INT);
    assert!(tag(&Value::Float(0.5)) == VALUE_TAG_FLOAT);
};

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

    /// Push `v`, copying it as two 8-byte words. A value built just before (`Value::Int(x + y)`, a
    /// call's result) sits in a temporary written by two 8-byte stores; `Vec::push` would read it
    /// back with one 16-byte load, which cannot be store-forwarded and stalls every instruction.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        if self.stack.len() == self.stack.capacity() {
            self.stack.reserve(1);
        }
        let v = std::mem::ManuallyDrop::new(v);
        let src = &*v as *const Value as *const std::mem::MaybeUninit<u64>;
        let len = self.stack.len();
        // SAFETY: capacity was reserved above; `Value` is two 8-byte words (asserted in value.rs) and
        // ownership moves into the slot (`v` is not dropped).
        unsafe {
            let dst = self.stack.as_mut_ptr().add(len) as *mut std::mem::MaybeUninit<u64>;
            dst.write(std::ptr::read_volatile(src));
            dst.add(1).write(std::ptr::read_volatile(src.add(1)));
            self.stack.set_len(len + 1);
        }
    }

    /// Pop the top value, reading it as two 8-byte words (see `push`: a slot written word by word
    /// and read back with one 16-byte load stalls).
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        let len = self.stack.len();
        if len == 0 {
            return Value::None;
        }
        let mut out = std::mem::MaybeUninit::<Value>::uninit();
        // SAFETY: slot `len - 1` holds a value whose ownership moves to `out`; the length shrinks first.
        unsafe {
            self.stack.set_len(len - 1);
            let src = self.stack.as_ptr().add(len - 1) as *const std::mem::MaybeUninit<u64>;
            let dst = out.as_mut_ptr() as *mut std::mem::MaybeUninit<u64>;
            dst.write(std::ptr::read_volatile(src));
            dst.add(1).write(std::ptr::read_volatile(src.add(1)));
            out.assume_init()
        }
    }

    /// Push an immediate given as its tag and one full payload word, so no byte-sized store (a
    /// `bool`) is later read back as a word.
    #[inline(always)]
    fn push_words(&mut self, tag: u64, payload: u64) {
        if self.stack.len() == self.stack.capacity() {
            self.stack.reserve(1);
        }
        let len = self.stack.len();
        // SAFETY: capacity reserved; `tag`/`payload` form a valid `Value` (see the callers).
        unsafe {
            let dst = self.stack.as_mut_ptr().add(len) as *mut u64;
            dst.write(tag);
            dst.add(1).write(payload);
            self.stack.set_len(len + 1);
        }
    }

    #[inline(always)]
    pub fn push_bool(&mut self, b: bool) {
        // `Value` is `repr(u64)`: the tag of `Bool` is 1 and the bool is the low byte of the payload.
        self.push_words(VALUE_TAG_BOOL, b as u64);
    }

    #[inline(always)]
    pub fn push_int(&mut self, i: i64) {
        self.push_words(VALUE_TAG_INT, i as u64);
    }

    #[inline(always)]
    pub fn push_float(&mut self, f: f64) {
        self.push_words(VALUE_TAG_FLOAT, f.to_bits());
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// The two top items: `(second, top)`.
    #[inline(always)]
    pub fn top2(&self) -> (&Value, &Value) {
        let n = self.stack.len();
        (&self.stack[n - 2], &self.stack[n - 1])
    }

    /// Drop the two top items (after an inline operation on immediates consumed them).
    #[inline(always)]
    pub fn discard_top2(&mut self) {
        let n = self.stack.len();
        self.stack.truncate(n - 2);
    }

    /// The i-th item from the top (1 = TOS).
    #[inline]
    pub fn peek(&self, i: usize) -> &Value {
        &self.stack[self.stack.len() - i]
    }
}
