//! Weak references (`weakref.ref`, `weakref.proxy`): objects that refer to another object without
//! keeping it alive, and are told when it dies.
//!
//! A weak reference holds an `rc::Weak` to its referent. An object that has weak references carries
//! the `gc::HAS_WEAKREFS` flag and an entry in a per-thread table from its address to its weak
//! references, in CPython's `tp_weaklist` order (the reusable callback-less `ref`, then the
//! callback-less proxy, then the others, newest first), so objects without weak references pay
//! nothing. When such an object is freed, by reference counting (`Drop`) or by the cycle collector,
//! its weak references are cleared and the callbacks of those still alive are queued, to run at the
//! next instruction boundary like finalizers, in list order (as `PyObject_ClearWeakRefs`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::object::{Payload, PyObject};
use crate::objects::types::BuildPtrHasher;
use crate::value::{PyRef, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeakKind {
    /// `weakref.ref` (`ReferenceType`) and its subclasses.
    Ref,
    /// `weakref.proxy` of an object that is not callable (`ProxyType`).
    Proxy,
    /// `weakref.proxy` of a callable object (`CallableProxyType`).
    CallableProxy,
}

impl WeakKind {
    pub fn is_proxy(self) -> bool {
        self != WeakKind::Ref
    }
}

pub struct WeakRefData {
    /// The referent; a `Weak::new()` once cleared.
    pub referent: RefCell<Weak<PyObject>>,
    /// The callback, None when there is none or after it was taken to be called.
    pub callback: RefCell<Value>,
    /// The referent's hash, computed on first use and kept after the referent dies.
    pub hash: Cell<Option<i64>>,
    pub kind: WeakKind,
    /// The `__slots__` values of a subclass instance (`class KeyedRef(ref): __slots__ = ('key',)`).
    pub slots: RefCell<Box<[Option<Value>]>>,
}

impl WeakRefData {
    pub fn new(referent: &PyRef, callback: Value, kind: WeakKind, nslots: usize) -> WeakRefData {
        WeakRefData {
            referent: RefCell::new(Rc::downgrade(referent)),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
            kind,
            slots: RefCell::new(vec![None; nslots].into_boxed_slice()),
        }
    }

    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<PyRef> {
        self.referent.borrow().upgrade()
    }

    fn clear(&self) {
        *self.referent.borrow_mut() = Weak::new();
    }
}

thread_local! {
    /// Address of a weakly referenced object -> its weak references (weak themselves: a weak reference
    /// that dies is just skipped, and pruned when the list grows).
    static WEAKLISTS: RefCell<HashMap<usize, Vec<Weak<PyObject>>, BuildPtrHasher>> = RefCell::new(HashMap::default());
    /// Set once the interpreter tears `__main__` down (`callbacks_off`).
    static CALLBACKS_OFF: Cell<bool> = const { Cell::new(false) };
}

/// From now on, weak references are cleared without calling their callbacks. At exit CPython frees
/// what `__main__` held as one cyclic garbage collection, which calls no callback of a weak
/// reference that is garbage itself, and those in `__main__` all are; Ferrython clears
/// `__main__`'s names one by one instead, which would call them.
pub fn callbacks_off() {
    CALLBACKS_OFF.with(|c| c.set(true));
}

fn callbacks_wanted() -> bool {
    !CALLBACKS_OFF.try_with(|c| c.get()).unwrap_or(true)
}

fn data(wr: &PyObject) -> Option<&WeakRefData> {
    match &wr.payload {
        Payload::WeakRef(w) => Some(w),
        _ => None,
    }
}

/// The live weak references to `obj`, in list order.
pub fn weakrefs_of(obj: &PyRef) -> Vec<PyRef> {
    if obj.flags.get() & crate::gc::HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    let key = Rc::as_ptr(obj) as usize;
    WEAKLISTS.with(|t| t.borrow().get(&key).map(|l| l.iter().filter_map(Weak::upgrade).collect()).unwrap_or_default())
}

/// Is `wr` a "basic" weak reference of `kind` (no callback, exactly the built-in type), the kind
/// `ref(obj)` and `proxy(obj)` share instead of creating another?
fn is_basic(wr: &PyObject, kind: WeakKind, basic_class: &PyRef) -> bool {
    data(wr).is_some_and(|d| d.kind == kind && d.callback.borrow().is_none()) && Rc::ptr_eq(&wr.class.borrow(), basic_class)
}

/// The existing basic weak reference of `kind` to `obj`, if any.
pub fn find_basic(obj: &PyRef, kind: WeakKind, basic_class: &PyRef) -> Option<PyRef> {
    weakrefs_of(obj).into_iter().find(|w| is_basic(w, kind, basic_class))
}

/// Add the new weak reference `wr` to `obj`'s list where CPython puts it: a basic `ref` first, a
/// basic proxy after it, any other right after those.
pub fn register(obj: &PyRef, wr: &PyRef, ref_class: &PyRef, proxy_classes: [&PyRef; 2]) {
    obj.flags.set(obj.flags.get() | crate::gc::HAS_WEAKREFS);
    let key = Rc::as_ptr(obj) as usize;
    WEAKLISTS.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.entry(key).or_default();
        // Drop the entries of dead weak references before the list would grow.
        if list.len() == list.capacity() {
            list.retain(|w| w.strong_count() > 0);
        }
        let basic_ref = |w: &PyObject| is_basic(w, WeakKind::Ref, ref_class);
        let basic_proxy = |w: &PyObject| proxy_classes.iter().any(|c| is_basic(w, WeakKind::Proxy, c) || is_basic(w, WeakKind::CallableProxy, c));
        let pos = if basic_ref(wr) {
            0
        } else {
            // After the basic ref and basic proxy, which are always at the front.
            let mut pos = 0;
            while let Some(w) = list.get(pos) {
                match w.upgrade() {
                    Some(w) if basic_ref(&w) || basic_proxy(&w) => pos += 1,
                    _ => break,
                }
            }
            pos
        };
        list.insert(pos, Rc::downgrade(wr));
    });
}

