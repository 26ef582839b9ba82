//! Dict iterators, forward (`dictiter_iternextkey` and friends) and reversed (`dictreviter_iternext`).
//! A change of size during iteration raises "dictionary changed size during iteration" (sticky); more
//! entries than expected at the same size raise "dictionary keys changed during iteration"; an
//! exhausted iterator stays exhausted whatever happens to the dict later.

use crate::PyResult;
use crate::object::DictViewKind;
use crate::objects::iter::IterState;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

fn iter_class(vm: &Vm, kind: DictViewKind, reversed: bool) -> PyRef {
    let t = &vm.types;
    match (kind, reversed) {
        (DictViewKind::Keys, false) => t.dict_keyiterator.clone(),
        (DictViewKind::Values, false) => t.dict_valueiterator.clone(),
        (DictViewKind::Items, false) => t.dict_itemiterator.clone(),
        (DictViewKind::Keys, true) => t.dict_reversekeyiterator.clone(),
        (DictViewKind::Values, true) => t.dict_reversevalueiterator.clone(),
        (DictViewKind::Items, true) => t.dict_reverseitemiterator.clone(),
    }
}

/// `iter(d)`, `iter(d.values())`, ...
pub fn new_iter(vm: &Vm, dict: &PyRef, kind: DictViewKind) -> Value {
    let len = dict.as_dict().map_or(0, |d| d.borrow().len());
    vm.new_iterator(&iter_class(vm, kind, false), IterState::Dict { dict: dict.clone(), pos: 0, kind, len, remaining: len })
}

/// `reversed(d)`, `reversed(d.items())`, ...
pub fn new_reversed(vm: &Vm, dict: &PyRef, kind: DictViewKind) -> Value {
    let (len, slots) = dict.as_dict().map_or((0, 0), |d| (d.borrow().len(), d.borrow().entry_slots()));
    vm.new_iterator(&iter_class(vm, kind, true), IterState::DictReversed { dict: dict.clone(), pos: slots, kind, len, remaining: len })
}

fn produce(vm: &Vm, kind: DictViewKind, k: Value, v: Value) -> Value {
    match kind {
        DictViewKind::Keys => k,
        DictViewKind::Values => v,
        DictViewKind::Items => vm.new_tuple(vec![k, v]),
    }
}

/// One step of a forward or reversed dict iterator; `Ok(None)` when exhausted.
pub fn iter_next(vm: &mut Vm, state: &mut IterState) -> PyResult<Option<Value>> {
    let (dict, pos, kind, len, remaining, reversed) = match state {
        IterState::Dict { dict, pos, kind, len, remaining } => (dict, pos, *kind, len, remaining, false),
        IterState::DictReversed { dict, pos, kind, len, remaining } => (dict, pos, *kind, len, remaining, true),
        _ => return Ok(None),
    };
    let Some(cell) = dict.as_dict() else { return Ok(None) };
    let d = cell.borrow();
    if d.len() != *len {
        *len = usize::MAX;
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    let found = if reversed {
        let mut found = None;
        while *pos > 0 {
            *pos -= 1;
            if let Some(e) = d.entry(*pos) {
                found = Some((e.key.clone(), e.value.clone()));
                break;
            }
        }
        found
    } else {
        let mut found = None;
        while *pos < d.entry_slots() {
            let i = *pos;
            *pos += 1;
            if let Some(e) = d.entry(i) {
                found = Some((e.key.clone(), e.value.clone()));
                break;
            }
        }
        found
    };
    drop(d);
    match found {
        Some(_) if *remaining == 0 => {
            *state = IterState::Exhausted;
            Err(vm.runtime_error("dictionary keys changed during iteration"))
        }
        Some((k, v)) => {
            *remaining -= 1;
            Ok(Some(produce(vm, kind, k, v)))
        }
        None => {
            *state = IterState::Exhausted;
            Ok(None)
        }
    }
}
