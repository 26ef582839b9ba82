//! How many objects CPython 3.11 would have found, for `gc.collect()`'s return value.
//!
//! Ferrython's objects are not laid out like CPython's, so the number of unreachable objects the
//! collector frees differs from what CPython reports for the same garbage. This module counts the
//! garbage the way CPython's collector would see it, for the common shapes:
//!
//! - An instance of a class keeps its attributes inline (3.11's managed dict): its `__dict__` is
//!   only an object of its own once Python code has asked for it (`DICT_EXPOSED`).
//! - A plain `dict` is tracked only while it holds something that may be tracked
//!   (`MAINTAIN_TRACKING`), so `{'x': 1}` hanging off a cycle is not counted.
//! - A class is the type object and its `__mro__` and `__bases__` tuples (one object here); the
//!   `__dict__` and `__weakref__` descriptors `type_new` adds are real objects in both.
//! - A `staticmethod` or `classmethod` has a `__dict__` holding the wrapped function's attributes.

use std::collections::HashSet;
use std::rc::Rc;

use crate::object::{Payload, PyObject};
use crate::objects::types::Layout;
use crate::value::{PyRef, Value};

/// `gc.is_tracked(v)` as CPython answers it: is `v` an object its collector would track?
pub fn may_be_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => object_tracked(o, 0),
        _ => false,
    }
}

/// Is `o` tracked? A dict only while it holds a possibly tracked key or value (`MAINTAIN_TRACKING`),
/// a tuple (approximately) while it holds one.
fn object_tracked(o: &PyObject, depth: u32) -> bool {
    match &o.payload {
        Payload::Dict(d) if exact(o) => {
            let Ok(d) = d.try_borrow() else { return true };
            let candidate = |v: &Value| matches!(v, Value::Obj(x) if may_be_tracked_item(x, depth + 1));
            d.iter().any(|e| candidate(&e.key) || candidate(&e.value))
        }
        Payload::Tuple(t) if exact(o) => t.iter().any(|v| matches!(v, Value::Obj(x) if may_be_tracked_item(x, depth + 1))),
        _ => is_gc_object(o),
    }
}

/// `_PyObject_GC_MAY_BE_TRACKED` of an item: any collectable object, a tuple only if tracked.
fn may_be_tracked_item(o: &PyObject, depth: u32) -> bool {
    match &o.payload {
        Payload::Tuple(_) if exact(o) => depth < 64 && object_tracked(o, depth),
        _ => is_gc_object(o),
    }
}

fn exact(o: &PyObject) -> bool {
    o.class.try_borrow().is_ok_and(|c| c.as_type().is_some_and(|t| t.builtin))
}

/// Is `o` of a type CPython's collector handles at all (`PyObject_IS_GC`)?
pub fn is_gc_object(o: &PyObject) -> bool {
    match &o.payload {
        Payload::Str(_) | Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) | Payload::Bytes(_) | Payload::ByteArray(_) => !exact(o),
        Payload::Range(_) | Payload::Code(_) | Payload::NotImplemented | Payload::Ellipsis => false,
        Payload::Type(t) => !t.builtin,
        Payload::Plain => !exact(o) || o.dict.try_borrow().is_ok_and(|d| d.is_some()),
        _ => true,
    }
}

/// Does `o` keep its attributes inline in CPython 3.11 (an instance of a class whose instances have
/// a managed dict)?
fn has_managed_dict(o: &PyObject) -> bool {
    if matches!(o.payload, Payload::Type(_) | Payload::Exception(_) | Payload::Module | Payload::Function(_)) {
        return false;
    }
    let Ok(class) = o.class.try_borrow() else { return false };
    class.as_type().is_some_and(|t| !t.builtin && !matches!(t.layout, Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes))
}

/// The number of objects CPython would report for the garbage `unreachable`, and which of them it
/// would have (the others are parts of objects, or untracked: `DEBUG_SAVEALL` leaves them out of
/// `gc.garbage`).
pub(crate) fn cpython_count(unreachable: &[&PyRef]) -> (usize, Vec<bool>) {
    // Instance dicts CPython would not have: the attributes live in the instance.
    let mut inline: HashSet<usize> = HashSet::new();
    for o in unreachable {
        if has_managed_dict(o)
            && let Ok(d) = o.dict.try_borrow()
            && let Some(d) = &*d
            && d.flags.get() & super::DICT_EXPOSED == 0
        {
            inline.insert(Rc::as_ptr(d) as usize);
        }
    }
    let mut n = 0;
    let mut visible = Vec::with_capacity(unreachable.len());
    for o in unreachable {
        let weight = match &o.payload {
            Payload::Dict(_) if inline.contains(&(Rc::as_ptr(o) as usize)) => 0,
            // The type object and its `__mro__` and `__bases__` tuples. The `__dict__`, `__weakref__`
            // and slot descriptors `type_new` adds are objects of their own here too, in the
            // namespace (which they make tracked), and are counted as themselves.
            Payload::Type(t) if !t.builtin => 3,
            // Since 3.10 these copy the function's attributes (`__wrapped__`, `__doc__`, ...) into
            // a `__dict__` of their own.
            Payload::StaticMethod(_) | Payload::ClassMethod(_) if o.dict.try_borrow().is_ok_and(|d| d.is_none()) => 2,
            _ => object_tracked(o, 0) as usize,
        };
        n += weight;
        visible.push(weight > 0);
    }
    (n, visible)
}
