//! The value representation: immediates inline, everything else a reference-counted heap object.
//!
//! `None`, `bool`, small `int` (fits in `i64`) and `float` never allocate. Every other value is a
//! [`PyRef`], an `Rc` to a [`PyObject`]. Identity (`is`, `id()`) is the `Rc` pointer. Reference counting
//! frees non-cyclic garbage at once (a file closes when its last reference goes); the cycle collector in
//! `gc.rs` reclaims cycles.

use std::rc::Rc;

use crate::object::{Payload, PyObject};

pub type PyRef = Rc<PyObject>;

/// `repr(u64)`: an 8-byte tag keeps every payload at offset 8, so copying a value is two aligned
/// word moves (with a 1-byte tag, `Bool` sits at offset 1 and copies become unaligned partial moves).
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    /// An `int` that fits in `i64`. Larger ints are `Obj` with `Payload::Int`.
    Int(i64),
    Float(f64),
    Obj(PyRef),
    /// The empty stack slot of `LoadMethod`'s "no self" case. Never visible to Python code.
    Null,
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Clone for Value {
    /// A bitwise copy plus a reference-count increment for `Obj`. The derived clone rebuilds the
    /// value field by field (a tag store and a payload store) into a temporary that is then read
    /// back with one 16-byte load, which defeats store forwarding on every `LoadFast`/`push`.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            // SAFETY: `o` is a live `Rc`; the increment pays for the second owner created below.
            unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) };
        }
        // SAFETY: every variant is plain data except `Obj`, whose count was incremented above.
        unsafe { std::ptr::read(self) }
    }
}
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

impl Value {
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// `a is b`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints behave as if cached, like CPython's small-int cache (and beyond it: two equal
            // small ints are always the same object here).
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::Null, Value::Null) => true,
            _ => false,
        }
    }

    /// The value of `id()`.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            // Immediates have no address; give each a stable, distinct-looking number.
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as i64 * 16,
            Value::Int(i) => i.wrapping_mul(32).wrapping_add(0x2000_0000_0001),
            Value::Float(f) => (f.to_bits() as i64).wrapping_mul(32).wrapping_add(0x3),
            Value::Null => 0,
        }
    }
}

impl From<PyRef> for Value {
    fn from(o: PyRef) -> Self {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
