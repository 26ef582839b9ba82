//! `int` and `bool`: values are `Value::Int(i64)` (exact ints that fit), `Value::Bool`, or a heap
//! `Payload::Int(BigInt)` (big exact ints, and every instance of a user subclass of `int`).
//!
//! - `arith`: the arithmetic the interpreter's fast paths and the dunders share (CPython's
//!   `long_add`, `long_div`, `long_true_divide`, `long_pow`, ...);
//! - `dunders`: the special methods as natives on `int` and `bool` (`int.__add__(1, 2)`,
//!   `super().__add__`, NotImplemented for foreign operands);
//! - `methods`: `bit_length`, `to_bytes`, `__round__`, `__format__`, ...;
//! - `new`: `int()`/`bool()` and the `__int__`/`__index__`/`__trunc__` protocols.

mod arith;
mod dunders;
mod methods;
mod new;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub use arith::{big_binop, big_true_divide, int_divmod, int_pow_mod, small_binop};
pub use methods::add_getter;
pub use new::{index_big, index_int, int_from_value, new_class, number_to_int};

use crate::format::FormatError;
use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::{PyErr, PyResult};

pub fn init(vm: &mut Vm) {
    dunders::init(vm);
    methods::init(vm);
    new::init(vm);
}

/// `hash(i)` for an int that fits in `i64` (`long_hash`).
pub fn hash_i64(i: i64) -> i64 {
    crate::format::hash_i64(i)
}

/// `hash(b)` for any int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    crate::format::hash_bigint(b)
}

/// A borrowed int value: inline, or a heap big integer (a big int or an int subclass instance).
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    /// The value as an exact `int` object (what `+x` and `int(x)` return for a subclass instance).
    pub fn to_value(self, vm: &Vm) -> Value {
        match self {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => vm.new_int(b.clone()),
        }
    }

    /// `float(x)` with CPython's "int too large to convert to float".
    pub fn to_f64(self, vm: &Vm) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(i as f64),
            IntRef::Big(b) => int_to_f64(vm, b),
        }
    }
}

/// Any int-valued operand (`bool` and subclass instances count), or `None`.
#[inline]
pub fn int_ref(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// An int-valued operand as a big integer (`bool` counts), or `None`.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    int_ref(v).map(IntRef::to_big)
}

/// Exact `int`/`bool` (not a user subclass, whose methods must run).
pub fn is_exact_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                && o.class.borrow().as_type().is_some_and(|t| t.builtin)
        }
        _ => false,
    }
}

/// `float(int)` with CPython's OverflowError (correctly rounded, `PyLong_AsDouble`).
pub fn int_to_f64(vm: &Vm, a: &BigInt) -> PyResult<f64> {
    crate::format::bigint_to_f64(a).map_err(|e| format_error(vm, e))
}

/// An instance of `cls` (`int` itself or a subclass) holding `value`.
pub fn new_int_of(vm: &Vm, cls: &PyRef, value: BigInt) -> Value {
    if std::rc::Rc::ptr_eq(cls, &vm.types.int) {
        return vm.new_int(value);
    }
    let payload = Payload::Int(value);
    match cls.as_type() {
        Some(td) if td.has_instance_dict => {
            Value::Obj(PyObject::with_dict(cls.clone(), payload, vm.new_dict()))
        }
        _ => Value::Obj(PyObject::new(cls.clone(), payload)),
    }
}

/// `repr(int)` for any int value, with the 4300-digit limit.
pub fn int_repr(vm: &Vm, v: IntRef) -> PyResult<String> {
    match v {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => crate::format::int_to_decimal_string(b).map_err(|e| format_error(vm, e)),
    }
}

/// The Python exception for a formatting-layer error.
pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    use crate::format::ErrorKind;
    let cls = match e.kind {
        ErrorKind::ValueError => &vm.exc.value_error,
        ErrorKind::OverflowError => &vm.exc.overflow_error,
        ErrorKind::TypeError => &vm.exc.type_error,
        ErrorKind::IndexError => &vm.exc.index_error,
        ErrorKind::MemoryError => {
            return PyErr::new(vm.new_exception_obj(&vm.exc.memory_error, vec![]));
        }
    };
    vm.new_error(cls, e.message)
}

/// The receiver and the other arguments of a native method of `int`-like types, with the slot
/// wrapper's errors: "descriptor '__add__' requires a 'int' object but received a 'str'" and
/// "expected 1 argument, got 0".
pub(crate) fn receiver<'a>(
    vm: &Vm,
    args: &'a [Value],
    name: &str,
    owner: &str,
    accepts: impl Fn(&Value) -> bool,
) -> PyResult<(&'a Value, &'a [Value])> {
    let Some((this, rest)) = args.split_first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    };
    if !accepts(this) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(this)
        )));
    }
    Ok((this, rest))
}

/// Exactly `N` arguments after the receiver, as a slot wrapper checks them.
pub(crate) fn arity<'a, const N: usize>(vm: &Vm, rest: &'a [Value]) -> PyResult<&'a [Value; N]> {
    rest.try_into().map_err(|_| {
        let s = if N == 1 { "" } else { "s" };
        vm.type_error(format!("expected {N} argument{s}, got {}", rest.len()))
    })
}

pub(crate) fn not_implemented(vm: &Vm) -> Value {
    Value::Obj(vm.not_implemented.clone())
}
