//! Memory management beyond reference counting: the cycle collector, finalizers and weak reference
//! callbacks.
//!
//! Reference counting (`Rc`) frees everything that is not part of a cycle the moment its last reference
//! goes. Cycles are everywhere in Python (a module's functions refer to the module's dict, a class's
//! MRO starts with the class itself), so container objects are registered here when created, and a
//! collection runs CPython's algorithm (`Modules/gcmodule.c`): for every registered object,
//! `gc_refs = refcount - references from other registered objects`; objects with `gc_refs > 0` are
//! referenced from outside (a frame, the VM's own tables) and everything reachable from them survives.
//! The rest is garbage held only by itself: its references are cleared, which lets `Rc` free it.
//!
//! Objects whose class defines `__del__`, and suspended generators inside a `try`/`with`, are finalized
//! when freed: `Drop` moves their contents into a fresh object and queues it; the interpreter loop
//! runs the queued finalizers at the next instruction boundary, as close as it can to CPython's
//! "immediately on decref". Callbacks of weak references to a freed object are queued the same way
//! (`objects/weakref.rs`). For cyclic garbage the order is CPython's (PEP 442): weak references are
//! cleared and their callbacks queued, then the finalizers, and the garbage is cleared only on the
//! next pass, if the finalizers did not resurrect it.

mod count;
mod traverse;

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};

pub use count::{is_gc_object, may_be_tracked};
pub(crate) use traverse::traverse;

/// `PyObject::flags` bit: the finalizer already ran (or was queued); never queue it again.
pub const FINALIZED: u8 = 1;
/// `PyObject::flags` bit: the object has (or had) weak references (`objects/weakref.rs`).
pub const HAS_WEAKREFS: u8 = 2;
/// `PyObject::flags` bit of a dict: Python code has seen it as an instance's `__dict__` (CPython
/// 3.11 then materialises the dict the instance otherwise keeps inline; see `gc/count.rs`).
pub const DICT_EXPOSED: u8 = 4;

/// `gc.DEBUG_SAVEALL`: put the garbage in `gc.garbage` instead of freeing it.
pub const DEBUG_SAVEALL: i64 = 32;

/// CPython's default thresholds (`gc.get_threshold()`).
const DEFAULT_THRESHOLDS: [i64; 3] = [700, 10, 10];

/// Work the interpreter loop does at the next instruction boundary.
pub enum Pending {
    /// Call `__del__` of (or close) this object.
    Finalize(PyRef),
    /// Call a weak reference's callback with the weak reference.
    WeakrefCallback(PyRef, Value),
}

thread_local! {
    /// Containers created on this thread (weak, so the registry keeps nothing alive).
    static REGISTRY: RefCell<Vec<Weak<PyObject>>> = const { RefCell::new(Vec::new()) };
    /// Containers `gc.freeze()` moved out of the registry: collections ignore them.
    static FROZEN: RefCell<Vec<Weak<PyObject>>> = const { RefCell::new(Vec::new()) };
    /// How many registry entries survived the last collection (the rest are younger).
    static SURVIVORS: Cell<usize> = const { Cell::new(0) };
    static NEXT_COLLECTION: Cell<usize> = const { Cell::new(DEFAULT_THRESHOLDS[0] as usize) };
    static THRESHOLDS: Cell<[i64; 3]> = const { Cell::new(DEFAULT_THRESHOLDS) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// A collection is running (no other may start, as CPython's `gcstate->collecting`).
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    static DEBUG: Cell<i64> = const { Cell::new(0) };
    /// The `gc.garbage` list, once the `gc` module exists.
    static GARBAGE: RefCell<Option<PyRef>> = const { RefCell::new(None) };
    /// Collections run and objects collected (`gc.get_stats()`).
    static STATS: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
    /// Finalizers and weak reference callbacks waiting to run, in order.
    static PENDING: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
    /// The queue is being run (`FinalizersRunning`).
    static FINALIZING: Cell<bool> = const { Cell::new(false) };
    /// Set when a collection or finalizer is due; the interpreter loop checks it per instruction.
    pub(crate) static ATTENTION: Cell<bool> = const { Cell::new(false) };
}

/// Is `payload` a container that can take part in a reference cycle?
fn is_container(payload: &Payload, has_dict: bool) -> bool {
    has_dict
        || matches!(
            payload,
            Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Tuple(_)
                | Payload::Function(_)
                | Payload::BoundMethod(_)
                | Payload::Type(_)
                | Payload::Cell(_)
                | Payload::Generator(_)
                | Payload::Awaitable(_)
                | Payload::Exception(_)
                | Payload::Traceback(_)
                | Payload::Property(_)
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_)
                | Payload::Super(_)
                | Payload::Iterator(_)
                | Payload::DictView(..)
                | Payload::MappingProxy(_)
                | Payload::GenericAlias(_)
                | Payload::Union(_)
                | Payload::Slots(_)
                | Payload::Member(_)
                | Payload::FrozenSet(_)
                | Payload::WeakRef(_)
        )
        || matches!(payload, Payload::Builtin(b) if b.bound.is_some())
}

