//! Decimal digit generation with the contract of David Gay's `_Py_dg_dtoa`, which CPython uses for
//! every float-to-text conversion: correctly rounded from the exact binary value, ties to even.
//!
//! Rust's own float formatting already is correctly rounded (shortest round-trip for `{}`/`{:e}`,
//! exact half-even rounding for `{:.N}`/`{:.Ne}`), so it produces the digits here; precision is
//! clamped below its 16-bit limit, which loses nothing because a double's exact decimal expansion
//! has at most 767 significant and 1074 fractional digits. Rounding to the left of the decimal
//! point (`round(x, -2)`) has no Rust counterpart and is done exactly with big integers.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};
use std::cmp::Ordering;

/// How many digits `_Py_dg_dtoa` is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Mode 0: the shortest string that round-trips (`repr`).
    Shortest,
    /// Mode 2: this many significant digits (at least one).
    Significant(usize),
    /// Mode 3: rounded to this many digits after the decimal point (negative: before it).
    Fixed(i64),
}

/// `_Py_dg_dtoa`'s result for a finite `|x|`: `x == 0.DIGITS * 10**decpt`. `digits` has no leading
/// or trailing zeros; zero itself is `"0"` with `decpt == 1`, and a nonzero value that rounds to
/// zero in [`Mode::Fixed`] is `""` with `decpt == -ndigits`, exactly as dtoa reports them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Digits {
    pub digits: String,
    pub decpt: i64,
}

/// Past this many fractional digits every double's decimal expansion has ended.
const MAX_FRACTION_DIGITS: usize = 1100;
/// Past this many significant digits every double's decimal expansion has ended.
const MAX_SIGNIFICANT_DIGITS: usize = 800;

/// Digits of `|x|` for finite `x` (the caller handles the sign, `inf` and `nan`).
pub(crate) fn dtoa(x: f64, mode: Mode) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits { digits: "0".to_owned(), decpt: 1 };
    }
    match mode {
        Mode::Shortest => shortest(x),
        Mode::Significant(n) => {
            let n = n.clamp(1, MAX_SIGNIFICANT_DIGITS);
            from_scientific(&format!("{:.*e}", n - 1, x))
        }
        Mode::Fixed(n) if n >= 0 => {
            let n = usize::try_from(n).map_or(MAX_FRACTION_DIGITS, |n| n.min(MAX_FRACTION_DIGITS));
            from_fixed(&format!("{x:.n$}"), n)
        }
        Mode::Fixed(n) => fixed_exact(x, n),
    }
}

/// Mode 0. Rust and dtoa agree on the length of the shortest round-tripping string, and on its
/// digits except when two such strings are equally close to `x` (`0x1.c6bf526340002p+49` is
/// exactly 1000000000000000.25): Rust takes the upper one, dtoa the even one. The even one is the
/// correctly rounded string of that length, so whenever that string differs from Rust's and still
/// reads back as `x`, it is dtoa's answer.
fn shortest(x: f64) -> Digits {
    let rust = from_scientific(&format!("{x:e}"));
    let n = rust.digits.len();
    let rounded_text = format!("{:.*e}", n - 1, x);
    let rounded = from_scientific(&rounded_text);
    if rounded != rust && rounded_text.parse::<f64>() == Ok(x) { rounded } else { rust }
}

/// Parses Rust's `d.ddde[-]x` output.
fn from_scientific(s: &str) -> Digits {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    if digits.is_empty() {
        // Only zero has no nonzero digit, and zero was handled by the caller.
        return Digits { digits: "0".to_owned(), decpt: 1 };
    }
    Digits { digits: digits.to_owned(), decpt: exp + 1 }
}

/// Parses Rust's `iii.fff` output that has `n` fractional digits.
fn from_fixed(s: &str, n: usize) -> Digits {
    let all: String = s.chars().filter(char::is_ascii_digit).collect();
    let leading_zeros = all.len() - all.trim_start_matches('0').len();
    let significant = all[leading_zeros..].trim_end_matches('0');
    let n = n as i64;
    if significant.is_empty() {
        return Digits { digits: String::new(), decpt: -n };
    }
    Digits { digits: significant.to_owned(), decpt: all.len() as i64 - n - leading_zeros as i64 }
}

/// Mode 3 done exactly: `round_half_even(x * 10**n)` with big integers. Works for any `n`; used
/// for `n < 0`, and by the tests to cross-check the Rust-formatting path.
pub(crate) fn fixed_exact(x: f64, n: i64) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits { digits: "0".to_owned(), decpt: 1 };
    }
    let (mantissa, exp2) = decompose(x);
    let mut num = BigUint::from(mantissa);
    let mut den = BigUint::one();
    if exp2 >= 0 {
        num <<= exp2 as u64;
    } else {
        den <<= exp2.unsigned_abs();
    }
    let ten_pow = BigUint::from(10u32).pow(n.unsigned_abs() as u32);
    if n >= 0 {
        num *= ten_pow;
    } else {
        den *= ten_pow;
    }
    let (mut q, r) = num.div_rem(&den);
    match (r << 1u32).cmp(&den) {
        Ordering::Greater => q += 1u32,
        Ordering::Equal if q.is_odd() => q += 1u32,
        _ => {}
    }
    if q.is_zero() {
        return Digits { digits: String::new(), decpt: -n };
    }
    let s = q.to_string();
    let len = s.len() as i64;
    Digits { digits: s.trim_end_matches('0').to_owned(), decpt: len - n }
}

/// `x == mantissa * 2**exp` exactly, for finite positive `x`.
pub(crate) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), biased - 1075) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift64*, so the cross-check covers many doubles without a dependency.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    #[test]
    fn rust_fixed_digits_agree_with_exact_rounding() {
        let mut state = 0x9E37_79B9_7F4A_7C15;
        for i in 0..4000 {
            let x = f64::from_bits(next(&mut state));
            if !x.is_finite() {
                continue;
            }
            // Mix in short decimals, whose halfway cases are exact.
            let x = if i % 2 == 0 { x } else { (next(&mut state) % 100_000) as f64 / 1000.0 };
            for n in [0, 1, 2, 3, 5, 10, 17, 25, 330] {
                assert_eq!(dtoa(x, Mode::Fixed(n)), fixed_exact(x, n), "{x:e} to {n} places");
            }
        }
    }

    #[test]
    fn zero_and_vanishing_values() {
        let zero = Digits { digits: "0".into(), decpt: 1 };
        assert_eq!(dtoa(0.0, Mode::Fixed(3)), zero);
        assert_eq!(dtoa(-0.0, Mode::Shortest), zero);
        // A nonzero value that rounds away entirely: no digits, decpt == -ndigits.
        let gone = Digits { digits: String::new(), decpt: -2 };
        assert_eq!(dtoa(0.001, Mode::Fixed(2)), gone);
        assert_eq!(fixed_exact(0.001, 2), gone);
    }
}
