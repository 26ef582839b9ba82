//! `int(str, base)`: `PyLong_FromUnicodeObject` and `PyLong_FromString` (Objects/longobject.c).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use super::error::FormatError;
use super::radix::int_max_str_digits;
use super::unicode::{decimal_and_space_to_ascii, is_ascii_space};

/// Why a string is not an int.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not an int literal in that base: the VM raises
    /// [`invalid_int_literal`]`(base, repr(s))`.
    Invalid,
    /// More decimal digits than `sys.get_int_max_str_digits()` allows (bases that are not powers
    /// of two only). [`ParseIntError::to_error`] gives the message.
    ExceedsLimit { digits: usize, limit: usize },
}

impl ParseIntError {
    /// The `ValueError` to raise; `base` and `repr` (the VM's `repr(s)`) are for [`Self::Invalid`].
    pub fn to_error(&self, base: u32, repr: &str) -> FormatError {
        match self {
            ParseIntError::Invalid => invalid_int_literal(base, repr),
            ParseIntError::ExceedsLimit { digits, limit } => FormatError::value(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )),
        }
    }
}

/// "invalid literal for int() with base 10: 'abc'", with the repr cut to 200 characters
/// (`%.200R`). `base` is the one the caller passed, 0 included.
pub fn invalid_int_literal(base: u32, repr: &str) -> FormatError {
    let cut = match repr.char_indices().nth(200) {
        Some((end, _)) => &repr[..end],
        None => repr,
    };
    FormatError::value(format!("invalid literal for int() with base {base}: {cut}"))
}

/// `int(s, base)` with CPython's grammar: surrounding whitespace, a sign, single underscores
/// between digits (and one after a `0x`/`0o`/`0b` prefix), any Unicode decimal digits; base 0
/// reads the prefix and refuses leading zeros (`'010'`) except in zero itself (`'00'`, `'0_0'`).
/// `None` for anything invalid, including a base outside 0 and 2..=36 (which the VM rejects first
/// with "int() base must be >= 2 and <= 36, or 0"). No digit limit applies; see
/// [`parse_int_with_limit`].
///
/// ```
/// use ferrython_vm::format::parse_int;
/// use num_bigint::BigInt;
/// assert_eq!(parse_int(" -0x_1f ", 0), Some(BigInt::from(-31)));
/// assert_eq!(parse_int("1_000", 10), Some(BigInt::from(1000)));
/// assert_eq!(parse_int("010", 0), None);
/// assert_eq!(parse_int("1__0", 10), None);
/// ```
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_with_limit(s, base, 0).ok()
}

/// [`parse_int`] that also enforces the digit limit (0: none) for bases that are not powers of
/// two, as `int()` does with `sys.get_int_max_str_digits()`.
pub fn parse_int_with_limit(s: &str, base: u32, limit: usize) -> Result<BigInt, ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::Invalid);
    }
    let ascii = decimal_and_space_to_ascii(s);
    let b = ascii.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    let negative = match at(i) {
        b'+' => {
            i += 1;
            false
        }
        b'-' => {
            i += 1;
            true
        }
        _ => false,
    };
    let mut base = base;
    // A C-style octal literal like "010" is an error, but zero itself may be "00".
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if at(i) == b'0' && prefix != 0 && at(i + 1).to_ascii_lowercase() == prefix {
        i += 2;
        // One underscore is allowed right after the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(ParseIntError::Invalid);
    }

    // The run of digits and single underscores.
    let start = i;
    let mut clean = Vec::new();
    let mut prev = 0u8;
    while i < b.len() && (digit_value(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(ParseIntError::Invalid);
            }
        } else {
            clean.push(b[i]);
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && limit > 0 && clean.len() > limit {
        return Err(ParseIntError::ExceedsLimit { digits: clean.len(), limit });
    }
    if i == start {
        return Err(ParseIntError::Invalid);
    }
    let magnitude = BigUint::parse_bytes(&clean, base).ok_or(ParseIntError::Invalid)?;
    if error_if_nonzero && !magnitude.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(ParseIntError::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `int(s, base)` under the current `sys.get_int_max_str_digits()`.
pub fn parse_int_checked(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    parse_int_with_limit(s, base, int_max_str_digits())
}

/// `_PyLong_DigitValue`: 0-35 for `0-9a-zA-Z`, 37 for everything else.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 37,
    }
}
