//! `float.__format__` (`_PyFloat_FormatAdvancedWriter` and `format_float_internal`).

use super::error::FormatError;
use super::float_repr::{DtoaFlags, double_to_string};
use super::layout::{NumberParts, NumberStyle, write_number};
use super::spec::{Align, FormatSpec, Resolved, unknown_code};

/// `format(v, spec)` for a float. Types `e E f F g G n %`, or none: like `g` but with at least
/// one digit after the point, and the shortest repr when no precision is given.
///
/// ```
/// use ferrython_vm::format::{format_float, parse_format_spec};
/// let f = |v: f64, s: &str| format_float(v, &parse_format_spec(s, "float").unwrap(), "float");
/// assert_eq!(f(1.0, "").unwrap(), "1.0");
/// assert_eq!(f(1234.5, ".3").unwrap(), "1.23e+03");
/// assert_eq!(f(2.675, ".2f").unwrap(), "2.67");
/// assert_eq!(f(-0.0, "z.1f").unwrap(), "0.0");
/// assert_eq!(f(1.5, "d").unwrap_err().message, "Unknown format code 'd' for object of type 'float'");
/// ```
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let r = spec.resolve('\0', Align::Right)?;
    match r.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_resolved(v, &r),
        other => Err(unknown_code(other, type_name)),
    }
}

/// The largest precision `format_float_internal` accepts (`INT_MAX`).
pub(crate) const MAX_FLOAT_PRECISION: usize = i32::MAX as usize;

/// Resolves a float presentation to `PyOS_double_to_string` arguments (code, precision,
/// flags); shared with complex formatting, whose default precision is the same 6.
pub(crate) fn float_conversion(r: &Resolved, default_precision: usize) -> Result<(char, usize, DtoaFlags), FormatError> {
    let precision = match r.precision {
        Some(p) if p > MAX_FLOAT_PRECISION => {
            return Err(FormatError::value("precision too big"));
        }
        p => p,
    };
    let mut flags = DtoaFlags { alt: r.alternate, no_neg_0: r.no_neg_zero, ..DtoaFlags::default() };
    let code = match r.ty {
        // 'n' is 'g' in the current locale; Ferrython runs in the C locale.
        'n' => 'g',
        '%' => 'f',
        '\0' => {
            flags.add_dot_0 = true;
            'r'
        }
        other => other,
    };
    Ok(match (code, precision) {
        ('r', None) => ('r', 0, flags),
        // With a precision, the omitted type is 'g' that keeps a digit after the point.
        ('r', Some(p)) => ('g', p, flags),
        (code, p) => (code, p.unwrap_or(default_precision), flags),
    })
}

/// Splits `double_to_string` output into sign, integer digits and the rest (`parse_number`).
pub(crate) fn split_number(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_end = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (digits, rest) = body.split_at(int_end);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    NumberParts { negative, prefix: "", digits, has_decimal, remainder }
}

pub(crate) fn format_float_resolved(v: f64, r: &Resolved) -> Result<String, FormatError> {
    let (code, precision, flags) = float_conversion(r, 6)?;
    // '%' multiplies by 100 in floating point, exactly as CPython does (it may overflow to inf).
    let (value, percent) = if r.ty == '%' { (v * 100.0, true) } else { (v, false) };
    let mut text = double_to_string(value, code, precision, flags)?;
    if percent {
        text.push('%');
    }
    let style = NumberStyle {
        fill: r.fill,
        align: r.align,
        width: r.width,
        sign: r.sign,
        // 'n' groups by the C locale, which is no grouping (and ',' with 'n' is refused).
        separator: r.grouping.filter(|_| r.ty != 'n').map(|g| (g.as_char(), 3)),
    };
    let parts = split_number(&text);
    let mut out = String::new();
    write_number(&mut out, &parts, &style)?;
    Ok(out)
}
