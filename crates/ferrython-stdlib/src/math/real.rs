//! `math`'s functions of real arguments (`math_1`, `math_2`, `loghelper`, `math_pow`, ... in
//! Modules/mathmodule.c): libm does the arithmetic; a nan from a non-nan argument is "math domain
//! error", an infinity from a finite one "math range error" (or a domain error at a singularity).

use ferrython_vm::objects::function::Args;
use ferrython_vm::types::int::{IntRef, int_ref};
use ferrython_vm::{PyResult, Value, Vm};

use super::libm;

/// `PyFloat_AsDouble`: floats, `__float__`, then `__index__`; "must be real number, not str".
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = ferrython_vm::types::float::float_of(v) {
        return Ok(f);
    }
    if let Some(i) = int_ref(v) {
        return i.to_f64(vm);
    }
    let name = vm.names.__float__.clone();
    if let Some(r) = vm.call_special(v, &name, &[])? {
        return match ferrython_vm::types::float::float_of(&r) {
            Some(f) => Ok(f),
            None => Err(vm.type_error(format!(
                "{:.50}.__float__ returned non-float (type {:.50})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    let index = vm.names.__index__.clone();
    if vm.special(v, &index).is_some() {
        let i = ferrython_vm::types::int::index_int(vm, v)?;
        return int_ref(&i).map_or(Ok(0.0), |i| i.to_f64(vm));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

pub fn domain_error(vm: &Vm) -> ferrython_vm::PyErr {
    vm.value_error("math domain error")
}

pub fn range_error(vm: &Vm) -> ferrython_vm::PyErr {
    vm.overflow_error("math range error")
}

/// The one argument of a `METH_O` function: "math.sqrt() takes exactly one argument (0 given)".
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(vm, &format!("math.{name}"))?;
    match args.args {
        [x] => Ok(x),
        other => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

/// Exactly two positional arguments: "pow expected 2 arguments, got 1".
pub fn two_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    args.no_kwargs(vm, name)?;
    match args.args {
        [x, y] => Ok((x, y)),
        other => Err(vm.type_error(format!("{name} expected 2 arguments, got {}", other.len()))),
    }
}

/// `math_1`: apply `f` and classify a nan or infinite result.
pub fn math_1(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one_arg(vm, &args, name)?;
    let x = to_f64(vm, x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::Float(r))
}

/// `math_2`: two float arguments.
pub fn math_2(vm: &mut Vm, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, name)?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

/// `m_atan2`: C99 special values regardless of the platform.
pub fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// `m_log` and friends: finite positive arguments to libm; 0 gives -inf and negatives nan (both
/// then reported as domain errors).
pub fn guarded_log(f: fn(f64) -> f64) -> impl Fn(f64) -> f64 {
    move |x: f64| {
        if x.is_finite() {
            if x > 0.0 {
                f(x)
            } else if x == 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            }
        } else if x.is_nan() || x > 0.0 {
            x
        } else {
            f64::NAN
        }
    }
}

/// `loghelper`: ints of any size (a huge int is split as `m * 2**e`), else `math_1` rules.
pub fn loghelper(vm: &mut Vm, arg: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let log = guarded_log(f);
    if let Some(i) = int_ref(arg) {
        if i.is_negative() || i.is_zero() {
            return Err(domain_error(vm));
        }
        return Ok(match i.to_f64(vm) {
            Ok(x) => log(x),
            Err(_) => {
                let (m, e) = frexp_int(i);
                log(m) + log(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, arg)?;
    let r = log(x);
    if r.is_nan() && !x.is_nan() || r.is_infinite() && x.is_finite() {
        return Err(domain_error(vm));
    }
    Ok(r)
}

/// `_PyLong_Frexp` for a positive int: `(m, e)` with `0.5 <= m < 1`, `m` correctly rounded.
fn frexp_int(i: IntRef) -> (f64, i64) {
    let b = i.to_big();
    let bits = b.bits() as i64;
    let shift = (bits - 64).max(0);
    let top = &b >> shift as usize;
    let sticky = shift > 0 && b.trailing_zeros().is_some_and(|tz| (tz as i64) < shift);
    let top = u64::try_from(&top).unwrap_or(u64::MAX) | sticky as u64;
    let (m, e) = ferrython_vm::types::float::frexp(top as f64);
    (m, e as i64 + shift)
}

pub fn math_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "log")?;
    let (x, base) = match args.args {
        [x] => (x, None),
        [x, b] => (x, Some(b)),
        _ => return Err(vm.type_error("math.log requires 1 to 2 arguments")),
    };
    let num = loghelper(vm, x, |v| libm::log(v))?;
    match base {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = loghelper(vm, b, |v| libm::log(v))?;
            if den == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

pub fn math_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "log2")?;
    Ok(Value::Float(loghelper(vm, x, |v| libm::log2(v))?))
}

pub fn math_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "log10")?;
    Ok(Value::Float(loghelper(vm, x, |v| libm::log10(v))?))
}

/// `math.pow(x, y)`: C99 special values, domain errors for `(-x)**fraction` and `0**-y`.
pub fn math_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "pow")?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = libm::pow(x, y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain_error(vm));
    }
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

pub fn math_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "fmod")?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

pub fn math_remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "remainder")?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

pub fn math_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "modf")?;
    let x = to_f64(vm, x)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

