//! `float.hex()` and `float.fromhex()`, ported from `float_hex` and `float_fromhex` in
//! Objects/floatobject.c (same digits, same rounding, same messages).

use super::dunders::this;
use super::ldexp;
use crate::PyResult;
use crate::objects::function::Args;
use crate::types::int::arity;
use crate::value::Value;
use crate::vm::Vm;

const MANT_DIG: i64 = 53;
const MIN_EXP: i64 = -1021;
const MAX_EXP: i64 = 1024;

/// `float.hex()`: `'0x1.8000000000000p+1'` for 3.0.
pub fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, rest) = this(vm, args.args, "hex")?;
    arity::<0>(vm, rest)?;
    Ok(vm.new_str(hex_string(x)))
}

pub fn hex_string(x: f64) -> String {
    if !x.is_finite() {
        return crate::format::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        };
    }
    let (m, e) = super::frexp(x.abs());
    let shift = 1 - (MIN_EXP - e as i64).max(0);
    let mut m = ldexp(m, shift);
    let e = e as i64 - shift;
    let digit = |d: f64| char::from_digit(d as u32, 16).unwrap_or('0');
    let mut s = String::new();
    s.push(digit(m));
    m -= m.trunc();
    s.push('.');
    for _ in 0..(MANT_DIG - 1) / 4 {
        m *= 16.0;
        s.push(digit(m));
        m -= m.trunc();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let (esign, e) = if e < 0 { ('-', -e) } else { ('+', e) };
    format!("{sign}0x{s}p{esign}{e}")
}

/// `float.fromhex(s)` (a classmethod: subclasses get `cls(value)`).
pub fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "fromhex")?;
    let [cls, s] = args.args else {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.args.len().saturating_sub(1)
        )));
    };
    let Some(text) = Vm::str_of(s) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(s)
        )));
    };
    let x = match parse_hex(text) {
        Ok(x) => x,
        Err(HexError::Parse) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
        Err(HexError::TooLong) => {
            return Err(vm.value_error("hexadecimal string too long to convert"));
        }
    };
    if cls
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.float))
    {
        return Ok(Value::Float(x));
    }
    vm.call(cls, &[Value::Float(x)], &[])
}

#[derive(Debug, PartialEq, Eq)]
pub enum HexError {
    Parse,
    Overflow,
    TooLong,
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `inf`, `infinity` or `nan` (any case, optional sign) at the start of `s`: value and length.
fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (neg, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[start..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let (v, len) = if lower.starts_with(b"infinity") {
        (f64::INFINITY, 8)
    } else if lower.starts_with(b"inf") {
        (f64::INFINITY, 3)
    } else if lower.starts_with(b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if neg { -v } else { v }, start + len))
}

pub fn parse_hex(text: &str) -> Result<f64, HexError> {
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut s = 0;
    while is_space(at(s)) {
        s += 1;
    }
    let mut negate = false;
    let x;
    if let Some((v, len)) = parse_inf_or_nan(&b[s..]) {
        x = v;
        s += len;
    } else {
        if at(s) == b'-' {
            negate = true;
            s += 1;
        } else if at(s) == b'+' {
            s += 1;
        }
        if at(s) == b'0' && matches!(at(s + 1), b'x' | b'X') {
            s += 2;
        }
        let coeff_start = s;
        while hex_value(at(s)).is_some() {
            s += 1;
        }
        let int_end = s;
        // Digits of the coefficient, most significant first, and how many follow the point.
        let mut digits: Vec<u32> = b[coeff_start..int_end]
            .iter()
            .filter_map(|&c| hex_value(c))
            .collect();
        let mut fdigits = 0i64;
        if at(s) == b'.' {
            s += 1;
            let f_start = s;
            while hex_value(at(s)).is_some() {
                s += 1;
            }
            digits.extend(b[f_start..s].iter().filter_map(|&c| hex_value(c)));
            fdigits = (s - f_start) as i64;
        }
        if digits.is_empty() {
            return Err(HexError::Parse);
        }
        if digits.len() as i64
            > (MIN_EXP - MANT_DIG - i64::MIN / 2).min(i64::MAX / 2 + 1 - MAX_EXP) / 4
        {
            return Err(HexError::TooLong);
        }
        let mut exp: i64 = 0;
        if matches!(at(s), b'p' | b'P') {
            s += 1;
            let mut neg_exp = false;
            if matches!(at(s), b'-' | b'+') {
                neg_exp = at(s) == b'-';
                s += 1;
            }
            if !at(s).is_ascii_digit() {
                return Err(HexError::Parse);
            }
            while at(s).is_ascii_digit() {
                exp = exp.saturating_mul(10).saturating_add((at(s) - b'0') as i64);
                s += 1;
            }
            if neg_exp {
                exp = -exp;
            }
        }
        x = coefficient_value(&digits, fdigits, exp)?;
    }
    while is_space(at(s)) {
        s += 1;
    }
    if s != b.len() {
        return Err(HexError::Parse);
    }
    Ok(if negate { -x } else { x })
}

/// The correctly rounded value of the hex digits `digits` (most significant first, the last
/// `fdigits` after the point) times `2**exp`.
fn coefficient_value(digits: &[u32], fdigits: i64, exp: i64) -> Result<f64, HexError> {
    // HEX_DIGIT(j): the j-th least significant digit.
    let nd_all = digits.len();
    let hex_digit = |j: i64| -> u32 { digits.get(nd_all - 1 - j as usize).copied().unwrap_or(0) };
    let mut ndigits = nd_all as i64;
    while ndigits > 0 && hex_digit(ndigits - 1) == 0 {
        ndigits -= 1;
    }
    if ndigits == 0 || exp < i64::MIN / 2 {
        return Ok(0.0);
    }
    if exp > i64::MAX / 2 {
        return Err(HexError::Overflow);
    }
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits - 1);
    let mut digit = hex_digit(ndigits - 1);
    while digit != 0 {
        top_exp += 1;
        digit /= 2;
    }
    if top_exp < MIN_EXP - MANT_DIG {
        return Ok(0.0);
    }
    if top_exp > MAX_EXP {
        return Err(HexError::Overflow);
    }
    let lsb = top_exp.max(MIN_EXP) - MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for i in (0..ndigits).rev() {
            x = 16.0 * x + hex_digit(i) as f64;
        }
        return Ok(ldexp(x, exp));
    }
    let half_eps: u32 = 1 << ((lsb - exp - 1) % 4);
    let key_digit = (lsb - exp - 1) / 4;
    let mut i = ndigits - 1;
    while i > key_digit {
        x = 16.0 * x + hex_digit(i) as f64;
        i -= 1;
    }
    let digit = hex_digit(key_digit);
    x = 16.0 * x + (digit & (16 - 2 * half_eps)) as f64;
    if digit & half_eps != 0 {
        let mut round_up = digit & (3 * half_eps - 1) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && hex_digit(key_digit + 1) & 1 != 0);
        if !round_up {
            round_up = (0..key_digit).any(|j| hex_digit(j) != 0);
        }
        if round_up {
            x += 2.0 * half_eps as f64;
            if top_exp == MAX_EXP && x == ldexp(2.0 * half_eps as f64, MANT_DIG) {
                return Err(HexError::Overflow);
            }
        }
    }
    Ok(ldexp(x, exp + 4 * key_digit))
}
