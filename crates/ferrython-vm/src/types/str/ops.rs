//! The special methods of `str` (`__len__`, comparisons, `+`, `*`, `%`, `in`, subscripts,
//! iteration, `__format__`) and `format`/`format_map`/`encode`.

use std::cmp::Ordering;

use super::args::{clinic, no_args, one_arg};
use super::slice::{as_slice, item_index, slice_indices};
use super::{as_pystr, this};
use crate::PyResult;
use crate::format::{format_str, parse_format_spec};
use crate::objects::function::Args;
use crate::objects::iter::IterState;
use crate::value::Value;
use crate::vm::Vm;

/// Binary special methods get exactly one argument: `expected 1 argument, got 0`.
fn other<'a>(vm: &Vm, args: Args<'a>, name: &str) -> PyResult<(&'a crate::objects::str::PyStr, &'a Value)> {
    let (_, s, rest) = this(vm, args, name)?;
    if !rest.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match rest.positional() {
        [o] => Ok((s, o)),
        // CPython's `sq_repeat` wrapper prints its (empty) name before the message.
        p if name == "__mul__" => Err(vm.type_error(format!(" expected 1 argument, got {}", p.len()))),
        p => Err(vm.type_error(format!("expected 1 argument, got {}", p.len()))),
    }
}

pub fn str_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "__repr__")?;
    no_args(vm, rest, "str.__repr__")?;
    Ok(vm.new_str(super::repr_str(s.as_str())))
}

pub fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, "__str__")?;
    no_args(vm, rest, "str.__str__")?;
    Ok(super::same_or_new(vm, v, s.as_str()))
}

pub fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "__len__")?;
    no_args(vm, rest, "str.__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

pub fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "__hash__")?;
    no_args(vm, rest, "str.__hash__")?;
    Ok(Value::Int(s.hash()))
}

fn compare(vm: &mut Vm, args: Args, name: &str, test: fn(Ordering) -> bool) -> PyResult<Value> {
    let (s, o) = other(vm, args, name)?;
    match as_pystr(o) {
        Some(t) => Ok(Value::Bool(test(s.as_str().cmp(t.as_str())))),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

pub fn str_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o == Ordering::Equal)
}

pub fn str_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o != Ordering::Equal)
}

pub fn str_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o == Ordering::Less)
}

pub fn str_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o != Ordering::Greater)
}

pub fn str_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o == Ordering::Greater)
}

pub fn str_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o != Ordering::Less)
}

/// `a + b` of two strs, one allocation for the result.
pub fn concat(vm: &Vm, a: &str, b: &str) -> Value {
    let mut out = String::with_capacity(a.len() + b.len());
    out.push_str(a);
    out.push_str(b);
    vm.new_str(out)
}

pub fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, o) = other(vm, args, "__add__")?;
    match as_pystr(o) {
        Some(t) => Ok(concat(vm, s.as_str(), t.as_str())),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

/// A repeat count for `seq * n` (`__index__`; `None` when `n` is not an integer at all, so the
/// operator can give its "can't multiply sequence" error).
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    match n {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Float(_) => Ok(None),
        _ => {
            if let Some(big) = crate::types::int::as_bigint(n) {
                return match num_traits::ToPrimitive::to_i64(&big) {
                    Some(i) => Ok(Some(i)),
                    None if num_traits::Signed::is_negative(&big) => Ok(Some(0)),
                    None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
                };
            }
            if vm.special(n, &vm.names.__index__.clone()).is_none() {
                return Ok(None);
            }
            vm.index_value(n).map(Some)
        }
    }
}

/// `text * n` with CPython's overflow and memory errors.
pub fn repeat_text(vm: &Vm, text: &str, n: i64) -> PyResult<String> {
    if n <= 0 || text.is_empty() {
        return Ok(String::new());
    }
    let total =
        text.len().checked_mul(n as usize).filter(|t| *t <= isize::MAX as usize).ok_or_else(|| vm.overflow_error("repeated string is too long"))?;
    let mut out = String::new();
    out.try_reserve_exact(total).map_err(|_| crate::PyErr::new(vm.new_exception_obj(&vm.exc.memory_error, vec![])))?;
    for _ in 0..n {
        out.push_str(text);
    }
    Ok(out)
}

pub fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, o) = other(vm, args, "__mul__")?;
    let Some(n) = repeat_count(vm, o)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    if let (1, Some(this)) = (n, args.args.first()) {
        return Ok(super::same_or_new(vm, this, s.as_str()));
    }
    let out = repeat_text(vm, s.as_str(), n)?;
    Ok(vm.new_str(out))
}

pub fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, o) = other(vm, args, "__mod__")?;
    let out = super::fmt::str_percent(vm, s.as_str(), o)?;
    Ok(vm.new_str(out))
}