/// Register a new object if it is a container.
#[inline]
pub(crate) fn track(obj: &PyRef) {
    if let Payload::Tuple(t) = &obj.payload {
        // A tuple of immediates and strings can never be part of a cycle.
        if t.iter().all(|v| !matches!(v, Value::Obj(o) if !matches!(o.payload, Payload::Str(_) | Payload::Int(_)))) {
            return;
        }
    }
    if !is_container(&obj.payload, obj.dict.borrow().is_some()) {
        return;
    }
    let _ = REGISTRY.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else { return };
        r.push(Rc::downgrade(obj));
        if r.len() >= NEXT_COLLECTION.with(|n| n.get()) && ENABLED.with(|e| e.get()) {
            ATTENTION.with(|a| a.set(true));
        }
    });
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// Is an automatic collection due? (Enabled, threshold 0 not set, none running, and enough new
/// containers since the last one.)
pub(crate) fn collection_due() -> bool {
    ENABLED.with(|e| e.get())
        && THRESHOLDS.with(|t| t.get()[0]) != 0
        && !COLLECTING.with(|c| c.get())
        && REGISTRY.with(|r| r.borrow().len()) >= NEXT_COLLECTION.with(|n| n.get())
}

fn queue(p: Pending) {
    let _ = PENDING.try_with(|q| q.borrow_mut().push_back(p));
    let _ = ATTENTION.try_with(|a| a.set(true));
}

/// Queue `obj` (a resurrected object) for its finalizer.
fn queue_finalizer(obj: PyRef) {
    queue(Pending::Finalize(obj));
}

/// Queue a weak reference's callback.
pub(crate) fn queue_weakref_callback(wr: PyRef, callback: Value) {
    queue(Pending::WeakrefCallback(wr, callback));
}

/// Marks the queued finalizers and callbacks as being run, until dropped.
pub(crate) struct FinalizersRunning;

impl FinalizersRunning {
    /// None if they are already being run (further up the Rust stack).
    pub(crate) fn enter() -> Option<FinalizersRunning> {
        (!FINALIZING.with(|f| f.replace(true))).then_some(FinalizersRunning)
    }
}

impl Drop for FinalizersRunning {
    fn drop(&mut self) {
        FINALIZING.with(|f| f.set(false));
    }
}

/// The next queued finalizer or callback.
pub(crate) fn next_pending() -> Option<Pending> {
    PENDING.with(|q| q.borrow_mut().pop_front())
}

/// Does freeing this object need a finalizer run?
fn needs_finalizer(obj: &PyObject) -> bool {
    if obj.flags.get() & FINALIZED != 0 {
        return false;
    }
    match &obj.payload {
        Payload::Generator(g) => g.try_borrow().is_ok_and(|g| {
            use crate::objects::generator::GenKind;
            let suspended_in_block = g.started && g.frame.as_ref().is_some_and(|f| !f.blocks.is_empty());
            !g.finished
                && match g.kind {
                    // A coroutine never started gets CPython's "was never awaited" warning.
                    GenKind::Coroutine => !g.started || suspended_in_block,
                    // An async generator goes to the finalizer hook asyncio installed, if any.
                    GenKind::AsyncGenerator => (!g.finalizer.is_none() && !g.closed) || suspended_in_block,
                    GenKind::Generator => suspended_in_block,
                }
        }),
        _ => obj.class.try_borrow().is_ok_and(|c| c.as_type().is_some_and(|t| t.has_finalizer.get())),
    }
}

impl Drop for PyObject {
    fn drop(&mut self) {
        let weakly_referenced = self.flags.get() & HAS_WEAKREFS != 0;
        let addr = self as *const PyObject as usize;
        if !needs_finalizer(self) {
            if weakly_referenced {
                crate::objects::weakref::referent_freed(addr);
            }
            return;
        }
        // Resurrect: move the contents into a new object the finalizer can use.
        let class = self.class.borrow().clone();
        let dict = self.dict.borrow_mut().take();
        let payload = std::mem::replace(&mut self.payload, Payload::Plain);
        let obj = Rc::new(PyObject {
            class: RefCell::new(class),
            dict: RefCell::new(dict),
            payload,
            flags: Cell::new(FINALIZED),
            gc_slot: Cell::new(u32::MAX),
        });
        track(&obj);
        if weakly_referenced {
            crate::objects::weakref::referent_moved(addr, &obj);
        }
        queue_finalizer(obj);
    }
}

