//! The special methods of `bytes`/`bytearray` (length, comparisons, `+`, `*`, `%`, `in`,
//! subscripts, iteration, hashing) and `decode`, `hex`, `fromhex`, `join`.

use std::cmp::Ordering;

use super::{Kind, bytes_data, hash_bytes, kind_of, make, this};
use crate::PyResult;
use crate::objects::function::Args;
use crate::objects::iter::IterState;
use crate::types::str::args::{clinic, no_args, one_arg, ssize_arg};
use crate::types::str::codecs;
use crate::types::str::ops::repeat_count;
use crate::types::str::slice::{as_slice, item_index, slice_indices};
use crate::types::str::split::iterable_items;
use crate::value::Value;
use crate::vm::Vm;

/// The receiver's data and the one argument of a binary special method.
fn binary<'a>(vm: &Vm, args: Args<'a>, name: &str) -> PyResult<(super::Recv<'a>, &'a Value)> {
    let r = this(vm, args, name)?;
    if !r.rest.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match r.rest.positional() {
        [o] => Ok((r, o)),
        // CPython's `sq_repeat` wrapper prints its (empty) name before the message.
        p if name == "__mul__" => {
            Err(vm.type_error(format!(" expected 1 argument, got {}", p.len())))
        }
        p => Err(vm.type_error(format!("expected 1 argument, got {}", p.len()))),
    }
}

fn not_implemented(vm: &Vm) -> Value {
    Value::Obj(vm.not_implemented.clone())
}

pub fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__len__")?;
    no_args(vm, r.rest, r.qualname("__len__"))?;
    Ok(Value::Int(vm.len(r.value)? as i64))
}

pub fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__hash__")?;
    no_args(vm, r.rest, r.qualname("__hash__"))?;
    Ok(Value::Int(hash_bytes(&r.data())))
}

fn compare(vm: &mut Vm, args: Args, name: &str, test: fn(Ordering) -> bool) -> PyResult<Value> {
    let (r, o) = binary(vm, args, name)?;
    match bytes_data(o) {
        Some(other) => Ok(Value::Bool(test(r.data().as_ref().cmp(other.as_ref())))),
        None => Ok(not_implemented(vm)),
    }
}

pub fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o == Ordering::Equal)
}

pub fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o != Ordering::Equal)
}

pub fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o == Ordering::Less)
}

pub fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o != Ordering::Greater)
}

pub fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o == Ordering::Greater)
}

pub fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o != Ordering::Less)
}

pub fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, o) = binary(vm, args, "__add__")?;
    let Some(other) = bytes_data(o) else {
        return Ok(not_implemented(vm));
    };
    let data = r.data();
    let mut out = Vec::with_capacity(data.len() + other.len());
    out.extend_from_slice(&data);
    out.extend_from_slice(&other);
    Ok(make(vm, r.kind, out))
}

/// `data * n` for bytes (via the latin-1-safe text repeat of the str implementation).
pub fn repeat(vm: &Vm, data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || data.is_empty() {
        return Ok(Vec::new());
    }
    if data.len() == 1 {
        let total =
            usize::try_from(n).map_err(|_| vm.overflow_error("repeated bytes are too long"))?;
        let mut out = Vec::new();
        out.try_reserve_exact(total)
            .map_err(|_| crate::PyErr::new(vm.new_exception_obj(&vm.exc.memory_error, vec![])))?;
        out.resize(total, data[0]);
        return Ok(out);
    }
    let total = data
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t <= isize::MAX as usize)
        .ok_or_else(|| vm.overflow_error("repeated bytes are too long"))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| crate::PyErr::new(vm.new_exception_obj(&vm.exc.memory_error, vec![])))?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

pub fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, o) = binary(vm, args, "__mul__")?;
    let Some(n) = repeat_count(vm, o)? else {
        return Ok(not_implemented(vm));
    };
    let out = repeat(vm, &r.data(), n)?;
    Ok(make(vm, r.kind, out))
}

pub fn modulo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, o) = binary(vm, args, "__mod__")?;
    let out = crate::types::str::fmt::bytes_percent(vm, &r.data(), o)?;
    Ok(make(vm, r.kind, out))
}

/// A single byte argument (`in`, `find(98)`, `append`): an int (or `__index__`) in range(256).
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match crate::types::int::as_bigint(v) {
        Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(i64::MAX),
        None => vm.index_value(v)?,
    };
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// Whether `v` is an integer for the purposes of `in`/`find`/`count` (`PyIndex_Check`).
pub fn is_index(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || crate::types::int::as_bigint(v).is_some()
        || (kind_of(v).is_none() && vm.special(v, &vm.names.__index__.clone()).is_some())
}

pub fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, o) = binary(vm, args, "__contains__")?;
    if is_index(vm, o) {
        let b = byte_value(vm, o)?;
        return Ok(Value::Bool(r.data().contains(&b)));
    }
    let needle = super::buffer_arg(vm, o)?;
    let found = memchr::memmem::find(&r.data(), &needle).is_some();
    Ok(Value::Bool(found))
}

