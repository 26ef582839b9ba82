//! `int` (and `bool`) arithmetic: `i64` with overflow into `BigInt`, CPython's floor division and
//! modulo signs, correctly rounded true division (`long_true_divide`) and `pow` with a modulus
//! (`long_pow`). Results are exact ints; subclass instances never come out of here.

use ferrython_compiler::bytecode::BinaryOperator;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `a <op> b` for two ints that fit in `i64`; `Value::Null` for an operator ints do not have.
#[inline]
pub fn small_binop(vm: &mut Vm, op: BinaryOperator, a: i64, b: i64) -> PyResult<Value> {
    use BinaryOperator::*;
    let big = |vm: &mut Vm| big_binop(vm, op, &BigInt::from(a), &BigInt::from(b));
    Ok(match op {
        Add => a
            .checked_add(b)
            .map_or_else(|| big(vm), |v| Ok(Value::Int(v)))?,
        Subtract => a
            .checked_sub(b)
            .map_or_else(|| big(vm), |v| Ok(Value::Int(v)))?,
        Multiply => a
            .checked_mul(b)
            .map_or_else(|| big(vm), |v| Ok(Value::Int(v)))?,
        FloorDivide => {
            if b == 0 {
                return Err(vm.zero_division_error("integer division or modulo by zero"));
            }
            match a.checked_div_euclid(b) {
                Some(_) => Value::Int(Integer::div_floor(&a, &b)),
                None => big(vm)?,
            }
        }
        Remainder => {
            if b == 0 {
                return Err(vm.zero_division_error("integer modulo by zero"));
            }
            match a.checked_rem(b) {
                Some(_) => Value::Int(Integer::mod_floor(&a, &b)),
                None => Value::Int(0),
            }
        }
        TrueDivide => {
            if b == 0 {
                return Err(vm.zero_division_error("division by zero"));
            }
            const EXACT: u64 = 1 << 53;
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                // Both exact in a double: IEEE division is correctly rounded.
                Value::Float(a as f64 / b as f64)
            } else {
                big(vm)?
            }
        }
        Power => {
            if b < 0 {
                // CPython hands a negative exponent to float pow.
                return crate::types::float::float_pow(vm, a as f64, b as f64);
            }
            match u32::try_from(b).ok().and_then(|e| a.checked_pow(e)) {
                Some(v) => Value::Int(v),
                None => big(vm)?,
            }
        }
        LShift => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if a == 0 {
                Value::Int(0)
            } else if b < 63 && a.unsigned_abs() < (1u64 << (62 - b)) {
                Value::Int(a << b)
            } else {
                big(vm)?
            }
        }
        RShift => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Value::Int(if b >= 64 {
                if a < 0 { -1 } else { 0 }
            } else {
                a >> b
            })
        }
        And => Value::Int(a & b),
        Or => Value::Int(a | b),
        Xor => Value::Int(a ^ b),
        _ => Value::Null,
    })
}

/// `a <op> b` for any two ints; `Value::Null` for an operator ints do not have.
pub fn big_binop(vm: &mut Vm, op: BinaryOperator, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    use BinaryOperator::*;
    Ok(match op {
        Add => vm.new_int(a + b),
        Subtract => vm.new_int(a - b),
        Multiply => vm.new_int(a * b),
        FloorDivide => {
            if b.is_zero() {
                return Err(vm.zero_division_error("integer division or modulo by zero"));
            }
            vm.new_int(a.div_floor(b))
        }
        Remainder => {
            if b.is_zero() {
                return Err(vm.zero_division_error("integer modulo by zero"));
            }
            vm.new_int(a.mod_floor(b))
        }
        TrueDivide => {
            if b.is_zero() {
                return Err(vm.zero_division_error("division by zero"));
            }
            match big_true_divide(a, b) {
                Some(r) => Value::Float(r),
                None => {
                    return Err(vm.overflow_error("integer division result too large for a float"));
                }
            }
        }
        Power => {
            if b.is_negative() {
                let af = super::int_to_f64(vm, a)?;
                let bf = super::int_to_f64(vm, b)?;
                return crate::types::float::float_pow(vm, af, bf);
            }
            match b.to_u32() {
                Some(e) => vm.new_int(num_traits::pow(a.clone(), e as usize)),
                // Only 0, 1 and -1 have a representable power this large.
                None if a.is_zero() || a.is_one() => vm.new_int(a.clone()),
                None if *a == BigInt::from(-1) => Value::Int(if b.is_odd() { -1 } else { 1 }),
                None => return Err(vm.new_error(&vm.exc.memory_error, "")),
            }
        }
        LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            match b.to_u32() {
                Some(s) if s < (1 << 31) => vm.new_int(a << s as usize),
                _ => return Err(vm.overflow_error("too many digits in integer")),
            }
        }
        RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(s) if s <= a.bits() => vm.new_int(a >> s as usize),
                _ => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        And => vm.new_int(a & b),
        Or => vm.new_int(a | b),
        Xor => vm.new_int(a ^ b),
        _ => Value::Null,
    })
}

/// `divmod(a, b)` for ints: floor quotient and remainder with the divisor's sign.
pub fn int_divmod(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<(Value, Value)> {
    if b.is_zero() {
        return Err(vm.zero_division_error("integer division or modulo by zero"));
    }
    let (q, r) = a.div_mod_floor(b);
    Ok((vm.new_int(q), vm.new_int(r)))
}

/// `pow(a, b, m)` for ints (`long_pow` with a modulus): a negative exponent takes the modular
/// inverse, and the result has the sign of `m` (in `(m, 0]` for negative `m`).
pub fn int_pow_mod(vm: &Vm, a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    if modulus.is_one() {
        return Ok(Value::Int(0));
    }
    let mut base = a.mod_floor(&modulus);
    let mut exp = b.clone();
    if exp.is_negative() {
        base = match base.modinv(&modulus) {
            Some(inv) => inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        };
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &modulus);
    if m.is_negative() && !r.is_zero() {
        r -= &modulus;
    }
    Ok(vm.new_int(r))
}

/// `a / b` correctly rounded (`long_true_divide` in Objects/longobject.c); `None` on overflow.
/// `b` is non-zero.
pub fn big_true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let negate = a.is_negative() != b.is_negative();
    let signed = |x: f64| if negate { -x } else { x };
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Some(signed(0.0));
    }
    let (a_bits, b_bits) = (a.bits() as i64, b.bits() as i64);
    if a_bits <= MANT_DIG && b_bits <= MANT_DIG {
        // Both exact in a double: IEEE division is correctly rounded.
        return Some(signed(a.to_f64()? / b.to_f64()?));
    }
    let diff = a_bits - b_bits;
    if diff > MAX_EXP {
        return None;
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Some(signed(0.0));
    }
    // Scale so the quotient has MANT_DIG + 2 or + 3 bits (fewer for subnormal results) and
    // remember whether anything nonzero was dropped.
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        a << (-shift) as usize
    } else {
        let s = shift as u64;
        inexact = a.trailing_zeros().is_some_and(|tz| tz < s);
        a >> s as usize
    };
    let (x, rem) = x.div_rem(b);
    inexact |= !rem.is_zero();
    let x_bits = x.bits() as i64;
    let mut low = x.to_u64()?;
    // Round half to even at the last kept bit, the dropped bits and `inexact` deciding.
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    low |= inexact as u64;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    low &= !(2 * mask - 1);
    let dx = low as f64;
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == 2f64.powi(x_bits as i32)) {
        return None;
    }
    Some(signed(crate::types::float::ldexp(dx, shift)))
}
