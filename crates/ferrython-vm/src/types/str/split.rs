//! `join`, `split`/`rsplit`, `splitlines`, `strip`/`lstrip`/`rstrip` and
//! `partition`/`rpartition` of `str`.

use super::args::{clinic, one_arg, ssize_arg, str_arg, unpack};
use super::unicode::is_space;
use super::{as_pystr, this};
use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// The str items of a join, with CPython's "sequence item 1: expected str instance, int found".
fn join_item<'a>(vm: &Vm, i: usize, item: &'a Value) -> PyResult<&'a str> {
    match as_pystr(item) {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.type_error(format!(
            "sequence item {i}: expected str instance, {} found",
            vm.type_name(item)
        ))),
    }
}

fn join_slice(vm: &Vm, sep: &str, items: &[Value]) -> PyResult<Value> {
    // A lone exact str is returned as is, like CPython.
    if let [only] = items
        && super::exact_str(only).is_some()
    {
        return Ok(only.clone());
    }
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        total += join_item(vm, i, item)?.len();
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(join_item(vm, i, item)?);
    }
    Ok(vm.new_str(out))
}

pub fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "join")?;
    let iterable = one_arg(vm, rest, "str.join")?;
    match iterable.payload() {
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            return join_slice(vm, s.as_str(), &items);
        }
        Some(Payload::Tuple(t)) => return join_slice(vm, s.as_str(), t),
        _ => {}
    }
    let items = iterable_items(vm, iterable, "can only join an iterable")?;
    join_slice(vm, s.as_str(), &items)
}

/// `PySequence_Fast(v, message)`: the items of any iterable; a TypeError from `iter()` becomes
/// `message`.
pub fn iterable_items(vm: &mut Vm, v: &Value, message: &str) -> PyResult<Vec<Value>> {
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error(message));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `(sep, maxsplit)` of `split`/`rsplit`; `maxsplit < 0` means no limit.
fn split_args<'a>(
    vm: &mut Vm,
    rest: Args,
    name: &str,
    sep: &'a mut Option<Value>,
) -> PyResult<(Option<&'a str>, usize)> {
    let [s, maxsplit] = clinic(vm, rest, name, ["sep", "maxsplit"])?;
    let maxsplit = match &maxsplit {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    *sep = s;
    let sep = match sep.as_ref() {
        None | Some(Value::None) => None,
        Some(v) => match as_pystr(v) {
            Some(p) if p.as_str().is_empty() => return Err(vm.value_error("empty separator")),
            Some(p) => Some(p.as_str()),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v))));
            }
        },
    };
    Ok((sep, maxsplit))
}

fn str_list(vm: &Vm, parts: Vec<&str>) -> Value {
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(items)
}

/// Whitespace split from the left: runs of whitespace separate, none at the ends.
fn split_whitespace(text: &str, maxsplit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn rsplit_whitespace(text: &str, maxsplit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let c_len = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + c_len..]);
                rest = rest[..i].trim_end_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

pub fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "split")?;
    let mut holder = None;
    let (sep, maxsplit) = split_args(vm, rest, "split", &mut holder)?;
    let text = s.as_str();
    let parts: Vec<&str> = match sep {
        None => split_whitespace(text, maxsplit),
        Some(sep) => text.splitn(maxsplit.saturating_add(1), sep).collect(),
    };
    Ok(str_list(vm, parts))
}

pub fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "rsplit")?;
    let mut holder = None;
    let (sep, maxsplit) = split_args(vm, rest, "rsplit", &mut holder)?;
    let text = s.as_str();
    let parts: Vec<&str> = match sep {
        None => rsplit_whitespace(text, maxsplit),
        Some(sep) => {
            let mut v: Vec<&str> = text.rsplitn(maxsplit.saturating_add(1), sep).collect();
            v.reverse();
            v
        }
    };
    Ok(str_list(vm, parts))
}

/// `Py_UNICODE_ISLINEBREAK`.
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `splitlines`: lines end at any line break, `\r\n` counting as one.
pub fn split_lines(text: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && iter.next_if(|&(_, n)| n == '\n').is_some() {
            end += 1;
        }
        out.push(&text[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

pub fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "splitlines")?;
    let [keepends] = clinic(vm, rest, "splitlines", ["keepends"])?;
    let keepends = match &keepends {
        Some(k) => ssize_arg(vm, k)? != 0,
        None => false,
    };
    Ok(str_list(vm, split_lines(s.as_str(), keepends)))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_common(vm: &mut Vm, args: Args, name: &str, side: Side) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, name)?;
    let pos = unpack(vm, rest, format_args!("str.{name}"), name, 0, 1)?;
    let text = s.as_str();
    let chars = match pos.first() {
        None | Some(Value::None) => None,
        Some(c) => match as_pystr(c) {
            Some(c) => Some(c.as_str()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let out = match chars {
        None => match side {
            Side::Left => text.trim_start_matches(is_space),
            Side::Right => text.trim_end_matches(is_space),
            Side::Both => text.trim_matches(is_space),
        },
        Some(set) => {
            let in_set = |c: char| set.contains(c);
            match side {
                Side::Left => text.trim_start_matches(in_set),
                Side::Right => text.trim_end_matches(in_set),
                Side::Both => text.trim_matches(in_set),
            }
        }
    };
    if out.len() == text.len() {
        return Ok(super::same_or_new(vm, v, text));
    }
    Ok(vm.new_str(out))
}

pub fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "strip", Side::Both)
}

pub fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "lstrip", Side::Left)
}

pub fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "rstrip", Side::Right)
}

fn partition_common(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, name)?;
    let sep_v = one_arg(vm, rest, format_args!("str.{name}"))?;
    let sep = str_arg(vm, sep_v, "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let empty = Value::Obj(vm.intern(""));
    let items = match found {
        Some(i) => vec![
            vm.new_str(&text[..i]),
            sep_v.clone(),
            vm.new_str(&text[i + sep.len()..]),
        ],
        None if reverse => vec![empty.clone(), empty, super::same_or_new(vm, v, text)],
        None => vec![super::same_or_new(vm, v, text), empty.clone(), empty],
    };
    Ok(vm.new_tuple(items))
}

pub fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, args, "partition", false)
}

pub fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, args, "rpartition", true)
}
