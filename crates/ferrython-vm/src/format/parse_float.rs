//! `float(str)`: `PyFloat_FromString` (Objects/floatobject.c) with
//! `_Py_string_to_number_with_underscores` and `_PyOS_ascii_strtod` (Python/pystrtod.c).

use std::borrow::Cow;

use super::error::FormatError;
use super::unicode::{decimal_and_space_to_ascii, is_ascii_space};

/// `float(s)`: surrounding whitespace, a sign, `inf`/`infinity`/`nan` in any case, decimal
/// digits with single underscores between digits, an optional fraction (`'.5'`, `'5.'`) and
/// exponent, any Unicode decimal digits. Out-of-range values become `inf` or `0.0` as in CPython.
/// `None` when invalid: the VM raises [`invalid_float_literal`]`(repr(s))`.
///
/// ```
/// use ferrython_vm::format::parse_float;
/// assert_eq!(parse_float(" 1_000.5e-1\n"), Some(100.05));
/// assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
/// assert_eq!(parse_float("1e500"), Some(f64::INFINITY));
/// assert_eq!(parse_float("1_e5"), None);
/// ```
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = decimal_and_space_to_ascii(s);
    let b = ascii.as_bytes();
    let mut start = 0;
    let mut end = b.len();
    while start < end && is_ascii_space(b[start]) {
        start += 1;
    }
    while end > start && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    let text = &ascii[start..end];
    let text = if text.contains('_') { Cow::Owned(remove_underscores(text)?) } else { Cow::Borrowed(text) };
    parse_ascii_float(&text)
}

/// "could not convert string to float: 'abc'" (the repr is not truncated).
pub fn invalid_float_literal(repr: &str) -> FormatError {
    FormatError::value(format!("could not convert string to float: {repr}"))
}

/// `_Py_string_to_number_with_underscores`: each underscore must sit between two digits.
fn remove_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(char::from(c));
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// The whole of `s` must be `[sign](inf|infinity|nan)` or
/// `[sign](digits[.[digits]]|.digits)[(e|E)[sign]digits]`; Rust's parser, which accepts exactly
/// that decimal grammar and rounds correctly, then gives the value.
fn parse_ascii_float(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        // The sign of a nan is kept (`-nan` has its sign bit set), as in `_Py_parse_inf_or_nan`.
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let b = body.as_bytes();
    let digits_from = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits_from(0);
    let mut i = int_end;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        let frac_end = digits_from(i + 1);
        frac_digits = frac_end - (i + 1);
        i = frac_end;
    }
    if int_end == 0 && frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_end = digits_from(j);
        if exp_end == j {
            return None;
        }
        i = exp_end;
    }
    if i != b.len() {
        return None;
    }
    let value: f64 = body.parse().ok()?;
    Some(if negative { -value } else { value })
}
