//! The ASCII text methods of `bytes`/`bytearray` (Objects/bytes_methods.c): splitting,
//! stripping, partitioning, case conversion, `is...` predicates, padding, `expandtabs`,
//! `translate` and `maketrans`.

use super::{Kind, Recv, buffer_arg, make, this};
use crate::PyResult;
use crate::objects::function::Args;
use crate::types::str::args::{clinic, no_args, one_arg, ssize_arg, unpack};
use crate::value::Value;
use crate::vm::Vm;

/// `Py_ISSPACE`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn list_of(vm: &Vm, kind: Kind, parts: Vec<&[u8]>) -> Value {
    let items = parts
        .into_iter()
        .map(|p| make(vm, kind, p.to_vec()))
        .collect();
    vm.new_list(items)
}

/// `(sep, maxsplit)` of `split`/`rsplit`.
fn split_args(vm: &mut Vm, r: &Recv, name: &str) -> PyResult<(Option<Vec<u8>>, usize)> {
    let [sep, maxsplit] = clinic(vm, r.rest, name, ["sep", "maxsplit"])?;
    let maxsplit = match &maxsplit {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let sep = match &sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = buffer_arg(vm, v)?.into_owned();
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    Ok((sep, maxsplit))
}

fn split_whitespace(data: &[u8], maxsplit: usize, reverse: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    loop {
        rest = if reverse {
            trim_end(rest, is_space)
        } else {
            trim_start(rest, is_space)
        };
        if rest.is_empty() {
            break;
        }
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let found = if reverse {
            rest.iter().rposition(|&b| is_space(b))
        } else {
            rest.iter().position(|&b| is_space(b))
        };
        match found {
            Some(i) if reverse => {
                out.push(&rest[i + 1..]);
                rest = &rest[..i];
            }
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i..];
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    if reverse {
        out.reverse();
    }
    out
}

fn split_sep<'a>(data: &'a [u8], sep: &[u8], maxsplit: usize, reverse: bool) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    if reverse {
        let mut end = data.len();
        let mut finder = memchr::memmem::rfind_iter(data, sep);
        while out.len() < maxsplit {
            match finder.next() {
                Some(i) if i + sep.len() <= end => {
                    out.push(&data[i + sep.len()..end]);
                    end = i;
                }
                Some(_) => continue,
                None => break,
            }
        }
        out.push(&data[..end]);
        out.reverse();
    } else {
        let mut start = 0;
        for i in memchr::memmem::find_iter(data, sep) {
            if out.len() >= maxsplit {
                break;
            }
            out.push(&data[start..i]);
            start = i + sep.len();
        }
        out.push(&data[start..]);
    }
    out
}

fn split_common(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    let (sep, maxsplit) = split_args(vm, &r, name)?;
    let data = r.data();
    let parts = match &sep {
        None => split_whitespace(&data, maxsplit, reverse),
        Some(sep) => split_sep(&data, sep, maxsplit, reverse),
    };
    Ok(list_of(vm, r.kind, parts))
}

pub fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, args, "split", false)
}

pub fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, args, "rsplit", true)
}

pub fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "splitlines")?;
    let [keepends] = clinic(vm, r.rest, "splitlines", ["keepends"])?;
    let keepends = match &keepends {
        Some(k) => ssize_arg(vm, k)? != 0,
        None => false,
    };
    let data = r.data();
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let b = data[i];
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(&data[start..if keepends { end } else { i }]);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        parts.push(&data[start..]);
    }
    Ok(list_of(vm, r.kind, parts))
}

fn trim_start(d: &[u8], f: impl Fn(u8) -> bool) -> &[u8] {
    let n = d.iter().take_while(|&&b| f(b)).count();
    &d[n..]
}

fn trim_end(d: &[u8], f: impl Fn(u8) -> bool) -> &[u8] {
    let n = d.iter().rev().take_while(|&&b| f(b)).count();
    &d[..d.len() - n]
}

fn strip_common(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    let pos = unpack(vm, r.rest, r.qualname(name), name, 0, 1)?;
    let set: Option<Vec<u8>> = match pos.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(vm, v)?.into_owned()),
    };
    let data = r.data();
    let test = |b: u8| match &set {
        None => is_space(b),
        Some(s) => s.contains(&b),
    };
    let mut out: &[u8] = &data;
    if left {
        out = trim_start(out, test);
    }
    if right {
        out = trim_end(out, test);
    }
    Ok(make(vm, r.kind, out.to_vec()))
}

pub fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "strip", true, true)
}

pub fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "lstrip", true, false)
}

pub fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, args, "rstrip", false, true)
}

