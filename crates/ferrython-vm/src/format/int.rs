//! `int.__format__` (`_PyLong_FormatAdvancedWriter` and `format_long_internal`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::convert::bigint_to_f64;
use super::error::FormatError;
use super::float::format_float_resolved;
use super::layout::{NumberParts, NumberStyle, write_number};
use super::radix::int_to_decimal_string;
use super::spec::{Align, FormatSpec, Resolved, unknown_code};

/// `format(v, spec)` for an int (`type_name` is `"int"`, `"bool"` or a subclass's name, for
/// messages). Types `b c d o x X n` format the integer; `e E f F g G %` convert it to float first.
///
/// ```
/// use ferrython_vm::format::{format_int, parse_format_spec};
/// use num_bigint::BigInt;
/// let f = |v: i64, s: &str| format_int(&BigInt::from(v), &parse_format_spec(s, "int").unwrap(), "int");
/// assert_eq!(f(-255, "#x").unwrap(), "-0xff");
/// assert_eq!(f(1234567, "_").unwrap(), "1_234_567");
/// assert_eq!(f(1, ".2").unwrap_err().message, "Precision not allowed in integer format specifier");
/// ```
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let r = spec.resolve('d', Align::Right)?;
    match r.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &r),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_resolved(bigint_to_f64(v)?, &r),
        other => Err(unknown_code(other, type_name)),
    }
}

fn format_long(v: &BigInt, r: &Resolved) -> Result<String, FormatError> {
    if r.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if r.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let mut style = NumberStyle {
        fill: r.fill,
        align: r.align,
        width: r.width,
        sign: r.sign,
        separator: r.grouping.map(|g| (g.as_char(), if r.group_by_four { 4 } else { 3 })),
    };
    let mut out = String::new();
    if r.ty == 'c' {
        if r.sign.is_some() {
            return Err(FormatError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if r.alternate {
            return Err(FormatError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let ch = int_to_char(v)?;
        let text = ch.to_string();
        // CPython passes the character as a "remainder" so it is copied, never grouped.
        let parts = NumberParts { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &text };
        write_number(&mut out, &parts, &style)?;
        return Ok(out);
    }

    let (base, prefix) = match r.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        let s = int_to_decimal_string(v)?;
        s.trim_start_matches('-').to_owned()
    } else {
        let s = v.magnitude().to_str_radix(base);
        if r.ty == 'X' { s.to_ascii_uppercase() } else { s }
    };
    if r.ty == 'n' {
        // 'n' uses the current locale; Ferrython runs in the C locale: no grouping.
        style.separator = None;
    }
    let parts =
        NumberParts { negative: v.is_negative(), prefix: if r.alternate { prefix } else { "" }, digits: &digits, has_decimal: false, remainder: "" };
    write_number(&mut out, &parts, &style)?;
    Ok(out)
}

/// The `c` presentation's conversion (`formatchar`): `OverflowError` outside `range(0x110000)`.
pub(crate) fn int_to_char(v: &BigInt) -> Result<char, FormatError> {
    // `PyLong_AsLong` fails first for values beyond a C long.
    let x = v.to_i64().ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    char_from_code_point(x as u32)
}

/// A Rust `char` cannot hold a lone surrogate (U+D800..U+DFFF), which a Python str can.
pub(crate) fn char_from_code_point(cp: u32) -> Result<char, FormatError> {
    char::from_u32(cp)
        .ok_or_else(|| FormatError::value(format!("surrogate code point U+{cp:04X} cannot be represented (Ferrython strings are UTF-8)")))
}
