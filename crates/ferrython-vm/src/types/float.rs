//! `float`: values are `Value::Float(f64)` for exact floats and `Payload::Float` for instances of
//! user subclasses.
//!
//! - `arith`: the arithmetic the interpreter's fast paths and the dunders share (CPython's
//!   `float_div`, `float_divmod`, `float_pow` with their special cases and messages);
//! - `dunders`: the special methods as natives on `float`;
//! - `methods`: `is_integer`, `as_integer_ratio`, `hex`, `fromhex`, `__round__`, `__format__`, ...;
//! - `new`: `float()` and `PyNumber_Float`.

mod arith;
mod dunders;
mod hex;
mod methods;
mod new;

pub use arith::{float_binop, float_divmod, float_pow, float_pow_value};
pub use new::number_to_float;

use std::cmp::Ordering;

use num_bigint::BigInt;

use super::int::{IntRef, int_ref};
use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    dunders::init(vm);
    methods::init(vm);
    new::init(vm);
}

unsafe extern "C" {
    /// The C library's `ldexp` (exact scaling, one rounding for subnormal results).
    #[link_name = "ldexp"]
    safe fn c_ldexp(x: f64, exp: std::ffi::c_int) -> f64;
}

/// `ldexp(x, e)`: `x * 2**e` with a single rounding, as C's `ldexp`.
pub fn ldexp(x: f64, e: i64) -> f64 {
    c_ldexp(x, e.clamp(-100_000, 100_000) as std::ffi::c_int)
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (zero, inf and nan unchanged
/// with exponent 0).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
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

/// `hash(x)` (`_Py_HashDouble`); a nan hashes by the identity of `v`.
pub fn hash_f64(f: f64, v: &Value) -> i64 {
    crate::format::hash_float(f).unwrap_or_else(|| crate::format::hash_pointer(v.id() as usize))
}

/// A float-valued operand (floats and ints of any subclass), or `None`; ints too large for a
/// float raise CPython's OverflowError.
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

/// A float (of any subclass), not an int.
#[inline]
pub fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// An instance of `cls` (`float` itself or a subclass) holding `x`.
pub fn new_float_of(vm: &Vm, cls: &PyRef, x: f64) -> Value {
    if std::rc::Rc::ptr_eq(cls, &vm.types.float) {
        return Value::Float(x);
    }
    let payload = Payload::Float(x);
    match cls.as_type() {
        Some(td) if td.has_instance_dict => {
            Value::Obj(PyObject::with_dict(cls.clone(), payload, vm.new_dict()))
        }
        _ => Value::Obj(PyObject::new(cls.clone(), payload)),
    }
}

/// Exact comparison of a float with an int (CPython never rounds the int); `None` for a nan.
pub fn float_int_cmp(x: f64, y: IntRef) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let IntRef::Small(i) = y
        && i.unsigned_abs() <= 1 << 53
    {
        return x.partial_cmp(&(i as f64));
    }
    let y = y.to_big();
    let t = x.trunc();
    let xi = crate::format::f64_to_bigint(t).unwrap_or_default();
    Some(match xi.cmp(&y) {
        Ordering::Equal => (x - t).partial_cmp(&0.0).unwrap_or(Ordering::Equal),
        o => o,
    })
}

/// `x` compared with any real number `other` (float or int); `None` if `other` is not one, or the
/// comparison involves a nan (`Some(None)`).
pub fn float_cmp_value(x: f64, other: &Value) -> Option<Option<Ordering>> {
    if let Some(y) = float_of(other) {
        return Some(x.partial_cmp(&y));
    }
    int_ref(other).map(|y| float_int_cmp(x, y))
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    match x {
        _ if x.abs() < 9.2e18 => Ok(Value::Int(x as i64)),
        _ => {
            let b: BigInt =
                crate::format::f64_to_bigint(x).map_err(|e| super::int::format_error(vm, e))?;
            Ok(vm.new_int(b))
        }
    }
}
