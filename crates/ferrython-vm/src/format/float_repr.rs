//! `PyOS_double_to_string` (Python/pystrtod.c): the one routine behind `repr(float)`,
//! `format(float, spec)`, `'%g' % x` and `repr(complex)`, ported with its exact layout rules.

use super::dtoa::{Mode, dtoa};
use super::error::{FormatError, reserve};

/// The `Py_DTSF_*` flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always write a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: `1` is written `1.0` (repr, and format's empty presentation type).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` flag, keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` flag (3.11), a negative zero result loses its sign.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)` for `code` in `eEfFgGr`. `'r'` is the
/// shortest repr and ignores `precision`. Fails only with `MemoryError` for huge precisions.
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> Result<String, FormatError> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        // 'e' asks dtoa for one digit before the point plus `precision` after it.
        'e' => (Mode::Significant(precision.saturating_add(1)), precision.saturating_add(1)),
        'f' => (Mode::Fixed(precision as i64), precision),
        // "precision 0 makes no sense for 'g' format; interpret as 1"
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 0),
    };
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a nan is ignored; `inf` keeps its own.
        if x.is_sign_negative() && x.is_infinite() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(out);
    }

    let digits = dtoa(x, mode);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.digits.is_empty() || digits.digits == "0") {
        negative = false;
    }
    let d = digits.digits.as_bytes();
    let digits_len = d.len() as i64;
    let mut decpt = digits.decpt;
    let precision = precision as i64;

    // The output is a slice vdigits[vdigits_start..vdigits_end] of the digit string padded with
    // infinitely many zeros on both sides, with the decimal point placed at `decpt`.
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        // repr switches to exponent form at 1e16 (and below 1e-4).
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    let size = (vdigits_end - vdigits_start) as usize;
    reserve(&mut out, size.saturating_add(8))?;
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        if n > 0 {
            out.extend(std::iter::repeat_n('0', n as usize));
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let digit_str = std::str::from_utf8(d).unwrap_or_default();
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digit_str[..decpt as usize]);
        out.push('.');
        out.push_str(&digit_str[decpt as usize..]);
    } else {
        out.push_str(digit_str);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    // Delete a trailing decimal point unless using alternative formatting.
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": always a sign, at least two digits.
        let sign = if exp < 0 { '-' } else { '+' };
        out.push(sign);
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    Ok(out)
}

/// `repr(x)` for a float (`float_repr` in Objects/floatobject.c): the shortest string that
/// round-trips, in exponent form when the exponent is below -4 or at least 16, and always with
/// a `.0` when it would otherwise look like an int.
///
/// ```
/// use ferrython_vm::format::float_repr;
/// assert_eq!(float_repr(1e16), "1e+16");
/// assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
/// assert_eq!(float_repr(0.0001), "0.0001");
/// assert_eq!(float_repr(-0.0), "-0.0");
/// ```
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags { add_dot_0: true, ..DtoaFlags::default() };
    // Mode 0 output is at most 24 characters, so there is no allocation that can fail.
    double_to_string(x, 'r', 0, flags).unwrap_or_default()
}

/// `str(x)` for a float: the same as `repr` since Python 3.2.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `repr(complex(real, imag))` (`complex_repr`): `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. A real
/// part of exactly `+0.0` is left out along with the parentheses.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let plain = DtoaFlags::default();
    let signed = DtoaFlags { sign: true, ..plain };
    if real == 0.0 && real.is_sign_positive() {
        let im = double_to_string(imag, 'r', 0, plain).unwrap_or_default();
        format!("{im}j")
    } else {
        let re = double_to_string(real, 'r', 0, plain).unwrap_or_default();
        let im = double_to_string(imag, 'r', 0, signed).unwrap_or_default();
        format!("({re}{im}j)")
    }
}
