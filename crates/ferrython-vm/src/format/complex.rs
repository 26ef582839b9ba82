//! `complex.__format__` (`format_complex_internal`).

use super::error::{FormatError, reserve};
use super::float::{float_conversion, split_number};
use super::float_repr::{DtoaFlags, complex_repr, double_to_string};
use super::layout::{NumberStyle, pad, write_number};
use super::spec::{Align, FormatSpec, Sign, unknown_code};

/// `format(complex(real, imag), spec)`. Types `e E f F g G n` or none; with no type the result
/// looks like `str()` (parentheses unless the real part is `+0.0`), but honours precision,
/// width, grouping and sign. Zero padding and `=` alignment are refused.
///
/// ```
/// use ferrython_vm::format::{format_complex, parse_format_spec};
/// let f = |re: f64, im: f64, s: &str| format_complex(re, im, &parse_format_spec(s, "complex").unwrap(), "complex");
/// assert_eq!(f(1.0, 2.0, "").unwrap(), "(1+2j)");
/// assert_eq!(f(1.0, -2.5, "^14.2f").unwrap(), "  1.00-2.50j  ");
/// ```
pub fn format_complex(real: f64, imag: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    if *spec == FormatSpec::default() {
        return Ok(complex_repr(real, imag));
    }
    let r = spec.resolve('\0', Align::Right)?;
    if !matches!(r.ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(r.ty, type_name));
    }
    let (code, precision, flags) = float_conversion(&r, 6)?;
    if r.fill == '0' {
        return Err(FormatError::value("Zero padding is not allowed in complex format specifier"));
    }
    if r.align == Align::AfterSign {
        return Err(FormatError::value("'=' alignment flag is not allowed in complex format specifier"));
    }
    // Unlike a float's, the omitted type does not add ".0": `format(1+2j, '.3')` is '(1+2j)'.
    let flags = DtoaFlags { add_dot_0: false, ..flags };
    let (skip_re, add_parens) = if r.ty == '\0' {
        let skip = real == 0.0 && real.is_sign_positive();
        (skip, !skip)
    } else {
        (false, false)
    };
    let re_text = double_to_string(real, code, precision, flags)?;
    let im_text = double_to_string(imag, code, precision, flags)?;

    let separator = r.grouping.filter(|_| r.ty != 'n').map(|g| (g.as_char(), 3));
    // Both parts are laid out unpadded; the padding goes around the whole.
    let part_style = |sign| NumberStyle { fill: ' ', align: Align::Left, width: None, sign, separator };
    let mut body = String::new();
    reserve(&mut body, re_text.len() + im_text.len() + 3)?;
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        write_number(&mut body, &split_number(&re_text), &part_style(r.sign))?;
    }
    // The imaginary part always has a sign, unless the real part is omitted.
    let im_sign = if skip_re { r.sign } else { Some(Sign::Plus) };
    write_number(&mut body, &split_number(&im_text), &part_style(im_sign))?;
    body.push('j');
    if add_parens {
        body.push(')');
    }
    pad(&body, body.chars().count(), r.fill, r.width, r.align)
}
