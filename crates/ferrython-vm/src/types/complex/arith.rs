//! Complex arithmetic as Objects/complexobject.c computes it, bit for bit.

use ferrython_compiler::bytecode::BinaryOperator;

use super::{as_complex, complex_of, new_complex};
use crate::PyResult;
use crate::value::Value;
use crate::vm::Vm;

type C = (f64, f64);

/// `a <op> b` when either operand is a complex and the other a number; `None` otherwise (or for an
/// operator complex numbers do not have).
pub fn complex_binop(
    vm: &mut Vm,
    op: BinaryOperator,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    if complex_of(a).is_none() && complex_of(b).is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_complex(vm, a)?, as_complex(vm, b)?) else {
        return Ok(None);
    };
    let r = match complex_arith(vm, op, x, y)? {
        Some(r) => r,
        None => return Ok(None),
    };
    Ok(Some(new_complex(vm, r.0, r.1)))
}

/// The complex operators on two complex values; `None` for an operator complex lacks.
pub fn complex_arith(vm: &mut Vm, op: BinaryOperator, a: C, b: C) -> PyResult<Option<C>> {
    let (ar, ai) = a;
    let (br, bi) = b;
    Ok(Some(match op {
        BinaryOperator::Add => (ar + br, ai + bi),
        BinaryOperator::Subtract => (ar - br, ai - bi),
        BinaryOperator::Multiply => prod(a, b),
        BinaryOperator::TrueDivide => match complex_quot(a, b) {
            Some(q) => q,
            None => return Err(vm.zero_division_error("complex division by zero")),
        },
        BinaryOperator::Power => complex_pow(vm, a, b)?,
        _ => return Ok(None),
    }))
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: Smith's algorithm; `None` for division by zero.
pub fn complex_quot(a: C, b: C) -> Option<C> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one of b.real or b.imag is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` (`complex_pow`): small integral exponents by repeated squaring (`c_powi`), others by
/// `_Py_c_pow`; ZeroDivisionError "0.0 to a negative or complex power", OverflowError "complex
/// exponentiation".
pub fn complex_pow(vm: &Vm, a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)
    } else {
        c_pow(a, b)
    };
    match r {
        None => Err(vm.zero_division_error("0.0 to a negative or complex power")),
        Some(p) if p.0.is_infinite() || p.1.is_infinite() => {
            Err(vm.overflow_error("complex exponentiation"))
        }
        Some(p) => Ok(p),
    }
}

fn c_powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1i64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Option<C> {
    if n > 0 {
        Some(c_powu(x, n))
    } else {
        complex_quot((1.0, 0.0), c_powu(x, -n))
    }
}

fn c_pow(a: C, b: C) -> Option<C> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `abs(z)` (`_Py_c_abs`): infinities win over nans; a finite overflow raises.
pub fn complex_abs(vm: &Vm, z: C) -> PyResult<f64> {
    let (re, im) = z;
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() || im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(r)
}
