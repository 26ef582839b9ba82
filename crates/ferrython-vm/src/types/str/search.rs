//! Searching `str`: `find`/`rfind`/`index`/`rindex`/`count` with CPython's `start`/`end`
//! clamping (`ADJUST_INDICES`), `startswith`/`endswith` (`tailmatch`), `replace` and
//! `removeprefix`/`removesuffix`.

use super::args::{one_arg, parse_tuple, ssize_arg, str_arg, unpack};
use super::{as_pystr, char_index, this};
use crate::PyResult;
use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::Vm;

/// An optional `start`/`end` argument (`_PyEval_SliceIndex`: None, or anything with
/// `__index__`, clamped to 64 bits).
pub fn bound_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        Some(v) => super::slice::slice_bound(vm, v),
        None => Ok(None),
    }
}

/// `ADJUST_INDICES(start, end, len)`: the range `start..end` of `0..len` the search covers
/// (`start` may exceed `end`, which finds nothing).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start as usize, end as usize)
}

/// The byte range of `s` covering code points `start..end` (`None` if `start > end`).
fn byte_window(s: &PyStr, start: usize, end: usize) -> Option<(usize, usize)> {
    if start > end {
        return None;
    }
    Some((s.byte_offset(start), s.byte_offset(end)))
}

/// Parses `(sub[, start[, end]])` of the search methods.
fn search_args<'a>(
    vm: &mut Vm,
    rest: Args<'a>,
    name: &str,
) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    let pos = parse_tuple(vm, rest, format_args!("str.{name}"), name, 1, 3)?;
    let sub = str_arg(vm, &pos[0], "")?;
    let start = bound_arg(vm, pos.get(1))?;
    let end = bound_arg(vm, pos.get(2))?;
    Ok((sub, start, end))
}

/// `find`/`rfind` in code points, `None` when absent.
fn find_impl(
    s: &PyStr,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    reverse: bool,
) -> Option<usize> {
    let (start, end) = adjust_indices(start, end, s.char_len());
    let sub_len = if sub.is_ascii() {
        sub.len()
    } else {
        sub.chars().count()
    };
    if end < start || end - start < sub_len {
        return None;
    }
    let (b0, b1) = byte_window(s, start, end)?;
    let window = &s.as_str()[b0..b1];
    let found = if reverse {
        window.rfind(sub)
    } else {
        window.find(sub)
    }?;
    Some(char_index(s, b0 + found))
}

fn find_common(vm: &mut Vm, args: Args, name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, name)?;
    let (sub, start, end) = search_args(vm, rest, name)?;
    match find_impl(s, sub, start, end, reverse) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, args, "find", false, false)
}

pub fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, args, "rfind", true, false)
}

pub fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, args, "index", false, true)
}

pub fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_common(vm, args, "rindex", true, true)
}

pub fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "count")?;
    let (sub, start, end) = search_args(vm, rest, "count")?;
    let (start, end) = adjust_indices(start, end, s.char_len());
    if end < start {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let Some((b0, b1)) = byte_window(s, start, end) else {
        return Ok(Value::Int(0));
    };
    Ok(Value::Int(s.as_str()[b0..b1].matches(sub).count() as i64))
}

/// `startswith`/`endswith`: `tailmatch` for one prefix or each of a tuple of them.
fn tail_common(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, name)?;
    let pos = parse_tuple(vm, rest, format_args!("str.{name}"), name, 1, 3)?;
    let start = bound_arg(vm, pos.get(1))?;
    let end = bound_arg(vm, pos.get(2))?;
    let (start, end) = adjust_indices(start, end, s.char_len());
    let matches = |sub: &str| -> bool {
        let sub_len = if sub.is_ascii() {
            sub.len()
        } else {
            sub.chars().count()
        };
        if end < start || end - start < sub_len {
            return false;
        }
        let Some((b0, b1)) = byte_window(s, start, end) else {
            return false;
        };
        let window = &s.as_str()[b0..b1];
        if at_end {
            window.ends_with(sub)
        } else {
            window.starts_with(sub)
        }
    };
    if let Some(items) = pos[0].as_obj().and_then(|o| o.as_tuple()) {
        for item in items {
            let Some(sub) = as_pystr(item) else {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(item)
                )));
            };
            if matches(sub.as_str()) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match as_pystr(&pos[0]) {
        Some(sub) => Ok(Value::Bool(matches(sub.as_str()))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&pos[0])
        ))),
    }
}

pub fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tail_common(vm, args, "startswith", false)
}

pub fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tail_common(vm, args, "endswith", true)
}

pub fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, "replace")?;
    let pos = unpack(vm, rest, "str.replace", "replace", 2, 3)?;
    let old = str_arg(vm, &pos[0], "replace() argument 1 ")?;
    let new = str_arg(vm, &pos[1], "replace() argument 2 ")?;
    let count = match pos.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let text = s.as_str();
    if count == 0 || (!old.is_empty() && !text.contains(old)) || (old == new) {
        return Ok(super::same_or_new(vm, v, text));
    }
    let out = if count < 0 {
        text.replace(old, new)
    } else {
        text.replacen(old, new, count as usize)
    };
    Ok(vm.new_str(out))
}

fn affix_common(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, name)?;
    let arg = one_arg(vm, rest, format_args!("str.{name}"))?;
    let affix = str_arg(vm, arg, format_args!("{name}() argument "))?;
    let text = s.as_str();
    let stripped = if suffix {
        text.strip_suffix(affix)
    } else {
        text.strip_prefix(affix)
    };
    match stripped {
        Some(rest) if !affix.is_empty() => Ok(vm.new_str(rest)),
        _ => Ok(super::same_or_new(vm, v, text)),
    }
}

pub fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_common(vm, args, "removeprefix", false)
}

pub fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_common(vm, args, "removesuffix", true)
}