/// What one collection did.
#[derive(Default, Clone, Copy)]
pub struct Collection {
    /// The unreachable objects found, counted as CPython would count them (`gc/count.rs`).
    pub found: usize,
    /// Finalizers were queued: the garbage is freed by the next collection, after they ran.
    pub finalizers: bool,
}

/// Run a full collection.
pub fn collect() -> Collection {
    if COLLECTING.with(|c| c.replace(true)) {
        return Collection::default();
    }
    let result = collect_registered();
    COLLECTING.with(|c| c.set(false));
    STATS.with(|s| {
        let (runs, found) = s.get();
        s.set((runs + 1, found + result.found));
    });
    result
}

fn collect_registered() -> Collection {
    let objs: Vec<PyRef> = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|w| w.strong_count() > 0);
        r.iter().filter_map(|w| w.upgrade()).collect()
    });
    for (i, o) in objs.iter().enumerate() {
        o.gc_slot.set(i as u32);
    }
    // The collection index of a referenced object, if it is one of `objs` (an object outside the
    // registry may carry a stale slot from an earlier collection: the identity check rejects it).
    let slot = |r: &PyRef| -> Option<usize> {
        let j = r.gc_slot.get() as usize;
        objs.get(j).filter(|o| Rc::ptr_eq(o, r)).map(|_| j)
    };
    // Our own upgrade added one reference to each.
    let mut gc_refs: Vec<isize> = objs.iter().map(|o| Rc::strong_count(o) as isize - 1).collect();
    let mut opaque = vec![false; objs.len()];
    for (i, o) in objs.iter().enumerate() {
        let ok = traverse(o, &mut |r| {
            if let Some(j) = slot(r) {
                gc_refs[j] -= 1;
            }
        });
        if !ok {
            opaque[i] = true;
        }
    }
    // Everything reachable from an externally referenced object survives.
    let mut reachable = vec![false; objs.len()];
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| gc_refs[i] > 0 || opaque[i]).collect();
    for &i in &stack {
        reachable[i] = true;
    }
    // The references the survivors hold (the garbage's would make the next collection wait in
    // proportion to how much garbage this one found, which grows without bound).
    let mut edges = 0usize;
    while let Some(i) = stack.pop() {
        traverse(&objs[i], &mut |r| {
            edges += 1;
            if let Some(j) = slot(r)
                && !reachable[j]
            {
                reachable[j] = true;
                stack.push(j);
            }
        });
    }
    let unreachable: Vec<&PyRef> = objs.iter().enumerate().filter(|(i, _)| !reachable[*i]).map(|(_, o)| o).collect();
    let (found, visible) = count::cpython_count(&unreachable);
    // Weak references to the garbage are cleared first, and their callbacks queued ahead of any
    // finalizer (`handle_weakrefs`); weak references that are garbage themselves get no callback.
    let is_garbage = |w: &PyRef| slot(w).is_some_and(|j| !reachable[j]);
    for o in &unreachable {
        if o.flags.get() & HAS_WEAKREFS != 0 {
            for (wr, cb) in crate::objects::weakref::clear_for_collection(o, &is_garbage) {
                queue_weakref_callback(wr, cb);
            }
        }
    }
    // Objects with finalizers are finalized first and collected on a later pass (CPython 3.4+, PEP 442).
    let (finalize, plain): (Vec<&PyRef>, Vec<&PyRef>) = unreachable.iter().partition(|o| needs_finalizer(o));
    let finalizers = !finalize.is_empty();
    let mut garbage = Vec::new();
    if finalizers {
        for o in finalize {
            o.flags.set(o.flags.get() | FINALIZED);
            queue_finalizer((*o).clone());
        }
    } else if DEBUG.with(|d| d.get()) & DEBUG_SAVEALL != 0 {
        let list = GARBAGE.with(|g| g.borrow().clone());
        if let Some(Payload::List(l)) = list.as_ref().map(|l| &l.payload) {
            let shown = unreachable.iter().zip(&visible).filter(|(_, v)| **v).map(|(o, _)| Value::Obj((*o).clone()));
            l.borrow_mut().extend(shown);
        }
    } else {
        for o in &plain {
            traverse::clear(o, &mut garbage);
        }
    }
    drop(objs);
    drop(garbage);
    // The next collection comes after as many new containers as survived this one, plus a quarter
    // of the references they hold (at least threshold 0): a collection's cost is the survivors and
    // their references (one list of a million strings is one container but a million
    // references), so the cost stays proportional to allocation.
    let live = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|w| w.strong_count() > 0);
        r.len()
    });
    SURVIVORS.with(|s| s.set(live));
    let threshold = THRESHOLDS.with(|t| t.get()[0]).max(1) as usize;
    NEXT_COLLECTION.with(|n| n.set(live + (live + edges / 4).max(threshold)));
    Collection { found, finalizers }
}

