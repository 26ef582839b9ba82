//! Searching `bytes`/`bytearray`: `find`/`rfind`/`index`/`rindex`/`count` (a byte or a
//! bytes-like needle), `startswith`/`endswith`, `replace`, `removeprefix`/`removesuffix`.

use std::borrow::Cow;

use memchr::memmem;

use super::ops::{byte_value, is_index};
use super::{Recv, buffer_arg, bytes_data, make, this};
use crate::PyResult;
use crate::objects::function::Args;
use crate::types::str::args::{one_arg, parse_tuple, ssize_arg, unpack};
use crate::types::str::search::{adjust_indices, bound_arg};
use crate::value::Value;
use crate::vm::Vm;

/// The needle of `find`/`count`/...: one byte (an int) or a bytes-like object.
fn needle<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if is_index(vm, v) {
        return Ok(Cow::Owned(vec![byte_value(vm, v)?]));
    }
    bytes_data(v).ok_or_else(|| {
        vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// `(sub[, start[, end]])`, with the window of the data it searches (`None` if empty and
/// reversed).
fn search_args<'a>(
    vm: &mut Vm,
    r: &Recv<'a>,
    name: &str,
) -> PyResult<(Cow<'a, [u8]>, usize, usize)> {
    let pos = parse_tuple(vm, r.rest, r.qualname(name), name, 1, 3)?;
    let sub = needle(vm, &pos[0])?;
    let start = bound_arg(vm, pos.get(1))?;
    let end = bound_arg(vm, pos.get(2))?;
    let len = vm.len(r.value)?;
    let (start, end) = adjust_indices(start, end, len);
    Ok((sub, start, end))
}

fn find_impl(data: &[u8], sub: &[u8], start: usize, end: usize, reverse: bool) -> Option<usize> {
    if end < start || end - start < sub.len() {
        return None;
    }
    let window = data.get(start..end)?;
    let found = if reverse {
        memmem::rfind(window, sub)
    } else {
        memmem::find(window, sub)
    };
    found.map(|i| i + start)
}

fn find_common(vm: &mut Vm, args: Args, name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    let (sub, start, end) = search_args(vm, &r, name)?;
    match find_impl(&r.data(), &sub, start, end, reverse) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, args, "find", false, false)
}

pub fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, args, "rfind", true, false)
}

pub fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, args, "index", false, true)
}

pub fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, args, "rindex", true, true)
}

pub fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "count")?;
    let (sub, start, end) = search_args(vm, &r, "count")?;
    if end < start {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let data = r.data();
    let n = data
        .get(start..end)
        .map_or(0, |w| memmem::find_iter(w, &sub[..]).count());
    Ok(Value::Int(n as i64))
}

fn tail_common(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    let pos = parse_tuple(vm, r.rest, r.qualname(name), name, 1, 3)?;
    let start = bound_arg(vm, pos.get(1))?;
    let end = bound_arg(vm, pos.get(2))?;
    let data = r.data();
    let (start, end) = adjust_indices(start, end, data.len());
    let matches = |sub: &[u8]| -> bool {
        if end < start || end - start < sub.len() {
            return false;
        }
        let Some(window) = data.get(start..end) else {
            return false;
        };
        if at_end {
            window.ends_with(sub)
        } else {
            window.starts_with(sub)
        }
    };
    if let Some(items) = pos[0].as_obj().and_then(|o| o.as_tuple()) {
        for item in items {
            let sub = buffer_arg(vm, item)?;
            if matches(&sub) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match bytes_data(&pos[0]) {
        Some(sub) => Ok(Value::Bool(matches(&sub))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&pos[0])
        ))),
    }
}

pub fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tail_common(vm, args, "startswith", false)
}

pub fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tail_common(vm, args, "endswith", true)
}

/// `data.replace(old, new, count)`; a negative count replaces every occurrence.
pub fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        let mut n = 0;
        for &b in data {
            if n < limit {
                out.extend_from_slice(new);
                n += 1;
            }
            out.push(b);
        }
        if n < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut last = 0;
    for (n, i) in memmem::find_iter(data, old).enumerate() {
        if n >= limit {
            break;
        }
        out.extend_from_slice(&data[last..i]);
        out.extend_from_slice(new);
        last = i + old.len();
    }
    out.extend_from_slice(&data[last..]);
    out
}

pub fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "replace")?;
    let pos = unpack(vm, r.rest, r.qualname("replace"), "replace", 2, 3)?;
    let old = buffer_arg(vm, &pos[0])?;
    let new = buffer_arg(vm, &pos[1])?;
    let count = match pos.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let out = replace_bytes(&r.data(), &old, &new, count);
    Ok(make(vm, r.kind, out))
}

fn affix_common(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    let arg = one_arg(vm, r.rest, r.qualname(name))?;
    let affix = buffer_arg(vm, arg)?;
    let data = r.data();
    let stripped = if suffix {
        data.strip_suffix(&affix[..])
    } else {
        data.strip_prefix(&affix[..])
    };
    let out = stripped.unwrap_or(&data).to_vec();
    Ok(make(vm, r.kind, out))
}

pub fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_common(vm, args, "removeprefix", false)
}

pub fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_common(vm, args, "removesuffix", true)
}
