//! `list[key] = value` and `del list[key]` for indices and slices of any step
//! (`list_ass_subscript`, `list_ass_slice`).
//!
//! Replaced and deleted items are dropped only after the borrow of the list is released.

use std::cell::RefCell;
use std::rc::Rc;

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::types::sequence::{self, ItemKey, SliceIndices};
use crate::value::Value;
use crate::vm::Vm;

pub fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = sequence::receiver(vm, args, "list", "__setitem__")?;
    let cell = super::list_cell(vm, this, "__setitem__")?;
    let [key, value] = sequence::positional(vm, rest, "list.__setitem__", "", 2, 2)? else { unreachable!("positional checked the count") };
    match sequence::item_key(vm, key, "list")? {
        ItemKey::Index(i) => {
            let mut l = cell.borrow_mut();
            let Some(j) = sequence::normalize_index(i, l.len()) else {
                drop(l);
                return Err(vm.index_error("list assignment index out of range"));
            };
            let old = std::mem::replace(&mut l[j], value.clone());
            drop(l);
            drop(old);
        }
        ItemKey::Slice(s) => {
            let len = cell.borrow().len();
            let idx = sequence::slice_indices(vm, &s, len)?;
            if idx.step == 1 {
                let items = assigned_items(vm, this, value, "can only assign an iterable")?;
                replace_range(cell, idx.start, idx.start.max(idx.stop), items);
            } else {
                assign_extended(vm, this, cell, idx, value)?;
            }
        }
    }
    Ok(Value::None)
}

pub fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = sequence::receiver(vm, args, "list", "__delitem__")?;
    let cell = super::list_cell(vm, this, "__delitem__")?;
    let key = sequence::one_arg(vm, rest, "list.__delitem__")?;
    match sequence::item_key(vm, key, "list")? {
        ItemKey::Index(i) => {
            let mut l = cell.borrow_mut();
            let Some(j) = sequence::normalize_index(i, l.len()) else {
                drop(l);
                return Err(vm.index_error("list assignment index out of range"));
            };
            let old = l.remove(j);
            drop(l);
            drop(old);
        }
        ItemKey::Slice(s) => {
            let len = cell.borrow().len();
            let idx = sequence::slice_indices(vm, &s, len)?;
            if idx.step == 1 {
                replace_range(cell, idx.start, idx.start.max(idx.stop), Vec::new());
            } else {
                delete_extended(cell, idx);
            }
        }
    }
    Ok(Value::None)
}

/// The new items of a slice assignment (`PySequence_Fast`): `a[i:j] = a` copies `a` first; a value
/// that cannot be iterated is the TypeError `msg`.
fn assigned_items(vm: &mut Vm, this: &Value, value: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if this.is(value) {
        return Ok(super::list_cell(vm, this, "__setitem__")?.borrow().clone());
    }
    // An exact list or tuple is used as it is (PySequence_Fast); subclasses go through `__iter__`.
    if let Value::Obj(o) = value {
        let class = o.class.borrow();
        match &o.payload {
            Payload::List(l) if Rc::ptr_eq(&class, &vm.types.list) => return Ok(l.borrow().clone()),
            Payload::Tuple(t) if Rc::ptr_eq(&class, &vm.types.tuple) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    let it = match vm.get_iter(value) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => return Err(vm.type_error(msg)),
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(v) = vm.next(&it)? {
        items.push(v);
    }
    Ok(items)
}

/// `list_ass_slice`: replace items `lo..hi` (clamped to the current length, which iterating the new
/// items may have changed) with `items`.
fn replace_range(cell: &RefCell<Vec<Value>>, lo: i64, hi: i64, items: Vec<Value>) {
    let mut l = cell.borrow_mut();
    let n = l.len() as i64;
    let lo = lo.clamp(0, n) as usize;
    let hi = (hi.clamp(0, n) as usize).max(lo);
    let removed: Vec<Value> = l.splice(lo..hi, items).collect();
    drop(l);
    drop(removed);
}

/// Assignment to an extended slice: the value must have exactly as many items as the slice.
fn assign_extended(vm: &mut Vm, this: &Value, cell: &RefCell<Vec<Value>>, idx: SliceIndices, value: &Value) -> PyResult<()> {
    let items = assigned_items(vm, this, value, "must assign iterable to extended slice")?;
    if items.len() != idx.len {
        return Err(vm.value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", items.len(), idx.len)));
    }
    let mut l = cell.borrow_mut();
    let mut old = Vec::with_capacity(items.len());
    for (p, v) in idx.positions().zip(items) {
        // Iterating the value may have shrunk the list; positions past its end are skipped.
        if let Some(slot) = l.get_mut(p) {
            old.push(std::mem::replace(slot, v));
        }
    }
    drop(l);
    drop(old);
    Ok(())
}

/// `del a[i:j:k]` with `k != 1`.
fn delete_extended(cell: &RefCell<Vec<Value>>, idx: SliceIndices) {
    if idx.len == 0 {
        return;
    }
    let mut l = cell.borrow_mut();
    let mut doomed = vec![false; l.len()];
    for p in idx.positions() {
        if let Some(d) = doomed.get_mut(p) {
            *d = true;
        }
    }
    let all = std::mem::take(&mut *l);
    let mut removed = Vec::with_capacity(idx.len);
    for (v, d) in all.into_iter().zip(doomed) {
        if d {
            removed.push(v);
        } else {
            l.push(v);
        }
    }
    drop(l);
    drop(removed);
}
