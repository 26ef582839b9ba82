//! `int` (and `bool`) arithmetic: `i64` with overflow into `BigInt`, CPython's floor division and
//! modulo, hashing modulo 2**61 - 1.

use ferrython_compiler::bytecode::BinaryOperator;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

const MODULUS: i64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let h = if i >= 0 { i % MODULUS } else { -((-(i as i128) % MODULUS as i128) as i64) };
    if h == -1 { -2 } else { h }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// An int-valued operand as a big integer (`bool` counts), or `None`.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Exact `int`/`bool` (not a user subclass, whose methods must run).
pub fn is_exact_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_)) && o.class.borrow().as_type().is_some_and(|t| t.builtin),
        _ => false,
    }
}

pub fn small_binop(vm: &mut Vm, op: BinaryOperator, a: i64, b: i64) -> PyResult<Value> {
    use BinaryOperator::*;
    let big = |vm: &mut Vm| big_binop(vm, op, &BigInt::from(a), &BigInt::from(b));
    Ok(match op {
        Add => a.checked_add(b).map_or_else(|| big(vm), |v| Ok(Value::Int(v)))?,
        Subtract => a.checked_sub(b).map_or_else(|| big(vm), |v| Ok(Value::Int(v)))?,
        Multiply => a.checked_mul(b).map_or_else(|| big(vm), |v| Ok(Value::Int(v)))?,
        FloorDivide => {
            if b == 0 {
                return Err(vm.zero_division_error("integer division or modulo by zero"));
            }
            match a.checked_div_euclid(b) {
                Some(_) => Value::Int(a.div_floor(&b)),
                None => big(vm)?,
            }
        }
        Remainder => {
            if b == 0 {
                return Err(vm.zero_division_error("integer modulo by zero"));
            }
            match a.checked_rem(b) {
                Some(_) => Value::Int(a.mod_floor(&b)),
                None => Value::Int(0),
            }
        }
        TrueDivide => {
            if b == 0 {
                return Err(vm.zero_division_error("division by zero"));
            }
            Value::Float(true_divide(a, b))
        }
        Power => {
            if b < 0 {
                if a == 0 {
                    return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
                }
                Value::Float((a as f64).powf(b as f64))
            } else if let Some(v) = u32::try_from(b).ok().and_then(|e| a.checked_pow(e)) {
                Value::Int(v)
            } else {
                big(vm)?
            }
        }
        LShift => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if b < 63 && a.abs() < (1i64 << (62 - b)) { Value::Int(a << b) } else { big(vm)? }
        }
        RShift => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Value::Int(if b >= 64 { if a < 0 { -1 } else { 0 } } else { a >> b })
        }
        And => Value::Int(a & b),
        Or => Value::Int(a | b),
        Xor => Value::Int(a ^ b),
        _ => return Ok(Value::Null),
    })
}

/// `a / b` for ints, correctly rounded when both fit exactly in a double.
fn true_divide(a: i64, b: i64) -> f64 {
    const EXACT: i64 = 1 << 53;
    if a.abs() <= EXACT && b.abs() <= EXACT {
        a as f64 / b as f64
    } else {
        big_true_divide(&BigInt::from(a), &BigInt::from(b))
    }
}

fn big_true_divide(a: &BigInt, b: &BigInt) -> f64 {
    // Scale so the quotient has 64+ significant bits, then let the float conversion round.
    let shift = 64i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift > 0 { (a << shift as usize, b.clone()) } else { (a.clone(), b << (-shift) as usize) };
    let q = &num / &den;
    let q = q.to_f64().unwrap_or(f64::INFINITY);
    q * 2f64.powi(-shift as i32)
}

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
            let r = big_true_divide(a, b);
            if r.is_infinite() {
                return Err(vm.overflow_error("integer division result too large for a float"));
            }
            Value::Float(r)
        }
        Power => {
            if b.is_negative() {
                if a.is_zero() {
                    return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
                }
                let af = int_to_f64(vm, a)?;
                let bf = int_to_f64(vm, b)?;
                Value::Float(af.powf(bf))
            } else {
                let Some(e) = b.to_u32() else {
                    if a.is_zero() || a == &BigInt::from(1) {
                        return Ok(vm.new_int(a.clone()));
                    }
                    return Err(vm.new_error(&vm.exc.memory_error, ""));
                };
                vm.new_int(num_traits::pow(a.clone(), e as usize))
            }
        }
        LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(s) = b.to_usize() else { return Err(vm.overflow_error("too many digits in integer")) };
            vm.new_int(a << s)
        }
        RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = b.to_usize().unwrap_or(usize::MAX);
            if s >= a.bits() as usize + 1 {
                Value::Int(if a.is_negative() { -1 } else { 0 })
            } else {
                vm.new_int(a >> s)
            }
        }
        And => vm.new_int(a & b),
        Or => vm.new_int(a | b),
        Xor => vm.new_int(a ^ b),
        _ => Value::Null,
    })
}

/// `float(int)` with CPython's OverflowError.
pub fn int_to_f64(vm: &Vm, a: &BigInt) -> PyResult<f64> {
    match a.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `repr(int)` for any int value.
pub fn int_repr(v: &Value) -> Option<String> {
    match v {
        Value::Int(i) => Some(i.to_string()),
        Value::Bool(b) => Some(if *b { "True" } else { "False" }.to_string()),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.to_string()),
            _ => None,
        },
        _ => None,
    }
}
