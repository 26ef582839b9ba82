//! Mutation of `bytearray`: item and slice assignment and deletion, `+=`, `*=`, `append`,
//! `extend`, `pop`, `remove`, `insert`, `clear`, `reverse`, `copy`.

use std::cell::RefCell;

use super::ops::{byte_value, repeat};
use super::{bytes_data, new_bytearray, this};
use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::types::str::args::{no_args, one_arg, unpack};
use crate::types::str::ops::repeat_count;
use crate::types::str::slice::{as_slice, item_index, slice_indices};
use crate::value::Value;
use crate::vm::Vm;

/// The buffer of a bytearray receiver (`self` of every method here).
fn buffer<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<u8>>> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn index_type_error(t: &str) -> String {
    format!("bytearray indices must be integers or slices, not {t}")
}

/// The bytes a slice assignment writes: a buffer, or an iterable of ints (not a str or an int).
fn assigned_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_data(v) {
        return Ok(d.into_owned());
    }
    let message = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
    if Vm::str_of(v).is_some() || crate::types::int::as_bigint(v).is_some() {
        return Err(vm.type_error(message));
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error(message));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(byte_value(vm, &item)?);
    }
    Ok(out)
}

pub fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__setitem__")?;
    let pos = unpack(vm, r.rest, "bytearray.__setitem__", "__setitem__", 2, 2)?;
    let (key, value) = (&pos[0], &pos[1]);
    let buf = buffer(vm, r.value)?;
    if let Some(sl) = as_slice(key) {
        let data = assigned_bytes(vm, value)?;
        let len = buf.borrow().len();
        let s = slice_indices(vm, sl, len)?;
        let mut b = buf.borrow_mut();
        if s.step == 1 {
            let start = (s.start.max(0) as usize).min(b.len());
            let stop = (s.stop.max(0) as usize).clamp(start, b.len());
            b.splice(start..stop, data);
            return Ok(Value::None);
        }
        if data.len() != s.len {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                s.len
            )));
        }
        for (i, x) in s.indices().zip(data) {
            if let Some(slot) = b.get_mut(i) {
                *slot = x;
            }
        }
        return Ok(Value::None);
    }
    let len = buf.borrow().len();
    let index = item_index(vm, key, len, index_type_error)?;
    let x = byte_value(vm, value)?;
    match index.and_then(|i| buf.borrow_mut().get_mut(i).map(|slot| *slot = x)) {
        Some(()) => Ok(Value::None),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__delitem__")?;
    let key = one_arg(vm, r.rest, "bytearray.__delitem__")?;
    let buf = buffer(vm, r.value)?;
    let len = buf.borrow().len();
    if let Some(sl) = as_slice(key) {
        let s = slice_indices(vm, sl, len)?;
        let mut remove = vec![false; len];
        for i in s.indices() {
            if let Some(flag) = remove.get_mut(i) {
                *flag = true;
            }
        }
        let mut k = 0;
        buf.borrow_mut().retain(|_| {
            k += 1;
            !remove[k - 1]
        });
        return Ok(Value::None);
    }
    match item_index(vm, key, len, index_type_error)? {
        Some(i) => {
            buf.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__iadd__")?;
    let other = one_arg(vm, r.rest, "bytearray.__iadd__")?;
    let Some(data) = bytes_data(other) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(other))));
    };
    let data = data.into_owned();
    buffer(vm, r.value)?.borrow_mut().extend_from_slice(&data);
    Ok(r.value.clone())
}

pub fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__imul__")?;
    let n = one_arg(vm, r.rest, "bytearray.__imul__")?;
    let Some(n) = repeat_count(vm, n)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let buf = buffer(vm, r.value)?;
    let data = buf.borrow().clone();
    let out = repeat(vm, &data, n)?;
    *buf.borrow_mut() = out;
    Ok(r.value.clone())
}

pub fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "append")?;
    let item = one_arg(vm, r.rest, "bytearray.append")?;
    let b = byte_value(vm, item)?;
    buffer(vm, r.value)?.borrow_mut().push(b);
    Ok(Value::None)
}

pub fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "extend")?;
    let iterable = one_arg(vm, r.rest, "bytearray.extend")?;
    let data = match bytes_data(iterable) {
        Some(d) => d.into_owned(),
        None => {
            let it = match vm.get_iter(iterable) {
                Ok(it) => it,
                Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                    return Err(vm.type_error(format!(
                        "can't extend bytearray with {}",
                        vm.type_name(iterable)
                    )));
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(item) = vm.next(&it)? {
                out.push(byte_value(vm, &item)?);
            }
            out
        }
    };
    buffer(vm, r.value)?.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

pub fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "pop")?;
    let pos = unpack(vm, r.rest, "bytearray.pop", "pop", 0, 1)?;
    let index = match pos.first() {
        Some(i) => crate::types::str::args::ssize_arg(vm, i)?,
        None => -1,
    };
    let buf = buffer(vm, r.value)?;
    let len = buf.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let b = buf.borrow_mut().remove(i as usize);
    Ok(Value::Int(i64::from(b)))
}

pub fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "remove")?;
    let item = one_arg(vm, r.rest, "bytearray.remove")?;
    let b = byte_value(vm, item)?;
    let buf = buffer(vm, r.value)?;
    let found = buf.borrow().iter().position(|&x| x == b);
    match found {
        Some(i) => {
            buf.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

pub fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "insert")?;
    let pos = unpack(vm, r.rest, "bytearray.insert", "insert", 2, 2)?;
    let index = crate::types::str::args::ssize_arg(vm, &pos[0])?;
    let b = byte_value(vm, &pos[1])?;
    let buf = buffer(vm, r.value)?;
    let len = buf.borrow().len() as i64;
    // list.insert's clamping: negative indices count from the end, then 0..=len.
    let i = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    buf.borrow_mut().insert(i as usize, b);
    Ok(Value::None)
}

pub fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "clear")?;
    no_args(vm, r.rest, "bytearray.clear")?;
    buffer(vm, r.value)?.borrow_mut().clear();
    Ok(Value::None)
}

pub fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "reverse")?;
    no_args(vm, r.rest, "bytearray.reverse")?;
    buffer(vm, r.value)?.borrow_mut().reverse();
    Ok(Value::None)
}

pub fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "copy")?;
    no_args(vm, r.rest, "bytearray.copy")?;
    let data = buffer(vm, r.value)?.borrow().clone();
    Ok(new_bytearray(vm, data))
}
