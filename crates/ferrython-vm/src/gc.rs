//! Memory management beyond reference counting: the cycle collector and finalizers.
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
//! "immediately on decref".

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};

/// `PyObject::flags` bit: the finalizer already ran (or was queued); never queue it again.
pub const FINALIZED: u8 = 1;

/// Collect when this many containers were registered since the last collection.
const FIRST_THRESHOLD: usize = 2000;

thread_local! {
    /// Containers created on this thread (weak, so the registry keeps nothing alive).
    static REGISTRY: RefCell<Vec<Weak<PyObject>>> = const { RefCell::new(Vec::new()) };
    static NEXT_COLLECTION: Cell<usize> = const { Cell::new(FIRST_THRESHOLD) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// Objects waiting for their finalizer.
    static FINALIZE_QUEUE: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
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
        )
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
        let mut r = r.borrow_mut();
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

/// Is a collection due?
pub(crate) fn collection_due() -> bool {
    ENABLED.with(|e| e.get()) && REGISTRY.with(|r| r.borrow().len()) >= NEXT_COLLECTION.with(|n| n.get())
}

/// Queue `obj` (a resurrected object) for its finalizer.
fn queue_finalizer(obj: PyRef) {
    let _ = FINALIZE_QUEUE.try_with(|q| q.borrow_mut().push(obj));
    let _ = ATTENTION.try_with(|a| a.set(true));
}

/// Take every queued object.
pub(crate) fn take_finalizers() -> Vec<PyRef> {
    FINALIZE_QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// Does freeing this object need a finalizer run?
fn needs_finalizer(obj: &PyObject) -> bool {
    if obj.flags.get() & FINALIZED != 0 {
        return false;
    }
    match &obj.payload {
        Payload::Generator(g) => g.try_borrow().is_ok_and(|g| g.started && !g.finished && g.frame.as_ref().is_some_and(|f| !f.blocks.is_empty())),
        _ => obj.class.try_borrow().is_ok_and(|c| c.as_type().is_some_and(|t| t.has_finalizer.get())),
    }
}

impl Drop for PyObject {
    fn drop(&mut self) {
        if !needs_finalizer(self) {
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
        queue_finalizer(obj);
    }
}

/// Call `visit` on every object `obj` refers to directly. Returns false when a borrow was not
/// available (the object is then treated as referenced from outside).
fn traverse(obj: &PyObject, visit: &mut dyn FnMut(&PyRef)) -> bool {
    let Ok(class) = obj.class.try_borrow() else { return false };
    visit(&class);
    drop(class);
    let Ok(dict) = obj.dict.try_borrow() else { return false };
    if let Some(d) = &*dict {
        visit(d);
    }
    drop(dict);
    let mut v = |val: &Value| {
        if let Value::Obj(o) = val {
            visit(o);
        }
    };
    match &obj.payload {
        Payload::List(l) => {
            let Ok(l) = l.try_borrow() else { return false };
            l.iter().for_each(&mut v);
        }
        Payload::Tuple(t) => t.iter().for_each(&mut v),
        Payload::Dict(d) => {
            let Ok(d) = d.try_borrow() else { return false };
            for e in d.iter() {
                v(&e.key);
                v(&e.value);
            }
        }
        Payload::Set(s) | Payload::FrozenSet(s) => {
            let Ok(s) = s.try_borrow() else { return false };
            for (_, k) in s.iter() {
                v(k);
            }
        }
        Payload::Function(f) => {
            let Ok(code) = f.code.try_borrow() else { return false };
            code.consts.iter().for_each(&mut v);
            drop(code);
            v(&Value::Obj(PyRef::clone(&f.globals)));
            for cell in [&f.name, &f.qualname, &f.defaults, &f.kwdefaults, &f.closure, &f.doc, &f.module, &f.annotations] {
                let Ok(c) = cell.try_borrow() else { return false };
                v(&c);
            }
        }
        Payload::BoundMethod(m) => {
            v(&m.0);
            v(&m.1);
        }
        Payload::Type(t) => {
            for list in [&t.bases, &t.mro] {
                let Ok(l) = list.try_borrow() else { return false };
                l.iter().for_each(|x| v(&Value::Obj(x.clone())));
            }
        }
        Payload::Cell(c) => {
            let Ok(c) = c.try_borrow() else { return false };
            if let Some(x) = &*c {
                v(x);
            }
        }
        Payload::Generator(g) => {
            let Ok(g) = g.try_borrow() else { return false };
            if let Some(frame) = &g.frame {
                frame.stack.iter().for_each(&mut v);
                frame.fast.iter().flatten().for_each(&mut v);
                frame.cells.iter().for_each(|x| v(&Value::Obj(x.clone())));
                v(&Value::Obj(PyRef::clone(&frame.globals)));
                if let Some(l) = &frame.locals {
                    v(l);
                }
                if let Some(f) = &frame.func {
                    v(&Value::Obj(PyRef::clone(f)));
                }
            }
            v(&g.name);
            v(&g.qualname);
        }
        Payload::Exception(e) => {
            let (Ok(args), Ok(tb), Ok(cause), Ok(ctx)) =
                (e.args.try_borrow(), e.traceback.try_borrow(), e.cause.try_borrow(), e.context.try_borrow())
            else {
                return false;
            };
            v(&Value::Obj(PyRef::clone(&args)));
            if let Some(t) = &*tb {
                v(&Value::Obj(PyRef::clone(t)));
            }
            v(&cause);
            v(&ctx);
        }
        Payload::Traceback(t) => {
            let Ok(n) = t.next.try_borrow() else { return false };
            if let Some(n) = &*n {
                v(&Value::Obj(PyRef::clone(n)));
            }
            if let Some(g) = &t.globals {
                v(&Value::Obj(PyRef::clone(g)));
            }
        }
        Payload::Property(p) => {
            for c in p.iter() {
                let Ok(c) = c.try_borrow() else { return false };
                v(&c);
            }
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => {
            let Ok(f) = f.try_borrow() else { return false };
            v(&f);
        }
        Payload::Super(s) => {
            v(&Value::Obj(PyRef::clone(&s.0)));
            v(&s.1);
        }
        Payload::Iterator(it) => {
            let Ok(it) = it.try_borrow() else { return false };
            use crate::objects::iter::IterState::*;
            match &*it {
                Seq { seq, .. } | Reversed { seq, .. } => v(seq),
                Str { s, .. } => v(&Value::Obj(s.clone())),
                Bytes { b, .. } => v(&Value::Obj(b.clone())),
                Dict { dict, .. } | DictReversed { dict, .. } => v(&Value::Obj(dict.clone())),
                Set { set, .. } => v(&Value::Obj(set.clone())),
                Enumerate { iter, count } => {
                    v(iter);
                    v(count);
                }
                Zip { iters, .. } => iters.iter().for_each(&mut v),
                Map { func, iters } => {
                    v(func);
                    iters.iter().for_each(&mut v);
                }
                Filter { func, iter } => {
                    v(func);
                    v(iter);
                }
                CallIter { func, sentinel } => {
                    v(func);
                    v(sentinel);
                }
                Range { .. } | Exhausted => {}
            }
        }
        Payload::DictView(d, _) | Payload::MappingProxy(d) => v(&Value::Obj(d.clone())),
        Payload::GenericAlias(a) => a.iter().for_each(&mut v),
        Payload::Union(u) => u.iter().for_each(&mut v),
        _ => {}
    }
    true
}

/// Break the references of an unreachable object, moving them into `garbage` (dropped by the caller
/// after every object is cleared, so no destructor runs in the middle).
fn clear(obj: &PyObject, garbage: &mut Vec<Value>) {
    if let Some(d) = obj.dict.borrow_mut().take() {
        garbage.push(Value::Obj(d));
    }
    match &obj.payload {
        Payload::List(l) => garbage.append(&mut l.borrow_mut()),
        Payload::Dict(d) => {
            for e in d.borrow_mut().take_all() {
                garbage.push(e.key);
                garbage.push(e.value);
            }
        }
        Payload::Set(s) | Payload::FrozenSet(s) => garbage.extend(s.borrow_mut().take_all()),
        Payload::Function(f) => {
            for cell in [&f.defaults, &f.kwdefaults, &f.closure, &f.annotations, &f.doc, &f.module] {
                garbage.push(cell.replace(Value::None));
            }
        }
        Payload::Type(t) => {
            garbage.extend(t.bases.borrow_mut().drain(..).map(Value::Obj));
            garbage.extend(t.mro.borrow_mut().drain(..).map(Value::Obj));
        }
        Payload::Cell(c) => garbage.extend(c.borrow_mut().take()),
        Payload::Generator(g) => {
            if let Some(frame) = g.borrow_mut().frame.take() {
                let frame = *frame;
                garbage.extend(frame.stack);
                garbage.extend(frame.fast.into_iter().flatten());
                garbage.extend(frame.cells.into_iter().map(Value::Obj));
                garbage.extend(frame.locals);
            }
        }
        Payload::Exception(e) => {
            garbage.extend(e.traceback.borrow_mut().take().map(Value::Obj));
            garbage.push(e.cause.replace(Value::None));
            garbage.push(e.context.replace(Value::None));
        }
        Payload::Traceback(t) => garbage.extend(t.next.borrow_mut().take().map(Value::Obj)),
        Payload::Property(p) => {
            for c in p.iter() {
                garbage.push(c.replace(Value::None));
            }
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => garbage.push(f.replace(Value::None)),
        Payload::Iterator(it) => {
            let old = std::mem::replace(&mut *it.borrow_mut(), crate::objects::iter::IterState::Exhausted);
            drop_later(old, garbage);
        }
        _ => {}
    }
}

fn drop_later(state: crate::objects::iter::IterState, garbage: &mut Vec<Value>) {
    use crate::objects::iter::IterState::*;
    match state {
        Seq { seq, .. } | Reversed { seq, .. } => garbage.push(seq),
        Enumerate { iter, count } => garbage.extend([iter, count]),
        Zip { iters, .. } => garbage.extend(iters),
        Map { func, iters } => {
            garbage.push(func);
            garbage.extend(iters);
        }
        Filter { func, iter } => garbage.extend([func, iter]),
        CallIter { func, sentinel } => garbage.extend([func, sentinel]),
        Str { s, .. } => garbage.push(Value::Obj(s)),
        Bytes { b, .. } => garbage.push(Value::Obj(b)),
        Dict { dict, .. } | DictReversed { dict, .. } => garbage.push(Value::Obj(dict)),
        Set { set, .. } => garbage.push(Value::Obj(set)),
        Range { .. } | Exhausted => {}
    }
}

/// Run a full collection; returns the number of unreachable objects found.
pub fn collect() -> usize {
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
    let mut edges = 0usize;
    for (i, o) in objs.iter().enumerate() {
        let ok = traverse(o, &mut |r| {
            edges += 1;
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
    while let Some(i) = stack.pop() {
        traverse(&objs[i], &mut |r| {
            if let Some(j) = slot(r)
                && !reachable[j]
            {
                reachable[j] = true;
                stack.push(j);
            }
        });
    }
    let unreachable: Vec<&PyRef> = objs.iter().enumerate().filter(|(i, _)| !reachable[*i]).map(|(_, o)| o).collect();
    let found = unreachable.len();
    // Objects with finalizers are finalized first and collected on a later pass (CPython 3.4+, PEP 442).
    let (finalize, plain): (Vec<&PyRef>, Vec<&PyRef>) = unreachable.into_iter().partition(|o| needs_finalizer(o));
    let mut garbage = Vec::new();
    if finalize.is_empty() {
        for o in &plain {
            clear(o, &mut garbage);
        }
    } else {
        for o in finalize {
            o.flags.set(o.flags.get() | FINALIZED);
            queue_finalizer((*o).clone());
        }
    }
    drop(objs);
    drop(garbage);
    // The next collection comes after as many new containers as survived this one, plus a quarter
    // of the references they hold (at least the first threshold): a collection's cost is the
    // survivors and their references (one list of a million strings is one container but a
    // million references), so the cost stays proportional to allocation.
    let live = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|w| w.strong_count() > 0);
        r.len()
    });
    NEXT_COLLECTION.with(|n| n.set(live + (live + edges / 4).max(FIRST_THRESHOLD)));
    found
}
