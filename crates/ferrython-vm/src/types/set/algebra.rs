//! The set algorithms of CPython 3.11's `setobject.c`, step for step: which operand is copied, which is
//! iterated and which probed decides the table layout of the result, and so the order it prints in.

use std::rc::Rc;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::set::SetData;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops::{self, set_cell_opt};

/// `PyAnySet_Check`: a set or frozenset, subclasses included.
pub fn as_anyset(v: &Value) -> Option<&PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Some(o),
        _ => None,
    }
}

/// `PyDict_CheckExact`.
pub fn as_exact_dict<'a>(vm: &Vm, v: &'a Value) -> Option<&'a PyRef> {
    match v {
        Value::Obj(o) if o.as_dict().is_some() && Rc::ptr_eq(&o.class(), &vm.types.dict) => Some(o),
        _ => None,
    }
}

pub fn len(s: &PyRef) -> usize {
    set_cell_opt(s).map_or(0, |c| c.borrow().len())
}

/// The active entries of a set, copied out so Python code may run while they are processed
/// (CPython walks the live table with `set_next`).
pub fn snapshot(s: &PyRef) -> Vec<(i64, Value)> {
    set_cell_opt(s).map_or_else(Vec::new, |c| c.borrow().entries())
}

/// A new empty set (`frozen == false`) or frozenset of the exact built-in type.
pub fn new_exact(vm: &Vm, frozen: bool) -> PyRef {
    let v = if frozen { vm.new_frozenset(SetData::new()) } else { vm.new_set(SetData::new()) };
    match v {
        Value::Obj(o) => o,
        _ => unreachable!("sets are objects"),
    }
}

/// An empty instance of `cls` (a subclass of set or frozenset) with the set payload.
pub fn new_of_class(vm: &Vm, cls: &PyRef, frozen: bool) -> PyRef {
    let cell = std::cell::RefCell::new(SetData::new());
    let payload = if frozen { Payload::FrozenSet(cell) } else { Payload::Set(cell) };
    if cls.as_type().is_some_and(|t| t.has_instance_dict) {
        PyObject::with_dict(cls.clone(), payload, vm.new_dict())
    } else {
        PyObject::new(cls.clone(), payload)
    }
}

/// `make_new_set_basetype(Py_TYPE(so), NULL)`: results of operations on subclasses are plain sets or
/// frozensets.
pub fn new_like(vm: &Vm, so: &PyRef) -> PyRef {
    new_exact(vm, matches!(so.payload, Payload::FrozenSet(_)))
}

/// `set_copy`.
pub fn copy(vm: &mut Vm, so: &PyRef) -> PyResult<PyRef> {
    let result = new_like(vm, so);
    merge(vm, &result, so)?;
    Ok(result)
}

/// `set_merge`: add every key of the set `other` to `so`.
pub fn merge(vm: &mut Vm, so: &PyRef, other: &PyRef) -> PyResult<()> {
    if Rc::ptr_eq(so, other) || len(other) == 0 {
        return Ok(());
    }
    let (Some(dst), Some(src)) = (set_cell_opt(so), set_cell_opt(other)) else { return Ok(()) };
    {
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        dst.reserve_for_merge(src.len());
        if dst.merge_into_empty(&src) {
            return Ok(());
        }
    }
    for (hash, key) in snapshot(other) {
        dict_ops::set_add_hashed(vm, so, key, hash)?;
    }
    Ok(())
}

