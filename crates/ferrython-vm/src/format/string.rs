//! `str.__format__` (`format_string_internal`).

use super::error::FormatError;
use super::layout::pad;
use super::spec::{Align, FormatSpec, Sign, unknown_code};

/// `format(s, spec)` for a str: only the `s` type; precision truncates, width pads (left-aligned
/// by default). Lengths count code points, like CPython's.
///
/// ```
/// use ferrython_vm::format::{format_str, parse_format_spec};
/// let f = |v: &str, s: &str| format_str(v, &parse_format_spec(s, "str").unwrap(), "str");
/// assert_eq!(f("abc", "*^7.2").unwrap(), "**ab***");
/// assert_eq!(f("abc", ",").unwrap_err().message, "Cannot specify ',' with 's'.");
/// ```
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let r = spec.resolve('s', Align::Left)?;
    if r.ty != 's' {
        return Err(unknown_code(r.ty, type_name));
    }
    match r.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value("Space not allowed in string format specifier"));
        }
        Some(_) => {
            return Err(FormatError::value("Sign not allowed in string format specifier"));
        }
        None => {}
    }
    if r.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if r.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if r.align == Align::AfterSign {
        return Err(FormatError::value("'=' alignment not allowed in string format specifier"));
    }
    let (body, nchars) = match r.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((end, _)) => (&s[..end], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    pad(body, nchars, r.fill, r.width, r.align)
}