// ----- what the `gc` module shows -----------------------------------------------------------------

/// `gc.get_count()`: containers registered since the last collection that are still alive (the
/// collector has one generation; the other two counts are 0).
pub fn young_count() -> usize {
    let survivors = SURVIVORS.with(|s| s.get());
    REGISTRY.with(|r| r.borrow().get(survivors..).map_or(0, |young| young.iter().filter(|w| w.strong_count() > 0).count()))
}

pub fn thresholds() -> [i64; 3] {
    THRESHOLDS.with(|t| t.get())
}

/// `gc.set_threshold`: threshold 0 is the least number of new containers between automatic
/// collections (0 turns them off).
pub fn set_thresholds(t: [i64; 3]) {
    THRESHOLDS.with(|c| c.set(t));
    let live = SURVIVORS.with(|s| s.get());
    NEXT_COLLECTION.with(|n| n.set(live + live.max(t[0].max(1) as usize)));
}

pub fn debug_flags() -> i64 {
    DEBUG.with(|d| d.get())
}

pub fn set_debug_flags(flags: i64) {
    DEBUG.with(|d| d.set(flags));
}

/// Remember the `gc.garbage` list (`DEBUG_SAVEALL` appends to it).
pub fn set_garbage_list(list: PyRef) {
    GARBAGE.with(|g| *g.borrow_mut() = Some(list));
}

/// `(collections, collected)` so far.
pub fn stats() -> (usize, usize) {
    STATS.with(|s| s.get())
}

/// `gc.freeze()`: move every registered container out of the collector's sight.
pub fn freeze() {
    let all = REGISTRY.with(|r| std::mem::take(&mut *r.borrow_mut()));
    FROZEN.with(|f| f.borrow_mut().extend(all.into_iter().filter(|w| w.strong_count() > 0)));
    SURVIVORS.with(|s| s.set(0));
    NEXT_COLLECTION.with(|n| n.set(THRESHOLDS.with(|t| t.get()[0]).max(1) as usize));
}

/// `gc.unfreeze()`: give the frozen containers back to the collector.
pub fn unfreeze() {
    let frozen = FROZEN.with(|f| std::mem::take(&mut *f.borrow_mut()));
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let split = SURVIVORS.with(|s| s.get()).min(r.len());
        let young = r.split_off(split);
        r.extend(frozen.into_iter().filter(|w| w.strong_count() > 0));
        SURVIVORS.with(|s| s.set(r.len()));
        r.extend(young);
    });
}

pub fn freeze_count() -> usize {
    FROZEN.with(|f| {
        let mut f = f.borrow_mut();
        f.retain(|w| w.strong_count() > 0);
        f.len()
    })
}

/// The live registered containers: those that survived the last collection (`old`) or are younger.
pub fn tracked_objects(old: bool, young: bool) -> Vec<PyRef> {
    let survivors = SURVIVORS.with(|s| s.get());
    REGISTRY.with(|r| {
        let r = r.borrow();
        let survivors = survivors.min(r.len());
        let (o, y) = r.split_at(survivors);
        let mut out = Vec::new();
        for (part, wanted) in [(o, old), (y, young)] {
            if wanted {
                out.extend(part.iter().filter_map(Weak::upgrade));
            }
        }
        out
    })
}

/// The objects `obj` refers to, in the order `gc.get_referents` lists them (its `tp_traverse`:
/// lists and tuples from the end, a dict's values before their keys and no keys at all when they
/// are all strings, the class only for instances of classes written in Python).
pub fn referents(obj: &PyRef) -> Vec<Value> {
    let mut out = Vec::new();
    match &obj.payload {
        Payload::List(l) => out.extend(l.borrow().iter().rev().cloned()),
        Payload::Tuple(t) => out.extend(t.iter().rev().cloned()),
        Payload::Dict(d) => {
            let d = d.borrow();
            let str_keys = d.iter().all(|e| e.key.as_obj().is_some_and(|k| matches!(k.payload, Payload::Str(_))));
            for e in d.iter() {
                out.push(e.value.clone());
                if !str_keys {
                    out.push(e.key.clone());
                }
            }
        }
        Payload::Set(s) | Payload::FrozenSet(s) => out.extend(s.borrow().iter().map(|(_, k)| k.clone())),
        _ => {
            let class = obj.class();
            let heap_class = class.as_type().is_some_and(|t| !t.builtin);
            traverse(obj, &mut |r| {
                if heap_class || !Rc::ptr_eq(r, &class) {
                    out.push(Value::Obj(r.clone()));
                }
            });
            return out;
        }
    }
    let class = obj.class();
    if class.as_type().is_some_and(|t| !t.builtin) {
        if let Some(d) = obj.dict() {
            out.push(Value::Obj(d));
        }
        out.push(Value::Obj(class));
    }
    out
}