/// `set_update_internal`: add the keys of any iterable (sets merge, dicts give their stored hashes).
pub fn update_internal(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<()> {
    if let Some(o) = as_anyset(other) {
        return merge(vm, so, o);
    }
    if let Some(d) = as_exact_dict(vm, other) {
        let entries: Vec<(i64, Value)> = d.as_dict().map_or_else(Vec::new, |d| d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect());
        if let Some(cell) = set_cell_opt(so) {
            cell.borrow_mut().reserve_for_merge(entries.len());
        }
        for (hash, key) in entries {
            dict_ops::set_add_hashed(vm, so, key, hash)?;
        }
        return Ok(());
    }
    if let Value::Obj(o) = other
        && let Payload::Tuple(items) = &o.payload
    {
        for key in items.iter() {
            dict_ops::set_add(vm, so, key.clone())?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        dict_ops::set_add(vm, so, key)?;
    }
    Ok(())
}

/// `set_intersection`: iterate the smaller set and probe the larger one; a non-set operand is
/// iterated and probed against `so`.
pub fn intersection(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<PyRef> {
    if let Value::Obj(o) = other
        && Rc::ptr_eq(o, so)
    {
        return copy(vm, so);
    }
    let result = new_like(vm, so);
    if let Some(o) = as_anyset(other) {
        let (probed, iterated) = if len(o) > len(so) { (o, so) } else { (so, o) };
        for (hash, key) in snapshot(iterated) {
            if dict_ops::set_contains_hashed(vm, probed, &key, hash)? {
                dict_ops::set_add_hashed(vm, &result, key, hash)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let hash = vm.hash(&key)?;
        if dict_ops::set_contains_hashed(vm, so, &key, hash)? {
            dict_ops::set_add_hashed(vm, &result, key, hash)?;
            if len(&result) >= len(so) {
                break;
            }
        }
    }
    Ok(result)
}

/// `set_intersection_multi`.
pub fn intersection_multi(vm: &mut Vm, so: &PyRef, others: &[Value]) -> PyResult<PyRef> {
    if others.is_empty() {
        return copy(vm, so);
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_intersection_update`: compute the intersection, then swap tables with it.
pub fn swap_bodies(so: &PyRef, tmp: &PyRef) {
    if let (Some(a), Some(b)) = (set_cell_opt(so), set_cell_opt(tmp))
        && !Rc::ptr_eq(so, tmp)
    {
        a.borrow_mut().swap_bodies(&mut b.borrow_mut());
    }
    // Only frozensets cache their hash; a set never keeps one.
    if let Payload::Set(c) = &so.payload {
        c.borrow_mut().hash_cache = None;
    }
}

/// `set_clear_internal`: the keys are dropped after the table is emptied.
pub fn clear(so: &PyRef) {
    let old = set_cell_opt(so).map(|c| c.borrow_mut().take_all());
    drop(old);
}

/// `set_difference_update_internal`.
pub fn difference_update_internal(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<()> {
    if let Value::Obj(o) = other
        && Rc::ptr_eq(o, so)
    {
        clear(so);
        return Ok(());
    }
    if let Some(o) = as_anyset(other) {
        // "When the other set is more than 8 times larger than the base set, replace the other set
        // with intersection of the two sets."
        let src = if (len(o) >> 3) > len(so) { intersection(vm, so, other)? } else { o.clone() };
        for (hash, key) in snapshot(&src) {
            dict_ops::set_discard_hashed(vm, so, &key, hash)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(key) = vm.next(&it)? {
            dict_ops::set_discard(vm, so, &key)?;
        }
    }
    if let Some(c) = set_cell_opt(so) {
        c.borrow_mut().purge_dummies();
    }
    Ok(())
}

fn copy_and_difference(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<PyRef> {
    let result = copy(vm, so)?;
    difference_update_internal(vm, &result, other)?;
    Ok(result)
}

/// `set_difference`: a fresh set filled from `so`'s keys missing in `other`, or a copy of `so` with
/// `other` removed when `so` is much larger (or `other` is not a set or dict).
pub fn difference(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<PyRef> {
    let dict = as_exact_dict(vm, other).cloned();
    let other_size = match (as_anyset(other), &dict) {
        (Some(o), _) => len(o),
        (None, Some(d)) => d.as_dict().map_or(0, |d| d.borrow().len()),
        _ => return copy_and_difference(vm, so, other),
    };
    if (len(so) >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let result = new_like(vm, so);
    for (hash, key) in snapshot(so) {
        let present = match (&dict, as_anyset(other)) {
            (Some(d), _) => dict_ops::find(vm, d, &key, hash)?.is_some(),
            (None, Some(o)) => dict_ops::set_contains_hashed(vm, o, &key, hash)?,
            (None, None) => false,
        };
        if !present {
            dict_ops::set_add_hashed(vm, &result, key, hash)?;
        }
    }
    Ok(result)
}

/// `set_difference_multi`.
pub fn difference_multi(vm: &mut Vm, so: &PyRef, others: &[Value]) -> PyResult<PyRef> {
    let Some((first, rest)) = others.split_first() else { return copy(vm, so) };
    let result = difference(vm, so, first)?;
    for other in rest {
        difference_update_internal(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
pub fn symmetric_difference_update(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<()> {
    if let Value::Obj(o) = other
        && Rc::ptr_eq(o, so)
    {
        clear(so);
        return Ok(());
    }
    let entries = if let Some(d) = as_exact_dict(vm, other) {
        d.as_dict().map_or_else(Vec::new, |d| d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect())
    } else if let Some(o) = as_anyset(other) {
        snapshot(o)
    } else {
        let tmp = new_like(vm, so);
        update_internal(vm, &tmp, other)?;
        snapshot(&tmp)
    };
    for (hash, key) in entries {
        if !dict_ops::set_discard_hashed(vm, so, &key, hash)? {
            dict_ops::set_add_hashed(vm, so, key, hash)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a copy of `other` updated with `so`.
pub fn symmetric_difference(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<PyRef> {
    let result = new_like(vm, so);
    update_internal(vm, &result, other)?;
    symmetric_difference_update(vm, &result, &Value::Obj(so.clone()))?;
    Ok(result)
}

/// `set_issubset`.
pub fn issubset(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<bool> {
    let other = match as_anyset(other) {
        Some(o) => o.clone(),
        None => {
            let tmp = new_exact(vm, false);
            update_internal(vm, &tmp, other)?;
            tmp
        }
    };
    if len(so) > len(&other) {
        return Ok(false);
    }
    for (hash, key) in snapshot(so) {
        if !dict_ops::set_contains_hashed(vm, &other, &key, hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
pub fn issuperset(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<bool> {
    let other = match as_anyset(other) {
        Some(o) => o.clone(),
        None => {
            let tmp = new_exact(vm, false);
            update_internal(vm, &tmp, other)?;
            tmp
        }
    };
    issubset(vm, &other, &Value::Obj(so.clone()))
}

/// `set_isdisjoint`.
pub fn isdisjoint(vm: &mut Vm, so: &PyRef, other: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = other
        && Rc::ptr_eq(o, so)
    {
        return Ok(len(so) == 0);
    }
    let exact = as_anyset(other).filter(|o| {
        let c = o.class();
        Rc::ptr_eq(&c, &vm.types.set) || Rc::ptr_eq(&c, &vm.types.frozenset)
    });
    if let Some(o) = exact {
        let (probed, iterated) = if len(o) > len(so) { (o, so) } else { (so, o) };
        for (hash, key) in snapshot(iterated) {
            if dict_ops::set_contains_hashed(vm, probed, &key, hash)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        if dict_ops::set_contains(vm, so, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}
