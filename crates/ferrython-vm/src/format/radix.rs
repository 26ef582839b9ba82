//! Integer-to-text in a base: `str(int)` with CPython's 4300-digit guard, and `bin`/`oct`/`hex`.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigInt;
use num_traits::Signed;

use super::error::FormatError;

/// CPython's default `sys.get_int_max_str_digits()` (PEP 651 follow-up, CVE-2020-10735).
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

/// The process-wide limit on decimal digits in `int` <-> `str` conversions (0: no limit).
static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`; the caller has already checked CPython's rule that `n` is 0
/// or at least 640. Every decimal conversion in this module honours it.
pub fn set_int_max_str_digits(limit: usize) {
    INT_MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
}

/// `str(v)` under the current limit: `ValueError` "Exceeds the limit (4300 digits) for integer
/// string conversion; use sys.set_int_max_str_digits() to increase the limit".
pub fn int_to_decimal_string(v: &BigInt) -> Result<String, FormatError> {
    int_to_decimal_string_with_limit(v, int_max_str_digits())
}

/// [`int_to_decimal_string`] with an explicit limit (0: none).
pub fn int_to_decimal_string_with_limit(v: &BigInt, limit: usize) -> Result<String, FormatError> {
    let exceeds = || {
        FormatError::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // Like CPython, refuse a far-too-large value before paying for its conversion: a number of
    // `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits (0.30102 < log10(2)).
    let bits = v.bits();
    if limit > 0 && bits > 1 && (bits - 1) * 30102 / 100_000 + 1 > limit as u64 {
        return Err(exceeds());
    }
    let s = v.to_string();
    let digits = s.len() - usize::from(v.is_negative());
    if limit > 0 && digits > limit {
        return Err(exceeds());
    }
    Ok(s)
}

/// `v` in `base` (2, 8 or 16) with Python's `0b`/`0o`/`0x` prefix after the sign: what `bin`,
/// `oct` and `hex` return, e.g. `-0x1f`. Any other base in 2..=36 gets no prefix.
pub fn int_to_str_radix(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = v.magnitude().to_str_radix(base.clamp(2, 36));
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// `bin(v)`: `'0b101'`, `'-0b1'`.
pub fn int_to_bin(v: &BigInt) -> String {
    int_to_str_radix(v, 2)
}

/// `oct(v)`: `'0o17'`.
pub fn int_to_oct(v: &BigInt) -> String {
    int_to_str_radix(v, 8)
}

/// `hex(v)`: `'-0x1f'`.
pub fn int_to_hex(v: &BigInt) -> String {
    int_to_str_radix(v, 16)
}