/// Remove and return the weak reference list of the object at `addr`. (An object is freed from
/// `Drop`, which never runs while the table is borrowed; `try_` keeps a mistake there from
/// panicking, at the price of that object's callbacks.)
fn take_list(addr: usize) -> Option<Vec<Weak<PyObject>>> {
    WEAKLISTS.try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr))).ok().flatten()
}

/// `obj` (at address `addr`) is being freed: clear its weak references and queue the callbacks of
/// those still alive.
pub(crate) fn referent_freed(addr: usize) {
    let Some(list) = take_list(addr) else { return };
    for wr in list.iter().filter_map(Weak::upgrade) {
        if let Some(d) = data(&wr) {
            d.clear();
            let cb = d.callback.replace(Value::None);
            if !cb.is_none() && callbacks_wanted() {
                crate::gc::queue_weakref_callback(wr.clone(), cb);
            }
        }
    }
}

/// An object with a finalizer was moved to `new` (at `old_addr` before) so `__del__` can run: its weak
/// references follow it, and are cleared when it is freed for good (CPython clears them after
/// `__del__`, so they still answer during it).
pub(crate) fn referent_moved(old_addr: usize, new: &PyRef) {
    let Some(list) = take_list(old_addr) else { return };
    for wr in list.iter().filter_map(Weak::upgrade) {
        if let Some(d) = data(&wr) {
            *d.referent.borrow_mut() = Rc::downgrade(new);
        }
    }
    new.flags.set(new.flags.get() | crate::gc::HAS_WEAKREFS);
    let _ = WEAKLISTS.try_with(|t| t.try_borrow_mut().map(|mut t| t.insert(Rc::as_ptr(new) as usize, list)));
}

/// The cycle collector found `obj` unreachable: clear its weak references (before any finalizer
/// runs, as `handle_weakrefs`), and return those whose callback must be called: the live weak
/// references that are not garbage themselves, with their callbacks.
pub(crate) fn clear_for_collection(obj: &PyRef, is_garbage: &dyn Fn(&PyRef) -> bool) -> Vec<(PyRef, Value)> {
    obj.flags.set(obj.flags.get() & !crate::gc::HAS_WEAKREFS);
    let key = Rc::as_ptr(obj) as usize;
    let Some(list) = take_list(key) else { return Vec::new() };
    let mut calls = Vec::new();
    for wr in list.iter().filter_map(Weak::upgrade) {
        if let Some(d) = data(&wr) {
            d.clear();
            if !is_garbage(&wr) && !d.callback.borrow().is_none() && callbacks_wanted() {
                let cb = d.callback.replace(Value::None);
                calls.push((wr.clone(), cb));
            }
        }
    }
    calls
}