pub fn math_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "frexp")?;
    let x = to_f64(vm, x)?;
    let (m, e) = ferrython_vm::types::float::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

pub fn math_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, i) = two_args(vm, &args, "ldexp")?;
    let x = to_f64(vm, x)?;
    let Some(i) = int_ref(i) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let e = match i.to_i64() {
        Some(e) => e,
        None if i.is_negative() => i64::MIN,
        None => i64::MAX,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = ferrython_vm::types::float::ldexp(x, e);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

pub fn math_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, args, "copysign", f64::copysign)
}

pub fn math_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, args, "atan2", m_atan2)
}

pub fn math_nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "nextafter")?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    Ok(Value::Float(libm::nextafter(x, y)))
}

pub fn math_ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "ulp")?;
    let x = to_f64(vm, x)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, -f64::INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub fn math_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let [a, b, rel_tol, abs_tol] = args.bind(vm, "isclose", ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let a = to_f64(vm, &a.unwrap_or(Value::None))?;
    let b = to_f64(vm, &b.unwrap_or(Value::None))?;
    let rel_tol = match rel_tol {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// `math.floor` / `math.ceil`: floats directly, else `__floor__`/`__ceil__`, else via float.
pub fn floor_ceil(vm: &mut Vm, args: Args, name: &str, ceil: bool) -> PyResult<Value> {
    let x = one_arg(vm, &args, name)?;
    let round = |f: f64| if ceil { f.ceil() } else { f.floor() };
    if let Value::Float(f) = x {
        return ferrython_vm::types::float::float_to_int(vm, round(*f));
    }
    if let Some(i) = int_ref(x).filter(|_| ferrython_vm::types::int::is_exact_int(x)) {
        return Ok(i.to_value(vm));
    }
    let special = if ceil {
        vm.names.__ceil__.clone()
    } else {
        vm.names.__floor__.clone()
    };
    if let Some(r) = vm.call_special(x, &special, &[])? {
        return Ok(r);
    }
    let f = to_f64(vm, x)?;
    ferrython_vm::types::float::float_to_int(vm, round(f))
}

pub fn math_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "trunc")?;
    if let Value::Float(f) = x {
        return ferrython_vm::types::float::float_to_int(vm, f.trunc());
    }
    let name = vm.names.__trunc__.clone();
    match vm.call_special(x, &name, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        ))),
    }
}

pub fn math_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "isfinite")?;
    Ok(Value::Bool(to_f64(vm, x)?.is_finite()))
}

pub fn math_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "isinf")?;
    Ok(Value::Bool(to_f64(vm, x)?.is_infinite()))
}

pub fn math_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "isnan")?;
    Ok(Value::Bool(to_f64(vm, x)?.is_nan()))
}
