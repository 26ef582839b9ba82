//! The named methods of `list`: append, extend, insert, pop, remove, index, count, reverse, copy,
//! clear (`sort` is in `types/sort.rs`). Argument errors follow Argument Clinic's wording.

use crate::PyResult;
use crate::objects::function::Args;
use crate::types::sequence::{self, SSIZE_OVERFLOW};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

use super::{item_at, this};

pub fn init(vm: &mut Vm, list: &PyRef) {
    vm.add_method(list, "append", list_append);
    vm.add_method(list, "extend", list_extend);
    vm.add_method(list, "insert", list_insert);
    vm.add_method(list, "pop", list_pop);
    vm.add_method(list, "remove", list_remove);
    vm.add_method(list, "index", list_index);
    vm.add_method(list, "count", list_count);
    vm.add_method(list, "reverse", list_reverse);
    vm.add_method(list, "copy", list_copy);
    vm.add_method(list, "clear", list_clear);
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "append")?;
    let v = sequence::one_arg(vm, rest, "list.append")?;
    cell.borrow_mut().push(v.clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, cell, rest) = this(vm, args, "extend")?;
    let iterable = sequence::one_arg(vm, rest, "list.extend")?;
    super::extend(vm, this, cell, iterable)?;
    Ok(Value::None)
}

/// `list.insert(index, object, /)`: a negative index counts from the end; out-of-range indices
/// clamp to the ends.
fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "insert")?;
    let [index, v] = sequence::positional(vm, rest, "list.insert", "insert", 2, 2)? else {
        unreachable!("positional checked the count")
    };
    let i = sequence::int_arg(vm, index, &SSIZE_OVERFLOW)?;
    let mut l = cell.borrow_mut();
    let n = l.len() as i64;
    let at = if i < 0 {
        i.saturating_add(n).max(0)
    } else {
        i.min(n)
    };
    l.insert(at as usize, v.clone());
    Ok(Value::None)
}

/// `list.pop(index=-1, /)`.
fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "pop")?;
    let a = sequence::positional(vm, rest, "list.pop", "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => sequence::int_arg(vm, v, &SSIZE_OVERFLOW)?,
        None => -1,
    };
    let mut l = cell.borrow_mut();
    if l.is_empty() {
        drop(l);
        return Err(vm.index_error("pop from empty list"));
    }
    match sequence::normalize_index(i, l.len()) {
        Some(j) => Ok(l.remove(j)),
        None => {
            drop(l);
            Err(vm.index_error("pop index out of range"))
        }
    }
}

/// `list.remove(value, /)`: delete the first item equal to `value`.
fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, cell, rest) = this(vm, args, "remove")?;
    let x = sequence::one_arg(vm, rest, "list.remove")?;
    let mut i = 0;
    while let Some(item) = item_at(this, i) {
        if vm.eq_bool(&item, x)? {
            let mut l = cell.borrow_mut();
            // `__eq__` may have shortened the list (CPython's list_ass_slice clamps the same way).
            let old = (i < l.len()).then(|| l.remove(i));
            drop(l);
            drop(old);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// `list.index(value, start=0, stop=sys.maxsize, /)`: "4 is not in list" when absent.
fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, cell, rest) = this(vm, args, "index")?;
    let a = sequence::positional(vm, rest, "list.index", "index", 1, 3)?;
    let x = &a[0];
    let len = cell.borrow().len();
    let (start, stop) = sequence::index_range(vm, a.get(1), a.get(2), len)?;
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(this, i) else { break };
        if vm.eq_bool(&item, x)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr_string(x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this(vm, args, "count")?;
    let x = sequence::one_arg(vm, rest, "list.count")?;
    let (mut i, mut n) = (0, 0);
    while let Some(item) = item_at(this, i) {
        if vm.eq_bool(&item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "reverse")?;
    sequence::no_args(vm, rest, "list.reverse")?;
    cell.borrow_mut().reverse();
    Ok(Value::None)
}

/// `list.copy()`: a shallow copy, always an exact list.
fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "copy")?;
    sequence::no_args(vm, rest, "list.copy")?;
    let items = cell.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "clear")?;
    sequence::no_args(vm, rest, "list.clear")?;
    let old = std::mem::take(&mut *cell.borrow_mut());
    drop(old);
    Ok(Value::None)
}
