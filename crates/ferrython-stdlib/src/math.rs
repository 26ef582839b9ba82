//! The `math` module (Modules/mathmodule.c): constants, libm functions with CPython's error rules,
//! CPython's own gamma/lgamma, exact `fsum`, `hypot`/`dist`, and the integer functions.

mod gamma;
mod integer;
mod libm;
mod real;
mod sums;

use ferrython_vm::objects::function::{Args, BuiltinKind, NativeFn};
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use real::{domain_error, math_1, range_error, to_f64};

macro_rules! func1 {
    ($($fname:ident($name:literal, $f:expr, $overflow:literal);)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, args, $name, |x: f64| $f(x), $overflow)
        })*
    };
}

func1! {
    math_acos("acos", libm::acos, false);
    math_acosh("acosh", libm::acosh, false);
    math_asin("asin", libm::asin, false);
    math_asinh("asinh", libm::asinh, false);
    math_atan("atan", libm::atan, false);
    math_atanh("atanh", libm::atanh, false);
    math_cbrt("cbrt", libm::cbrt, false);
    math_cos("cos", libm::cos, false);
    math_cosh("cosh", libm::cosh, true);
    math_erf("erf", libm::erf, false);
    math_erfc("erfc", libm::erfc, false);
    math_exp("exp", libm::exp, true);
    math_exp2("exp2", libm::exp2, true);
    math_expm1("expm1", libm::expm1, true);
    math_fabs("fabs", f64::abs, false);
    math_log1p("log1p", log1p, false);
    math_sin("sin", libm::sin, false);
    math_sinh("sinh", libm::sinh, true);
    math_sqrt("sqrt", libm::sqrt, false);
    math_tan("tan", libm::tan, false);
    math_tanh("tanh", libm::tanh, false);
}

/// `_Py_log1p`: keeps the sign of a zero argument.
fn log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { libm::log1p(x) }
}

fn gamma_like(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> Result<f64, bool>,
) -> PyResult<Value> {
    let x = real::one_arg(vm, &args, name)?;
    let x = to_f64(vm, x)?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(true) => Err(domain_error(vm)),
        Err(false) => Err(range_error(vm)),
    }
}

fn math_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gamma_like(vm, args, "gamma", gamma::tgamma)
}

fn math_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gamma_like(vm, args, "lgamma", gamma::lgamma)
}

fn math_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real::one_arg(vm, &args, "degrees")?;
    Ok(Value::Float(
        to_f64(vm, x)? * (180.0 / std::f64::consts::PI),
    ))
}

fn math_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real::one_arg(vm, &args, "radians")?;
    Ok(Value::Float(
        to_f64(vm, x)? * (std::f64::consts::PI / 180.0),
    ))
}

fn math_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    real::floor_ceil(vm, args, "floor", false)
}

fn math_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    real::floor_ceil(vm, args, "ceil", true)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", math_acos),
    ("acosh", math_acosh),
    ("asin", math_asin),
    ("asinh", math_asinh),
    ("atan", math_atan),
    ("atan2", real::math_atan2),
    ("atanh", math_atanh),
    ("cbrt", math_cbrt),
    ("ceil", math_ceil),
    ("comb", integer::math_comb),
    ("copysign", real::math_copysign),
    ("cos", math_cos),
    ("cosh", math_cosh),
    ("degrees", math_degrees),
    ("dist", sums::math_dist),
    ("erf", math_erf),
    ("erfc", math_erfc),
    ("exp", math_exp),
    ("exp2", math_exp2),
    ("expm1", math_expm1),
    ("fabs", math_fabs),
    ("factorial", integer::math_factorial),
    ("floor", math_floor),
    ("fmod", real::math_fmod),
    ("frexp", real::math_frexp),
    ("fsum", sums::math_fsum),
    ("gamma", math_gamma),
    ("gcd", integer::math_gcd),
    ("hypot", sums::math_hypot),
    ("isclose", real::math_isclose),
    ("isfinite", real::math_isfinite),
    ("isinf", real::math_isinf),
    ("isnan", real::math_isnan),
    ("isqrt", integer::math_isqrt),
    ("lcm", integer::math_lcm),
    ("ldexp", real::math_ldexp),
    ("lgamma", math_lgamma),
    ("log", real::math_log),
    ("log10", real::math_log10),
    ("log1p", math_log1p),
    ("log2", real::math_log2),
    ("modf", real::math_modf),
    ("nextafter", real::math_nextafter),
    ("perm", integer::math_perm),
    ("pow", real::math_pow),
    ("prod", sums::math_prod),
    ("radians", math_radians),
    ("remainder", real::math_remainder),
    ("sin", math_sin),
    ("sinh", math_sinh),
    ("sqrt", math_sqrt),
    ("tan", math_tan),
    ("tanh", math_tanh),
    ("trunc", real::math_trunc),
    ("ulp", real::math_ulp),
];

/// Build the `math` module object.
pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let module = vm.new_module("math");
    let Some(dict) = module.dict() else {
        return Ok(module);
    };
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        ferrython_vm::vm::dict_ops::set_str_raw(&dict, &k, v);
    };
    let doc = vm.new_str(
        "This module provides access to the mathematical functions\ndefined by the C standard.",
    );
    set(vm, "__doc__", doc);
    set(vm, "pi", Value::Float(std::f64::consts::PI));
    set(vm, "e", Value::Float(std::f64::consts::E));
    set(vm, "tau", Value::Float(std::f64::consts::TAU));
    set(vm, "inf", Value::Float(f64::INFINITY));
    set(vm, "nan", Value::Float(f64::NAN));
    for (name, f) in FUNCTIONS {
        let func = vm.new_native(name, *f, BuiltinKind::Function, None);
        set(vm, name, Value::Obj(func));
    }
    Ok(module)
}
