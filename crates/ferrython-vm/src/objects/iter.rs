//! State of the built-in iterators (`list_iterator`, `range_iterator`, `enumerate`, `zip`, ...).

use crate::object::DictViewKind;
use crate::value::{PyRef, Value};

pub enum IterState {
    /// Iterates a list, tuple or any object with `__getitem__` by index.
    Seq {
        seq: Value,
        index: usize,
    },
    Str {
        s: PyRef,
        byte_pos: usize,
    },
    Bytes {
        b: PyRef,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// `len` is the dict's size when iteration started, `remaining` how many entries are still due.
    Dict {
        dict: PyRef,
        pos: usize,
        kind: DictViewKind,
        len: usize,
        remaining: usize,
    },
    /// `reversed(d)`: `pos` counts the entry slots not yet examined, from the end.
    DictReversed {
        dict: PyRef,
        pos: usize,
        kind: DictViewKind,
        len: usize,
        remaining: usize,
    },
    Set {
        set: PyRef,
        pos: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    CallIter {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}
