//! `float`'s named methods and attributes: `is_integer`, `as_integer_ratio`, `__round__`,
//! `__format__`, `real`/`imag` (Objects/floatobject.c). `hex`/`fromhex` live in `hex.rs`.

use num_bigint::BigInt;
use num_traits::Zero;

use super::dunders::this;
use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind};
use crate::types::int::{arity, format_error};
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let float = vm.types.float.clone();
    vm.add_method(&float, "is_integer", float_is_integer);
    vm.add_method(&float, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(&float, "__round__", float_round);
    vm.add_method(&float, "__format__", float_format);
    vm.add_method(&float, "__getnewargs__", float_getnewargs);
    vm.add_method(&float, "hex", super::hex::float_hex);
    vm.add_native(
        &float,
        "fromhex",
        super::hex::float_fromhex,
        BuiltinKind::ClassMethod,
    );
    crate::types::int::add_getter(vm, &float, "real", float_real);
    crate::types::int::add_getter(vm, &float, "imag", float_imag);
}

fn float_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, _) = this(vm, args.args, "real")?;
    Ok(Value::Float(x))
}

fn float_imag(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, rest) = this(vm, args.args, "is_integer")?;
    arity::<0>(vm, rest)?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// `x` as `(numerator, denominator)` in lowest terms, denominator positive.
pub fn integer_ratio(x: f64) -> (BigInt, BigInt) {
    let (m, e) = super::frexp(x);
    // m * 2**53 is an integer; shift out its trailing zeros.
    let mut mant = (m * 2f64.powi(53)) as i64;
    let mut exp = e as i64 - 53;
    if mant == 0 {
        return (BigInt::zero(), BigInt::from(1));
    }
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    if exp >= 0 {
        (BigInt::from(mant) << exp as usize, BigInt::from(1))
    } else {
        (BigInt::from(mant), BigInt::from(1) << (-exp) as usize)
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, rest) = this(vm, args.args, "as_integer_ratio")?;
    arity::<0>(vm, rest)?;
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = integer_ratio(x);
    let (n, d) = (vm.new_int(n), vm.new_int(d));
    Ok(vm.new_tuple(vec![n, d]))
}

/// `float.__round__(ndigits=None)`: an int without `ndigits`, else a float rounded half to even
/// on the exact decimal value.
fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, rest) = this(vm, args.args, "__round__")?;
    let nd = match rest {
        [] => None,
        [nd] if nd.is_none() => None,
        [nd] => Some(crate::types::int::index_big(vm, nd)?),
        _ => {
            return Err(vm.type_error(format!(
                "__round__ expected at most 1 argument, got {}",
                rest.len()
            )));
        }
    };
    match nd {
        None => {
            let r = crate::format::round_to_int(x).map_err(|e| format_error(vm, e))?;
            Ok(vm.new_int(r))
        }
        Some(nd) => {
            let nd = i64::try_from(&nd).unwrap_or(if nd < BigInt::zero() {
                i64::MIN
            } else {
                i64::MAX
            });
            let r = crate::format::round_float(x, nd).map_err(|e| format_error(vm, e))?;
            Ok(Value::Float(r))
        }
    }
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, rest) = this(vm, args.args, "__format__")?;
    let [spec] = arity::<1>(vm, rest)?;
    let Some(spec) = Vm::str_of(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if spec.is_empty() {
        let this = args.args[0].clone();
        return Ok(Value::Obj(vm.to_str(&this)?));
    }
    let tname = vm.type_name(&args.args[0]);
    let parsed = crate::format::parse_format_spec(spec, &tname).map_err(|e| format_error(vm, e))?;
    let s = crate::format::format_float(x, &parsed, &tname).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_str(s))
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, _) = this(vm, args.args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(x)]))
}