pub fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, o) = other(vm, args, "__contains__")?;
    match as_pystr(o) {
        Some(t) => Ok(Value::Bool(s.as_str().contains(t.as_str()))),
        None => Err(vm.type_error(format!("'in <string>' requires string as left operand, not {}", vm.type_name(o)))),
    }
}

/// One character as a str: ASCII characters come from the interned table.
pub fn char_value(vm: &mut Vm, c: char) -> Value {
    if let Some(o) = vm.ascii_chars.get(c as usize) {
        return Value::Obj(o.clone());
    }
    let mut buf = [0u8; 4];
    vm.new_str(&*c.encode_utf8(&mut buf))
}

/// `s[key]` for an int index or a slice.
pub fn getitem(vm: &mut Vm, s: &crate::objects::str::PyStr, key: &Value) -> PyResult<Value> {
    if let Some(sl) = as_slice(key) {
        let r = slice_indices(vm, sl, s.char_len())?;
        let text = s.as_str();
        if r.len == 0 {
            return Ok(Value::Obj(vm.intern("")));
        }
        if r.is_contiguous() {
            let start = r.start as usize;
            let (b0, b1) = (s.byte_offset(start), s.byte_offset(start + r.len));
            return Ok(vm.new_str(&text[b0..b1]));
        }
        let out: String = if s.is_ascii() {
            let bytes = text.as_bytes();
            r.indices().filter_map(|i| bytes.get(i).map(|&b| char::from(b))).collect()
        } else {
            let chars: Vec<char> = text.chars().collect();
            r.indices().filter_map(|i| chars.get(i).copied()).collect()
        };
        return Ok(vm.new_str(out));
    }
    let index = item_index(vm, key, s.char_len(), |t| format!("string indices must be integers, not '{t}'"))?;
    match index.and_then(|i| s.char_at(i)) {
        Some(c) => Ok(char_value(vm, c)),
        None => Err(vm.index_error("string index out of range")),
    }
}

pub fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, key) = other(vm, args, "__getitem__")?;
    getitem(vm, s, key)
}

pub fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, _, rest) = this(vm, args, "__iter__")?;
    no_args(vm, rest, "str.__iter__")?;
    let Some(o) = v.as_obj() else {
        return Err(vm.type_error("expected str"));
    };
    let cls = vm.types.str_iterator.clone();
    Ok(vm.new_iterator(&cls, IterState::Str { s: o.clone(), byte_pos: 0 }))
}

pub fn str_format_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, "__format__")?;
    let spec = one_arg(vm, rest, "str.__format__")?;
    let Some(spec) = Vm::str_of(spec) else {
        return Err(vm.type_error(format!("__format__() argument must be str, not {}", vm.type_name(spec))));
    };
    if spec.is_empty() {
        // A subclass formats as `str(self)`, which may be overridden (`format_obj`).
        if v.as_obj().is_some_and(|o| o.class.borrow().as_type().is_some_and(|t| !t.builtin)) {
            let v = v.clone();
            return Ok(Value::Obj(vm.to_str(&v)?));
        }
        return Ok(super::same_or_new(vm, v, s.as_str()));
    }
    let type_name = vm.type_name(v);
    let out = parse_format_spec(spec, &type_name)
        .and_then(|parsed| format_str(s.as_str(), &parsed, &type_name))
        .map_err(|e| super::fmt::format_error(vm, e))?;
    Ok(vm.new_str(out))
}

pub fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "__getnewargs__")?;
    no_args(vm, rest, "str.__getnewargs__")?;
    let copy = vm.new_str(s.as_str());
    Ok(vm.new_tuple(vec![copy]))
}

pub fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "format")?;
    let out = super::fmt::str_format(vm, s.as_str(), rest.positional(), rest.kwnames, rest.kw_values())?;
    Ok(vm.new_str(out))
}

pub fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "format_map")?;
    let mapping = one_arg(vm, rest, "str.format_map")?;
    let out = super::fmt::str_format_map(vm, s.as_str(), mapping)?;
    Ok(vm.new_str(out))
}

pub fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, s, rest) = this(vm, args, "encode")?;
    let [encoding, errors] = clinic(vm, rest, "encode", ["encoding", "errors"])?;
    let encoding = super::codecs::text_arg(vm, encoding.as_ref(), "encode", "encoding", "utf-8")?;
    let errors = super::codecs::text_arg(vm, errors.as_ref(), "encode", "errors", "strict")?;
    let codec = super::codecs::lookup(vm, encoding)?;
    let out = super::codecs::encode(vm, v, s.as_str(), codec, errors)?;
    Ok(vm.new_bytes(out))
}
