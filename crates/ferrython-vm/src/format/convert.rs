//! Exact conversions between `int` and `float`, as `float(int)` (`PyLong_AsDouble`) and
//! `int(float)` (`PyLong_FromDouble`) do them.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::dtoa::decompose;
use super::error::FormatError;

/// `float(v)`: correctly rounded (half to even); `OverflowError` "int too large to convert to
/// float" when the rounded value does not fit in a double.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let magnitude = v.magnitude();
    let bits = magnitude.bits();
    let too_large = || FormatError::overflow("int too large to convert to float");
    if bits > 1024 {
        return Err(too_large());
    }
    let abs = if bits <= 64 {
        // `u64 as f64` rounds to nearest, ties to even.
        magnitude.to_u64().unwrap_or(0) as f64
    } else {
        // Keep the top 64 bits and fold every lower bit into a sticky bit; 64 > 53 + 1 bits
        // is enough for the single rounding of the `as` conversion to be the correct one.
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64().unwrap_or(u64::MAX);
        let sticky = magnitude.trailing_zeros().is_some_and(|tz| tz < shift);
        let top = top | u64::from(sticky);
        // 2**shift for shift <= 960 is a normal double.
        let scale = f64::from_bits((1023 + shift) << 52);
        (top as f64) * scale
    };
    if abs.is_infinite() {
        return Err(too_large());
    }
    Ok(if v.sign() == Sign::Minus { -abs } else { abs })
}

/// `int(x)` for a float: truncates toward zero. `OverflowError` "cannot convert float infinity
/// to integer" and `ValueError` "cannot convert float NaN to integer" as in `PyLong_FromDouble`.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t == 0.0 {
        return Ok(BigInt::zero());
    }
    let (mantissa, exp) = decompose(t.abs());
    let mut v = BigInt::from(mantissa);
    if exp >= 0 {
        v <<= exp as u64;
    } else {
        // `t` is an integer, so the low bits shifted out are zeros.
        v >>= exp.unsigned_abs();
    }
    Ok(if t < 0.0 { -v } else { v })
}
