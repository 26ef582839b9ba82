//! `complex()` (`complex_new_impl`) and its string parser (`complex_from_string_inner`).

use super::{complex_of, new_complex_of};
use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let complex = vm.types.complex.clone();
    vm.add_native(&complex, "__new__", complex_new, BuiltinKind::StaticMethod);
}

/// Does `v` count as a number for `complex()` (complex, or has `__float__`/`__index__`)?
fn is_number(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || complex_of(v).is_some()
        || vm.special(v, &vm.names.__float__).is_some()
        || vm.special(v, &vm.names.__index__).is_some()
}

/// `complex.__new__(cls, real=0, imag=0)`.
fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::int::new_class(vm, args.args, &vm.types.complex.clone())?;
    let inner = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [r, i] = inner.bind(vm, "complex", ["real", "imag"], 0)?;
    let exact_cls = std::rc::Rc::ptr_eq(&cls, &vm.types.complex);
    let r = r.unwrap_or(Value::Int(0));
    if exact_cls
        && i.is_none()
        && let Value::Obj(o) = &r
        && matches!(o.payload, Payload::Complex(..))
        && std::rc::Rc::ptr_eq(&o.class(), &vm.types.complex)
    {
        return Ok(r);
    }
    if let Some(Payload::Str(s)) = r.payload() {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s.as_str()) {
            Some((re, im)) => Ok(new_complex_of(vm, &cls, re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(Payload::Str(_)) = i.as_ref().and_then(|i| i.payload()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let mut r = r;
    if let Some(c) = vm.call_special(&r, &vm.names.__complex__.clone(), &[])? {
        if complex_of(&c).is_none() {
            return Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&c)
            )));
        }
        r = c;
    }
    if !is_number(vm, &r) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(&r)
        )));
    }
    if let Some(i) = &i
        && !is_number(vm, i)
    {
        return Err(vm.type_error(format!(
            "complex() second argument must be a number, not '{}'",
            vm.type_name(i)
        )));
    }
    let (mut cr, cr_is_complex) = match complex_of(&r) {
        Some(c) => (c, true),
        None => ((crate::types::float::number_to_float(vm, &r)?, 0.0), false),
    };
    let (mut ci, ci_is_complex) = match &i {
        None => ((cr.1, 0.0), false),
        Some(i) => match complex_of(i) {
            Some(c) => (c, true),
            None => ((crate::types::float::number_to_float(vm, i)?, 0.0), false),
        },
    };
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok(new_complex_of(vm, &cls, cr.0, ci.0))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The longest prefix of `s` that is a float literal (`PyOS_string_to_double` with an end
/// pointer): its value and length, or `None` when no prefix is one.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let lower: Vec<u8> = s[i..]
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let special = if lower.starts_with(b"infinity") {
        Some(8)
    } else if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        Some(3)
    } else {
        None
    };
    if let Some(n) = special {
        let end = i + n;
        let text = std::str::from_utf8(&s[..end]).ok()?;
        return crate::format::parse_float(text).map(|v| (v, end));
    }
    let digits_start = i;
    while s.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut ndigits = i - digits_start;
    if s.get(i) == Some(&b'.') {
        let j = i + 1;
        let mut k = j;
        while s.get(k).is_some_and(u8::is_ascii_digit) {
            k += 1;
        }
        ndigits += k - j;
        if ndigits > 0 {
            i = k;
        }
    }
    if ndigits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut k = i + 1;
        if matches!(s.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        let e_start = k;
        while s.get(k).is_some_and(u8::is_ascii_digit) {
            k += 1;
        }
        if k > e_start {
            i = k;
        }
    }
    let text = std::str::from_utf8(&s[..i]).ok()?;
    crate::format::parse_float(text).map(|v| (v, i))
}

/// Remove underscores that sit between two digits; `None` if any other underscore appears
/// (`_Py_string_to_number_with_underscores`).
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev_digit = i > 0 && b[i - 1].is_ascii_digit();
            let next_digit = b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !prev_digit || !next_digit {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// `complex(s)`: `'1+2j'`, `' (3-4.5e1J) '`, `'j'`, `'-inf+nanj'`, ...
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let text: std::borrow::Cow<str> = if text.contains('_') {
        strip_underscores(text)?.into()
    } else {
        text.into()
    };
    // Non-ASCII decimal digits and spaces are not translated (CPython does translate them).
    let b = text.as_bytes();
    let mut s = 0;
    let mut end = b.len();
    while s < end && is_space(b[s]) {
        s += 1;
    }
    while end > s && is_space(b[end - 1]) {
        end -= 1;
    }
    let mut b = &b[s..end];
    if b.first() == Some(&b'(') {
        if b.last() != Some(&b')') || b.len() < 2 {
            return None;
        }
        b = &b[1..b.len() - 1];
        while b.first().is_some_and(|c| is_space(*c)) {
            b = &b[1..];
        }
        while b.last().is_some_and(|c| is_space(*c)) {
            b = &b[..b.len() - 1];
        }
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let (mut x, mut y) = (0.0, 0.0);
    let mut s = 0;
    if let Some((z, n)) = float_prefix(b) {
        s = n;
        if matches!(at(s), b'+' | b'-') {
            x = z;
            match float_prefix(&b[s..]) {
                Some((v, n)) => {
                    y = v;
                    s += n;
                }
                None => {
                    y = if at(s) == b'+' { 1.0 } else { -1.0 };
                    s += 1;
                }
            }
            if !matches!(at(s), b'j' | b'J') {
                return None;
            }
            s += 1;
        } else if matches!(at(s), b'j' | b'J') {
            s += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if matches!(at(s), b'+' | b'-') {
            y = if at(s) == b'+' { 1.0 } else { -1.0 };
            s += 1;
        } else {
            y = 1.0;
        }
        if !matches!(at(s), b'j' | b'J') {
            return None;
        }
        s += 1;
    }
    if s != b.len() {
        return None;
    }
    Some((x, y))
}