pub fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, key) = binary(vm, args, "__getitem__")?;
    let data = r.data();
    if let Some(sl) = as_slice(key) {
        let s = slice_indices(vm, sl, data.len())?;
        let out: Vec<u8> = if s.is_contiguous() {
            let start = s.start.max(0) as usize;
            data.get(start..start + s.len)
                .map(<[u8]>::to_vec)
                .unwrap_or_default()
        } else {
            s.indices().filter_map(|i| data.get(i).copied()).collect()
        };
        return Ok(make(vm, r.kind, out));
    }
    let not_index = match r.kind {
        Kind::Bytes => |t: &str| format!("byte indices must be integers or slices, not {t}"),
        Kind::ByteArray => {
            |t: &str| format!("bytearray indices must be integers or slices, not {t}")
        }
    };
    match item_index(vm, key, data.len(), not_index)?.and_then(|i| data.get(i)) {
        Some(&b) => Ok(Value::Int(i64::from(b))),
        None if r.kind == Kind::Bytes => Err(vm.index_error("index out of range")),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

pub fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__iter__")?;
    no_args(vm, r.rest, r.qualname("__iter__"))?;
    let Some(o) = r.value.as_obj() else {
        return Err(vm.type_error("expected bytes"));
    };
    let cls = vm.types.bytes_iterator.clone();
    Ok(vm.new_iterator(
        &cls,
        IterState::Bytes {
            b: o.clone(),
            index: 0,
        },
    ))
}

pub fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "__getnewargs__")?;
    no_args(vm, r.rest, r.qualname("__getnewargs__"))?;
    let copy = vm.new_bytes(r.data().into_owned());
    Ok(vm.new_tuple(vec![copy]))
}

pub fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "decode")?;
    let [encoding, errors] = clinic(vm, r.rest, "decode", ["encoding", "errors"])?;
    let encoding = codecs::text_arg(vm, encoding.as_ref(), "decode", "encoding", "utf-8")?;
    let errors = codecs::text_arg(vm, errors.as_ref(), "decode", "errors", "strict")?;
    let codec = codecs::lookup(vm, encoding)?;
    let text = codecs::decode(vm, &r.data(), codec, errors)?;
    Ok(vm.new_str(text))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)` (`_Py_strhex_impl`): `sep` goes between groups of
/// `bytes_per_sep` bytes counted from the right (from the left when negative).
pub fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "hex")?;
    let [sep, per] = clinic(vm, r.rest, "hex", ["sep", "bytes_per_sep"])?;
    let per = match &per {
        Some(p) => ssize_arg(vm, p)?,
        None => 1,
    };
    let sep: Option<char> = match &sep {
        None => None,
        Some(s) => {
            let text: Vec<char> = match (Vm::str_of(s), bytes_data(s)) {
                (Some(t), _) => t.chars().collect(),
                (None, Some(b)) => b.iter().map(|&x| char::from(x)).collect(),
                (None, None) => {
                    return Err(
                        vm.type_error(format!("object of type '{}' has no len()", vm.type_name(s)))
                    );
                }
            };
            match text.as_slice() {
                [c] if c.is_ascii() => Some(*c),
                [_] => return Err(vm.value_error("sep must be ASCII.")),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
    };
    let data = r.data();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let (Some(c), true) = (sep, group > 0 && i > 0) {
            // Groups are counted from the right for a positive bytes_per_sep.
            let boundary = if per > 0 {
                (data.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(c);
            }
        }
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    Ok(vm.new_str(out))
}

/// `bytes.fromhex(string)` (a classmethod: subclasses get `cls(result)`).
pub fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((cls, rest)) = args.positional().split_first() else {
        return Err(vm.type_error("fromhex() needs a class"));
    };
    let kind = if cls.is(&Value::Obj(vm.types.bytearray.clone())) {
        Kind::ByteArray
    } else {
        Kind::Bytes
    };
    let qual = format!("{}.fromhex", kind.name());
    let arg = one_arg(
        vm,
        Args {
            args: rest,
            kwnames: args.kwnames,
        },
        &qual,
    )?;
    let Some(text) = Vm::str_of(arg) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(arg)
        )));
    };
    let digits: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    let bad = |vm: &Vm, pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < digits.len() {
        if digits[i].is_ascii_whitespace() || digits[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = digits[i]
            .to_digit(16)
            .filter(|_| digits[i].is_ascii())
            .ok_or_else(|| bad(vm, i))?;
        let lo = digits
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let is_exact = cls.is(&Value::Obj(vm.types.bytes.clone())) || kind == Kind::ByteArray;
    let result = make(vm, kind, out);
    if is_exact {
        return Ok(result);
    }
    vm.call(cls, &[result], &[])
}

pub fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "join")?;
    let iterable = one_arg(vm, r.rest, r.qualname("join"))?;
    let items = iterable_items(vm, iterable, "can only join an iterable")?;
    let sep = r.data();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = bytes_data(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(make(vm, r.kind, out))
}
