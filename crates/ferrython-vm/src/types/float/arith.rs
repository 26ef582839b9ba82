//! `float` arithmetic with CPython's semantics: floor division and modulo signs (`float_divmod`),
//! `float_pow`'s special cases, and the exact error messages.

use ferrython_compiler::bytecode::BinaryOperator;

use crate::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `a <op> b` for two floats; `Value::Null` for an operator floats do not have.
#[inline]
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

/// CPython's `float_divmod` (also `float_rem` and `float_floor_div`).
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

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats (`float_pow`): a negative base with a fractional exponent gives a complex
/// result; a finite result overflowing raises `OverflowError(34, 'Numerical result out of range')`.
pub fn float_pow(vm: &mut Vm, iv: f64, iw: f64) -> PyResult<Value> {
    match float_pow_value(iv, iw) {
        Ok(x) => Ok(Value::Float(x)),
        Err(PowError::ZeroNegative) => {
            Err(vm.zero_division_error("0.0 cannot be raised to a negative power"))
        }
        Err(PowError::Complex) => {
            let (re, im) = crate::types::complex::complex_pow(vm, (iv, 0.0), (iw, 0.0))?;
            Ok(crate::types::complex::new_complex(vm, re, im))
        }
        Err(PowError::Overflow) => {
            let exc = vm.new_exception_obj(
                &vm.exc.overflow_error,
                vec![Value::Int(34), vm.new_str("Numerical result out of range")],
            );
            Err(crate::PyErr::new(exc))
        }
    }
}

/// Why a float power has no float result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowError {
    ZeroNegative,
    Complex,
    Overflow,
}

/// The float result of `iv ** iw` as CPython computes it, or why there is none.
pub fn float_pow_value(iv: f64, iw: f64) -> Result<f64, PowError> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PowError::ZeroNegative);
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(PowError::Complex);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -ix } else { ix })
}
