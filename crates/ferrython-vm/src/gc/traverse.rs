//! What the collector needs to know of each object: the objects it refers to (`traverse`, CPython's
//! `tp_traverse`) and how to break those references (`clear`, `tp_clear`).

use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};

/// Call `visit` on every object `obj` refers to directly. Returns false when a borrow was not
/// available (the object is then treated as referenced from outside).
pub(crate) fn traverse(obj: &PyObject, visit: &mut dyn FnMut(&PyRef)) -> bool {
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
            // The method cache holds what lookups found (a method whose `__class__` cell points
            // back at the class, say): references like any other.
            let Ok(cache) = t.lookup_cache.try_borrow() else { return false };
            for (_, hit) in cache.values() {
                if let Some(x) = hit {
                    v(x);
                }
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
            v(&g.finalizer);
        }
        Payload::Awaitable(a) => {
            let (Ok(g), Ok(arg)) = (a.target.try_borrow(), a.arg.try_borrow()) else { return false };
            v(&g);
            v(&arg);
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
        // The referent is weak: only the callback is a reference.
        Payload::WeakRef(w) => {
            let Ok(cb) = w.callback.try_borrow() else { return false };
            v(&cb);
        }
        Payload::Builtin(b) => {
            if let Some(s) = &b.bound {
                v(s);
            }
        }
        Payload::Member(m) => v(&Value::Obj(m.owner.clone())),
        _ => {}
    }
    if let Some(slots) = obj.slot_storage() {
        let Ok(s) = slots.try_borrow() else { return false };
        s.iter().flatten().for_each(&mut v);
    }
    true
}

/// Break the references of an unreachable object, moving them into `garbage` (dropped by the caller
/// after every object is cleared, so no destructor runs in the middle).
pub(crate) fn clear(obj: &PyObject, garbage: &mut Vec<Value>) {
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
            let cache = std::mem::take(&mut *t.lookup_cache.borrow_mut());
            garbage.extend(cache.into_values().filter_map(|(_, hit)| hit));
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
            garbage.push(std::mem::replace(&mut g.borrow_mut().finalizer, Value::None));
        }
        Payload::Awaitable(a) => {
            garbage.push(a.target.replace(Value::None));
            garbage.push(a.arg.replace(Value::None));
        }
        Payload::Slots(s) => garbage.extend(s.borrow_mut().iter_mut().filter_map(Option::take)),
        Payload::Exception(e) => {
            garbage.extend(e.slots.borrow_mut().iter_mut().filter_map(Option::take));
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
        Payload::WeakRef(w) => {
            garbage.push(w.callback.replace(Value::None));
            garbage.extend(w.slots.borrow_mut().iter_mut().filter_map(Option::take));
        }
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
