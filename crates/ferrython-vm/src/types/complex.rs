//! `complex`: arithmetic, `repr`, attributes.

use ferrython_compiler::bytecode::BinaryOperator;

use crate::object::{Payload, PyObject};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    let c = vm.types.complex.clone();
    vm.add_method(&c, "__repr__", complex_repr);
    vm.add_method(&c, "conjugate", complex_conjugate);
}

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(PyObject::new(vm.types.complex.clone(), Payload::Complex(re, im)))
}

/// A complex-valued operand: complex, float or int.
pub fn as_complex(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(Payload::Complex(re, im)) = v.payload() {
        return Ok(Some((*re, *im)));
    }
    Ok(super::float::as_f64(vm, v)?.map(|f| (f, 0.0)))
}

pub fn complex_binop(vm: &mut Vm, op: BinaryOperator, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_c = |v: &Value| matches!(v.payload(), Some(Payload::Complex(..)));
    if !is_c(a) && !is_c(b) {
        return Ok(None);
    }
    let (Some((ar, ai)), Some((br, bi))) = (as_complex(vm, a)?, as_complex(vm, b)?) else { return Ok(None) };
    let (re, im) = match op {
        BinaryOperator::Add => (ar + br, ai + bi),
        BinaryOperator::Subtract => (ar - br, ai - bi),
        BinaryOperator::Multiply => (ar * br - ai * bi, ar * bi + ai * br),
        BinaryOperator::TrueDivide => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division_error("complex division by zero"));
            }
            let d = br * br + bi * bi;
            ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        }
        BinaryOperator::Power => {
            if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.zero_division_error("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else {
                let vabs = ar.hypot(ai);
                let mut len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, re, im)))
}

pub fn complex_repr_string(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let s = crate::format::float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && im.is_sign_negative() { "-" } else { "+" };
        format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
    }
}

fn complex_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Complex(re, im)) = args.args.first().and_then(|v| v.payload()) else { return Err(vm.type_error("expected complex")) };
    Ok(vm.new_str(complex_repr_string(*re, *im)))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Complex(re, im)) = args.args.first().and_then(|v| v.payload()) else { return Err(vm.type_error("expected complex")) };
    Ok(new_complex(vm, *re, -im))
}
