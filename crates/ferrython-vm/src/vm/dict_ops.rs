//! Dict and set operations that may run Python code (`__hash__`, `__eq__`) on keys.
//!
//! The tables are borrowed only while probing; a key whose equality needs Python is compared after the
//! borrow ends, and the entry re-checked afterwards, so a `__eq__` that mutates the dict cannot break it.

use crate::PyResult;
use crate::object::Payload;
use crate::objects::dict::Lookup;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// How many times a lookup starts over because a key's `__eq__` mutated the table.
const MAX_RESTARTS: u32 = 8;

/// Equality decidable without running Python code; `None` when Python must decide.
#[inline]
pub fn fast_eq(stored: &Value, key: &Value) -> Option<bool> {
    match (stored, key) {
        (Value::Int(a), Value::Int(b)) => Some(a == b),
        (Value::Obj(a), Value::Obj(b)) => {
            if std::rc::Rc::ptr_eq(a, b) {
                return Some(true);
            }
            match (&a.payload, &b.payload) {
                (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
                (Payload::Int(x), Payload::Int(y)) => Some(x == y),
                (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
                (Payload::Str(_), Payload::Int(_) | Payload::Bytes(_)) | (Payload::Int(_) | Payload::Bytes(_), Payload::Str(_)) => Some(false),
                _ => None,
            }
        }
        (Value::None, Value::None) => Some(true),
        (Value::Bool(a), Value::Bool(b)) => Some(a == b),
        (Value::Int(a), Value::Bool(b)) | (Value::Bool(b), Value::Int(a)) => Some(*a == *b as i64),
        (Value::Float(a), Value::Float(b)) => Some(a == b),
        (Value::Float(a), Value::Int(b)) | (Value::Int(b), Value::Float(a)) => Some(*a == *b as f64 && (*b as f64) as i64 == *b),
        (Value::Float(a), Value::Bool(b)) | (Value::Bool(b), Value::Float(a)) => Some(*a == *b as i64 as f64),
        (Value::Obj(o), Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None)
        | (Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None, Value::Obj(o)) => match &o.payload {
            Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_) => Some(false),
            _ => None,
        },
        (Value::None, _) | (_, Value::None) => Some(false),
        _ => None,
    }
}

/// The table of a dict. Callers check the payload first: this panics on anything else.
fn dict_of(d: &PyRef) -> &std::cell::RefCell<crate::objects::dict::DictData> {
    d.as_dict().expect("dict_ops on a non-dict")
}

/// Look `key` up; `Some(entry index)` when present.
///
/// Like CPython's `lookdict`, a lookup whose Python `__eq__` changed the dict starts over, so the
/// returned index is always valid for the dict as it is now.
pub fn find(vm: &mut Vm, dict: &PyRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let Some(cell) = dict.as_dict() else { return Ok(None) };
    let mut restarts = 0;
    loop {
        let lookup = cell.borrow().lookup(hash, |k| fast_eq(k, key));
        match lookup {
            Lookup::Found(i) => return Ok(Some(i)),
            Lookup::Missing => return Ok(None),
            Lookup::Undecided(candidates) => {
                let version = cell.borrow().version;
                let mut found = None;
                for i in candidates {
                    let stored = match cell.borrow().entry(i) {
                        Some(e) => e.key.clone(),
                        None => continue,
                    };
                    if vm.eq_bool(&stored, key)? {
                        found = Some(i);
                        break;
                    }
                    if cell.borrow().version != version {
                        break;
                    }
                }
                if cell.borrow().version == version {
                    return Ok(found);
                }
                // The comparison mutated the dict: start over, as CPython does. A key whose `__eq__`
                // mutates the dict every time would restart forever; CPython escapes when its
                // allocator hands back the same keys table, we after a few rounds, as "not found".
                restarts += 1;
                if restarts > MAX_RESTARTS {
                    return Ok(None);
                }
            }
        }
    }
}

pub fn get_item(vm: &mut Vm, dict: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    get_item_hashed(vm, dict, key, hash)
}

pub fn get_item_hashed(vm: &mut Vm, dict: &PyRef, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    let found = find(vm, dict, key, hash)?;
    Ok(found.and_then(|i| dict.as_dict().and_then(|d| d.borrow().entry(i).map(|e| e.value.clone()))))
}

pub fn set_item(vm: &mut Vm, dict: &PyRef, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    set_item_hashed(vm, dict, key, hash, value)
}

pub fn set_item_hashed(vm: &mut Vm, dict: &PyRef, key: Value, hash: i64, value: Value) -> PyResult<()> {
    let found = find(vm, dict, &key, hash)?;
    let Some(cell) = dict.as_dict() else { return Ok(()) };
    match found {
        Some(i) => {
            // The old value is dropped after the borrow ends (its `__del__` may touch the dict).
            let old = cell.borrow_mut().set_value(i, value);
            drop(old);
        }
        None => cell.borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

/// Remove `key`, returning its value, or `None` when absent.
pub fn del_item(vm: &mut Vm, dict: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    del_item_hashed(vm, dict, key, hash)
}

pub fn del_item_hashed(vm: &mut Vm, dict: &PyRef, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    let found = find(vm, dict, key, hash)?;
    match (found, dict.as_dict()) {
        (Some(i), Some(cell)) => {
            let e = cell.borrow_mut().remove_entry(i);
            Ok(Some(e.value))
        }
        _ => Ok(None),
    }
}

/// Lookup by an interned-or-not `str` key without running Python code (namespaces).
#[inline]
pub fn get_str(dict: &PyRef, key: &PyRef) -> Option<Value> {
    let s = key.as_str().expect("str key");
    let d = dict_of(dict).borrow();
    d.lookup_str(s.hash(), key, s.as_str()).and_then(|i| d.entry(i).map(|e| e.value.clone()))
}

/// Store under a `str` key without running Python code.
pub fn set_str_raw(dict: &PyRef, key: &PyRef, value: Value) {
    let hash = key.as_str().expect("str key").hash();
    let k = Value::Obj(key.clone());
    let mut d = dict_of(dict).borrow_mut();
    let found = match d.lookup(hash, |stored| Some(fast_eq(stored, &k).unwrap_or(false))) {
        Lookup::Found(i) => Some(i),
        _ => None,
    };
    match found {
        Some(i) => {
            let old = d.set_value(i, value);
            drop(d);
            drop(old);
        }
        None => d.insert_new(hash, k, value),
    }
}

pub fn set_str(_vm: &mut Vm, dict: &PyRef, key: &PyRef, value: Value) {
    set_str_raw(dict, key, value)
}

/// Remove a `str` key without running Python code; returns the old value.
pub fn del_str(dict: &PyRef, key: &PyRef) -> Option<Value> {
    let hash = key.as_str().expect("str key").hash();
    let k = Value::Obj(key.clone());
    let mut d = dict_of(dict).borrow_mut();
    let found = match d.lookup(hash, |stored| Some(fast_eq(stored, &k).unwrap_or(false))) {
        Lookup::Found(i) => Some(i),
        _ => None,
    };
    found.map(|i| d.remove_entry(i).value)
}

/// Set membership / lookup: the slot of `key` in a set or frozenset (`set_lookkey`, which restarts
/// when a Python `__eq__` changed the table).
pub fn set_find(vm: &mut Vm, set: &PyRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let Some(cell) = set_cell_opt(set) else { return Ok(None) };
    let mut restarts = 0;
    loop {
        let lookup = cell.borrow().lookup(hash, |k| fast_eq(k, key));
        match lookup {
            Lookup::Found(i) => return Ok(Some(i)),
            Lookup::Missing => return Ok(None),
            Lookup::Undecided(candidates) => {
                let version = cell.borrow().version;
                let mut found = None;
                for i in candidates {
                    let stored = match cell.borrow().slot(i) {
                        Some((_, k)) => k.clone(),
                        None => continue,
                    };
                    if vm.eq_bool(&stored, key)? {
                        found = Some(i);
                        break;
                    }
                    if cell.borrow().version != version {
                        break;
                    }
                }
                if cell.borrow().version == version {
                    return Ok(found);
                }
                restarts += 1;
                if restarts > MAX_RESTARTS {
                    return Ok(None);
                }
            }
        }
    }
}

/// The table of a set or frozenset. Callers check the payload first: this panics on anything else.
pub fn set_cell(set: &PyRef) -> &std::cell::RefCell<crate::objects::set::SetData> {
    set_cell_opt(set).expect("set_cell on a non-set")
}

/// The table of a set or frozenset, `None` for any other object.
#[inline]
pub fn set_cell_opt(set: &PyRef) -> Option<&std::cell::RefCell<crate::objects::set::SetData>> {
    match &set.payload {
        Payload::Set(s) | Payload::FrozenSet(s) => Some(s),
        _ => None,
    }
}

pub fn set_add(vm: &mut Vm, set: &PyRef, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    set_add_hashed(vm, set, key, hash)
}

/// `set_add_entry`: add `key` unless an equal key is present (the stored key is kept).
pub fn set_add_hashed(vm: &mut Vm, set: &PyRef, key: Value, hash: i64) -> PyResult<()> {
    if set_find(vm, set, &key, hash)?.is_none()
        && let Some(cell) = set_cell_opt(set)
    {
        cell.borrow_mut().insert_new(hash, key);
    }
    Ok(())
}

pub fn set_contains(vm: &mut Vm, set: &PyRef, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    Ok(set_find(vm, set, key, hash)?.is_some())
}

pub fn set_contains_hashed(vm: &mut Vm, set: &PyRef, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(set_find(vm, set, key, hash)?.is_some())
}

/// Remove `key` from a set; whether it was present.
pub fn set_discard(vm: &mut Vm, set: &PyRef, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    set_discard_hashed(vm, set, key, hash)
}

/// `set_discard_entry`.
pub fn set_discard_hashed(vm: &mut Vm, set: &PyRef, key: &Value, hash: i64) -> PyResult<bool> {
    match set_find(vm, set, key, hash)? {
        Some(i) => {
            let old = set_cell(set).borrow_mut().remove_slot(i);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}
