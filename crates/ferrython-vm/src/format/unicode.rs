//! The two Unicode properties number parsing needs, with CPython's (Unicode 14.0) tables:
//! decimal digit values (`Py_UNICODE_TODECIMAL`) and whitespace (`Py_UNICODE_ISSPACE`).

mod tables;

use std::borrow::Cow;

use tables::{DECIMAL_ZEROS, WHITESPACE};

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (`'7'`, `'٣'`, `'７'`), else `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = u32::from(c);
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let zero = match DECIMAL_ZEROS.binary_search(&cp) {
        Ok(i) => DECIMAL_ZEROS[i],
        Err(0) => return None,
        Err(i) => DECIMAL_ZEROS[i - 1],
    };
    let value = cp - zero;
    (value < 10).then_some(value)
}

/// `str.isspace()` for one character (`Py_UNICODE_ISSPACE`); note it includes `'\x1c'..='\x1f'`.
pub fn is_space(c: char) -> bool {
    WHITESPACE.binary_search(&u32::from(c)).is_ok()
}

/// `Py_ISSPACE`: the C-locale ASCII whitespace that `int()` and `float()` strip.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`, the first step of `int(str)` and `float(str)`:
/// ASCII passes through, other whitespace becomes `' '`, other decimal digits become their ASCII
/// digit, and the first other character becomes `'?'` and ends the string (it can never parse).
pub(crate) fn decimal_and_space_to_ascii(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if u32::from(c) < 127 {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            out.push('?');
            break;
        }
    }
    Cow::Owned(out)
}