fn partition_common(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    let sep_v = one_arg(vm, r.rest, r.qualname(name))?;
    let sep = buffer_arg(vm, sep_v)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = r.data();
    let found = if reverse {
        memchr::memmem::rfind(&data, &sep)
    } else {
        memchr::memmem::find(&data, &sep)
    };
    let k = r.kind;
    let items = match found {
        Some(i) => vec![
            make(vm, k, data[..i].to_vec()),
            make(vm, k, sep.to_vec()),
            make(vm, k, data[i + sep.len()..].to_vec()),
        ],
        None if reverse => vec![
            make(vm, k, vec![]),
            make(vm, k, vec![]),
            make(vm, k, data.to_vec()),
        ],
        None => vec![
            make(vm, k, data.to_vec()),
            make(vm, k, vec![]),
            make(vm, k, vec![]),
        ],
    };
    Ok(vm.new_tuple(items))
}

pub fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, args, "partition", false)
}

pub fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, args, "rpartition", true)
}

fn convert(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    no_args(vm, r.rest, r.qualname(name))?;
    let out = f(&r.data());
    Ok(make(vm, r.kind, out))
}

pub fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "upper", <[u8]>::to_ascii_uppercase)
}

pub fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "lower", <[u8]>::to_ascii_lowercase)
}

pub fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "swapcase", |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

pub fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let out = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

pub fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    no_args(vm, r.rest, r.qualname(name))?;
    Ok(Value::Bool(f(&r.data())))
}

pub fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

pub fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

pub fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

pub fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&b| is_space(b))
    })
}

pub fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", <[u8]>::is_ascii)
}

pub fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

pub fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

pub fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for &b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn pad_common(vm: &mut Vm, args: Args, name: &str, align: u8) -> PyResult<Value> {
    let r = this(vm, args, name)?;
    let pos = unpack(vm, r.rest, r.qualname(name), name, 1, 2)?;
    let width = ssize_arg(vm, &pos[0])?;
    let fill = match pos.get(1) {
        None => b' ',
        Some(v) => match super::bytes_data(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    let data = r.data();
    let len = data.len() as i64;
    if width <= len {
        return Ok(make(vm, r.kind, data.to_vec()));
    }
    let marg = width - len;
    let left = match align {
        b'l' => 0,
        b'r' => marg,
        _ => marg / 2 + (marg & width & 1),
    } as usize;
    let right = marg as usize - left;
    let mut out = Vec::new();
    out.try_reserve_exact(width as usize)
        .map_err(|_| crate::PyErr::new(vm.new_exception_obj(&vm.exc.memory_error, vec![])))?;
    out.resize(left, fill);
    out.extend_from_slice(&data);
    out.resize(left + data.len() + right, fill);
    Ok(make(vm, r.kind, out))
}

pub fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "center", b'c')
}

pub fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "ljust", b'l')
}

pub fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, args, "rjust", b'r')
}

pub fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "zfill")?;
    let width = one_arg(vm, r.rest, r.qualname("zfill"))?;
    let width = ssize_arg(vm, width)?;
    let data = r.data();
    if width <= data.len() as i64 {
        return Ok(make(vm, r.kind, data.to_vec()));
    }
    let fill = width as usize - data.len();
    let (sign, digits) = match data.first() {
        Some(b'+' | b'-') => data.split_at(1),
        _ => (&data[..0], &data[..]),
    };
    let mut out = Vec::with_capacity(width as usize);
    out.extend_from_slice(sign);
    out.resize(sign.len() + fill, b'0');
    out.extend_from_slice(digits);
    Ok(make(vm, r.kind, out))
}

pub fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "expandtabs")?;
    let [tabsize] = clinic(vm, r.rest, "expandtabs", ["tabsize"])?;
    let tabsize = match &tabsize {
        Some(t) => ssize_arg(vm, t)?,
        None => 8,
    };
    let data = r.data();
    let mut out = Vec::with_capacity(data.len());
    let mut column: i64 = 0;
    for &b in data.iter() {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize;
                    column += incr;
                    out.extend(std::iter::repeat_n(b' ', incr as usize));
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(make(vm, r.kind, out))
}

/// `translate(table, /, delete=b'')`.
pub fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, args, "translate")?;
    if r.rest.positional().is_empty() {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let [table, delete] = clinic(vm, r.rest, "translate", ["table", "delete"])?;
    let table = match &table {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = buffer_arg(vm, t)?.into_owned();
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &delete {
        None => Vec::new(),
        Some(d) => buffer_arg(vm, d)?.into_owned(),
    };
    let out = r
        .data()
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(make(vm, r.kind, out))
}

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping each byte of `frm` to the one of `to`.
pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = unpack(vm, args, "bytes.maketrans", "maketrans", 2, 2)?;
    let frm = buffer_arg(vm, &pos[0])?;
    let to = buffer_arg(vm, &pos[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in frm.iter().zip(to.iter()) {
        table[usize::from(a)] = b;
    }
    Ok(vm.new_bytes(table))
}
