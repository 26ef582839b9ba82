//! `bytes` and `bytearray`: constructors, operators and methods (Objects/bytesobject.c,
//! Objects/bytearrayobject.c, Objects/bytes_methods.c).
//!
//! One set of native functions serves both types: the receiver's payload says which, and
//! methods that make new sequences return the receiver's base type (`bytearray.upper()` is a
//! bytearray). A bytearray's buffer is copied out (or borrowed only while no Python code can run)
//! so user code can never observe or cause a borrow conflict.

mod methods;
mod mutate;
mod new;
mod ops;
mod repr;
mod search;

use std::borrow::Cow;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::types::str::args::receiver;
use crate::value::Value;
use crate::vm::Vm;

pub use repr::bytes_repr;

/// Which of the two types a receiver (or result) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
}

/// The kind of a bytes-like payload, if `v` has one.
pub fn kind_of(v: &Value) -> Option<Kind> {
    match v.payload() {
        Some(Payload::Bytes(_)) => Some(Kind::Bytes),
        Some(Payload::ByteArray(_)) => Some(Kind::ByteArray),
        _ => None,
    }
}

/// The contents of a bytes or bytearray (a copy for bytearray), `None` for anything else.
pub fn bytes_data(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(Cow::Borrowed(&b[..])),
        Some(Payload::ByteArray(b)) => Some(Cow::Owned(b.borrow().clone())),
        _ => None,
    }
}

/// A bytes-like argument: `a bytes-like object is required, not 'str'`.
pub fn buffer_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    bytes_data(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// A new `bytes` or `bytearray` (exact type) holding `data`.
pub fn make(vm: &Vm, kind: Kind, data: Vec<u8>) -> Value {
    match kind {
        Kind::Bytes => vm.new_bytes(data),
        Kind::ByteArray => new_bytearray(vm, data),
    }
}

pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Obj(PyObject::new(
        vm.types.bytearray.clone(),
        Payload::ByteArray(std::cell::RefCell::new(data)),
    ))
}

/// A method's receiver: the value, its kind, and the remaining arguments.
pub struct Recv<'a> {
    pub value: &'a Value,
    pub kind: Kind,
    pub rest: Args<'a>,
}

impl<'a> Recv<'a> {
    pub fn data(&self) -> Cow<'a, [u8]> {
        bytes_data(self.value).unwrap_or(Cow::Borrowed(&[]))
    }

    /// `bytes.name` / `bytearray.name`, for argument errors (formatted only when raised).
    pub fn qualname<'m>(&self, method: &'m str) -> Qualname<'m> {
        Qualname(self.kind.name(), method)
    }
}

/// `type.method`, displayed lazily.
#[derive(Clone, Copy)]
pub struct Qualname<'m>(&'static str, &'m str);

impl std::fmt::Display for Qualname<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

/// Splits `self` off a bytes/bytearray method's arguments.
pub fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<Recv<'a>> {
    let owner = match args.positional().first().and_then(kind_of) {
        Some(k) => k.name(),
        None => "bytes",
    };
    let (value, rest) = receiver(vm, args, owner, method, |v| kind_of(v).is_some())?;
    let kind = kind_of(value).unwrap_or(Kind::Bytes);
    Ok(Recv { value, kind, rest })
}

/// `_Py_HashBytes`: the same function as `str` hashing, so `hash(b'abc') == hash('abc')`.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for x in b {
        h ^= *x as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}

/// Methods shared by `bytes` and `bytearray`.
const SHARED: &[(&str, NativeFn)] = &[
    ("__repr__", repr::repr_method),
    ("__len__", ops::len),
    ("__eq__", ops::eq),
    ("__ne__", ops::ne),
    ("__lt__", ops::lt),
    ("__le__", ops::le),
    ("__gt__", ops::gt),
    ("__ge__", ops::ge),
    ("__add__", ops::add),
    ("__mul__", ops::mul),
    ("__rmul__", ops::mul),
    ("__mod__", ops::modulo),
    ("__contains__", ops::contains),
    ("__getitem__", ops::getitem),
    ("__iter__", ops::iter),
    ("decode", ops::decode),
    ("hex", ops::hex),
    ("join", ops::join),
    ("split", methods::split),
    ("rsplit", methods::rsplit),
    ("splitlines", methods::splitlines),
    ("strip", methods::strip),
    ("lstrip", methods::lstrip),
    ("rstrip", methods::rstrip),
    ("partition", methods::partition),
    ("rpartition", methods::rpartition),
    ("find", search::find),
    ("rfind", search::rfind),
    ("index", search::index),
    ("rindex", search::rindex),
    ("count", search::count),
    ("startswith", search::startswith),
    ("endswith", search::endswith),
    ("replace", search::replace),
    ("removeprefix", search::removeprefix),
    ("removesuffix", search::removesuffix),
    ("upper", methods::upper),
    ("lower", methods::lower),
    ("title", methods::title),
    ("capitalize", methods::capitalize),
    ("swapcase", methods::swapcase),
    ("isdigit", methods::isdigit),
    ("isalpha", methods::isalpha),
    ("isalnum", methods::isalnum),
    ("isspace", methods::isspace),
    ("isupper", methods::isupper),
    ("islower", methods::islower),
    ("istitle", methods::istitle),
    ("isascii", methods::isascii),
    ("center", methods::center),
    ("ljust", methods::ljust),
    ("rjust", methods::rjust),
    ("zfill", methods::zfill),
    ("expandtabs", methods::expandtabs),
    ("translate", methods::translate),
];

const BYTEARRAY_ONLY: &[(&str, NativeFn)] = &[
    ("__init__", new::bytearray_init),
    ("__setitem__", mutate::setitem),
    ("__delitem__", mutate::delitem),
    ("__iadd__", mutate::iadd),
    ("__imul__", mutate::imul),
    ("append", mutate::append),
    ("extend", mutate::extend),
    ("pop", mutate::pop),
    ("remove", mutate::remove),
    ("insert", mutate::insert),
    ("clear", mutate::clear),
    ("reverse", mutate::reverse),
    ("copy", mutate::copy),
];

pub fn init(vm: &mut Vm) {
    let bytes = vm.types.bytes.clone();
    let bytearray = vm.types.bytearray.clone();
    for ty in [&bytes, &bytearray] {
        for &(name, func) in SHARED {
            vm.add_method(ty, name, func);
        }
        vm.add_native(ty, "fromhex", ops::fromhex, BuiltinKind::ClassMethod);
        vm.add_native(
            ty,
            "maketrans",
            methods::maketrans,
            BuiltinKind::StaticMethod,
        );
    }
    vm.add_method(&bytes, "__hash__", ops::hash);
    vm.add_method(&bytes, "__getnewargs__", ops::getnewargs);
    vm.add_native(&bytes, "__new__", new::bytes_new, BuiltinKind::StaticMethod);
    vm.add_native(
        &bytearray,
        "__new__",
        new::bytearray_new,
        BuiltinKind::StaticMethod,
    );
    for &(name, func) in BYTEARRAY_ONLY {
        vm.add_method(&bytearray, name, func);
    }
    // bytearray is mutable, so unhashable.
    vm.set_type_attr(&bytearray, "__hash__", Value::None);
}
