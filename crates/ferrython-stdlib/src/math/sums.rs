//! `math.fsum` (Shewchuk's exact partial sums, `math_fsum`), `math.prod`, and the Euclidean norms
//! `hypot`/`dist` (`vector_norm`: scaled, with error-free squaring and a final correction step).

use ferrython_compiler::bytecode::BinaryOperator;
use ferrython_vm::objects::function::Args;
use ferrython_vm::{PyResult, Value, Vm};

use super::real::to_f64;

pub fn math_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "fsum")?;
    let [seq] = args.args else {
        return Err(vm.type_error(format!(
            "math.fsum() takes exactly one argument ({} given)",
            args.args.len()
        )));
    };
    let it = vm.get_iter(seq)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0;
    let mut inf_sum = 0.0;
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From overflow of finite summands, or an inf/nan summand.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        // Sum from the top until the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Make half-even rounding work across multiple partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// `math.prod(iterable, /, *, start=1)`.
pub fn math_prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let [iterable] = pos else {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    };
    let mut result = Value::Int(1);
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        match Vm::str_of(k) {
            Some("start") => result = v.clone(),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "prod() got an unexpected keyword argument '{other}'"
                )));
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let it = vm.get_iter(iterable)?;
    while let Some(item) = vm.next(&it)? {
        result = vm.binary_op(BinaryOperator::Multiply, &result, &item)?;
    }
    Ok(result)
}

/// `(hi, lo)` with `hi + lo == a + b` exactly; `|a| >= |b|`.
fn fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// `(hi, lo)` with `hi + lo == x * y` exactly.
fn exact_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// CPython's `vector_norm` over non-negative finite-or-special values whose maximum is `max`.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = ferrython_vm::types::float::frexp(max);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: scale subnormals up first.
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ferrython_vm::types::float::ldexp(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = exact_mul(x, x);
        let (s, slo) = fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_mul(-h, h);
    let (s, slo) = fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

pub fn math_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "hypot")?;
    let mut coords = Vec::with_capacity(args.args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args.args {
        let x = to_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

/// The items of a tuple or list for `dist`; other iterables are converted.
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let it = vm.get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

pub fn math_dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "dist")?;
    let [p, q] = args.args else {
        return Err(vm.type_error(format!(
            "dist expected 2 arguments, got {}",
            args.args.len()
        )));
    };
    let (p, q) = (point(vm, p)?, point(vm, q)?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let x = (to_f64(vm, a)? - to_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}
