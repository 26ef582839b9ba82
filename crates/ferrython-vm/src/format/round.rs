//! `round()` for floats (`float___round___impl` and `double_round` in Objects/floatobject.c).

use num_bigint::BigInt;

use super::convert::f64_to_bigint;
use super::dtoa::{Mode, dtoa};
use super::error::FormatError;

/// Beyond this many digits after the point every double rounds to itself:
/// `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`.
const NDIGITS_MAX: i64 = 323;
/// Beyond this many digits before the point every double rounds to zero:
/// `-(DBL_MAX_EXP + 1) * 0.30103`.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`: correctly rounded, ties to even, by rounding the exact value to a
/// decimal string and reading it back, as CPython does; so `round(2.675, 2) == 2.67` (2.675 is
/// really 2.67499999...) and `round(0.125, 2) == 0.12`. `inf`/`nan` round to themselves.
/// `ndigits` is the Python int clamped to `i64` (CPython clamps it to `Py_ssize_t` the same way).
/// Fails with `OverflowError` "rounded value too large to represent", e.g. for
/// `round(1.7976931348623157e308, -308)`.
///
/// ```
/// use ferrython_vm::format::round_float;
/// assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
/// assert_eq!(round_float(1234.5, -2).unwrap(), 1200.0);
/// assert_eq!(round_float(-0.001, 2).unwrap().to_bits(), (-0.0f64).to_bits());
/// ```
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        // Zero with the sign of x.
        return Ok(0.0 * x);
    }
    let digits = dtoa(x, Mode::Fixed(ndigits));
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let exponent = digits.decpt - digits.digits.len() as i64;
    let text = format!("{sign}0{}e{exponent}", digits.digits);
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `round(x)` before its conversion to int: the nearest integer, ties to even (CPython rounds
/// half away from zero and then fixes the halfway case, which is the same thing).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x)` with no `ndigits`: the int nearest to `x`, ties to even; `OverflowError` for
/// infinities and `ValueError` for nan, with `int(float)`'s messages.
pub fn round_to_int(x: f64) -> Result<BigInt, FormatError> {
    f64_to_bigint(round_half_even(x))
}
