//! `complex`: a heap `Payload::Complex(re, im)` (user subclasses keep the payload with their own
//! class).
//!
//! - `arith`: CPython's `_Py_c_sum`, `_Py_c_quot` (Smith's algorithm), `_Py_c_pow` and the integer
//!   power shortcut, with their errors;
//! - `dunders`: the special methods and attributes as natives on `complex`;
//! - `new`: `complex()` and the string parser.

mod arith;
mod dunders;
mod new;

pub use arith::{complex_abs, complex_binop, complex_pow, complex_quot};

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    dunders::init(vm);
    new::init(vm);
}

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(PyObject::new(
        vm.types.complex.clone(),
        Payload::Complex(re, im),
    ))
}

/// An instance of `cls` (`complex` itself or a subclass) holding `re + im*j`.
pub fn new_complex_of(vm: &Vm, cls: &PyRef, re: f64, im: f64) -> Value {
    let payload = Payload::Complex(re, im);
    match cls.as_type() {
        Some(td) if td.has_instance_dict => {
            Value::Obj(PyObject::with_dict(cls.clone(), payload, vm.new_dict()))
        }
        _ => Value::Obj(PyObject::new(cls.clone(), payload)),
    }
}

/// A complex (of any subclass), not a float or int.
#[inline]
pub fn complex_of(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

/// A complex-valued operand: complex, float or int.
pub fn as_complex(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = complex_of(v) {
        return Ok(Some(c));
    }
    Ok(super::float::as_f64(vm, v)?.map(|f| (f, 0.0)))
}

/// `repr(complex(re, im))`.
pub fn complex_repr_string(re: f64, im: f64) -> String {
    crate::format::complex_repr(re, im)
}
