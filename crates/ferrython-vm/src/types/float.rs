//! `float` arithmetic with CPython's semantics (floor division and modulo signs, error messages) and
//! hashing (integral floats hash like the equal int).

use ferrython_compiler::bytecode::BinaryOperator;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn hash_f64(f: f64, v: &Value) -> i64 {
    if f.is_nan() {
        return (v.id() >> 4) as i64;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 {
        if f.abs() < 9.0e18 {
            return super::int::hash_i64(f as i64);
        }
        if let Some(b) = BigInt::from_f64(f) {
            return super::int::hash_bigint(&b);
        }
    }
    // CPython's _Py_HashDouble: hash the binary fraction modulo 2**61 - 1.
    const BITS: i32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// A float-valued operand (floats and ints), or `None`.
pub fn as_f64(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            Payload::Int(b) => Some(super::int::int_to_f64(vm, b)?),
            _ => None,
        },
        _ => None,
    })
}

pub fn float_binop(vm: &mut Vm, op: BinaryOperator, a: f64, b: f64) -> PyResult<Value> {
    use BinaryOperator::*;
    Ok(Value::Float(match op {
        Add => a + b,
        Subtract => a - b,
        Multiply => a * b,
        TrueDivide => {
            if b == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            a / b
        }
        FloorDivide => {
            if b == 0.0 {
                return Err(vm.zero_division_error("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        Remainder => {
            if b == 0.0 {
                return Err(vm.zero_division_error("float modulo"));
            }
            float_divmod(a, b).1
        }
        Power => return float_pow(vm, a, b),
        _ => return Ok(Value::Null),
    }))
}

/// CPython's `float_divmod`.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // A negative number to a fractional power is complex.
        let (r, theta) = (a.abs().powf(b), std::f64::consts::PI * b);
        return Ok(crate::types::complex::new_complex(vm, r * theta.cos(), r * theta.sin()));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}
