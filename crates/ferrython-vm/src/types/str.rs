//! `str`: the constructor, operators and methods of the built-in type (Objects/unicodeobject.c).
//!
//! Methods receive `self` as the first argument and accept `str` subclass instances (which keep
//! the `Str` payload); results are always exact `str`. Indices are in code points: ASCII text
//! (`PyStr::is_ascii`) takes byte-offset fast paths.

pub mod args;
mod case;
pub mod codecs;
pub mod fmt;
pub(crate) mod new;
pub(crate) mod ops;
mod pad;
mod repr;
pub(crate) mod search;
pub mod slice;
pub(crate) mod split;
mod tables;
mod translate;
pub mod unicode;

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::Vm;

pub use repr::{ascii_escape, repr_str};

const METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", ops::str_repr),
    ("__str__", ops::str_str),
    ("__len__", ops::str_len),
    ("__hash__", ops::str_hash),
    ("__eq__", ops::str_eq),
    ("__ne__", ops::str_ne),
    ("__lt__", ops::str_lt),
    ("__le__", ops::str_le),
    ("__gt__", ops::str_gt),
    ("__ge__", ops::str_ge),
    ("__add__", ops::str_add),
    ("__mul__", ops::str_mul),
    ("__rmul__", ops::str_mul),
    ("__mod__", ops::str_mod),
    ("__contains__", ops::str_contains),
    ("__getitem__", ops::str_getitem),
    ("__iter__", ops::str_iter),
    ("__format__", ops::str_format_spec),
    ("__getnewargs__", ops::str_getnewargs),
    ("format", ops::str_format),
    ("format_map", ops::str_format_map),
    ("encode", ops::str_encode),
    ("join", split::str_join),
    ("split", split::str_split),
    ("rsplit", split::str_rsplit),
    ("splitlines", split::str_splitlines),
    ("strip", split::str_strip),
    ("lstrip", split::str_lstrip),
    ("rstrip", split::str_rstrip),
    ("partition", split::str_partition),
    ("rpartition", split::str_rpartition),
    ("find", search::str_find),
    ("rfind", search::str_rfind),
    ("index", search::str_index),
    ("rindex", search::str_rindex),
    ("count", search::str_count),
    ("startswith", search::str_startswith),
    ("endswith", search::str_endswith),
    ("replace", search::str_replace),
    ("removeprefix", search::str_removeprefix),
    ("removesuffix", search::str_removesuffix),
    ("upper", case::str_upper),
    ("lower", case::str_lower),
    ("casefold", case::str_casefold),
    ("title", case::str_title),
    ("capitalize", case::str_capitalize),
    ("swapcase", case::str_swapcase),
    ("isdigit", case::str_isdigit),
    ("isdecimal", case::str_isdecimal),
    ("isnumeric", case::str_isnumeric),
    ("isalpha", case::str_isalpha),
    ("isalnum", case::str_isalnum),
    ("isspace", case::str_isspace),
    ("isupper", case::str_isupper),
    ("islower", case::str_islower),
    ("istitle", case::str_istitle),
    ("isidentifier", case::str_isidentifier),
    ("isprintable", case::str_isprintable),
    ("isascii", case::str_isascii),
    ("center", pad::str_center),
    ("ljust", pad::str_ljust),
    ("rjust", pad::str_rjust),
    ("zfill", pad::str_zfill),
    ("expandtabs", pad::str_expandtabs),
    ("translate", translate::str_translate),
];

pub fn init(vm: &mut Vm) {
    let ty = vm.types.str.clone();
    for &(name, func) in METHODS {
        vm.add_method(&ty, name, func);
    }
    vm.add_native(&ty, "__new__", new::str_new, BuiltinKind::StaticMethod);
    vm.add_native(
        &ty,
        "maketrans",
        translate::str_maketrans,
        BuiltinKind::StaticMethod,
    );
    let enc = vm.exc.unicode_encode_error.clone();
    vm.add_method(&enc, "__str__", codecs::encode_error_str);
    let dec = vm.exc.unicode_decode_error.clone();
    vm.add_method(&dec, "__str__", codecs::decode_error_str);
}

/// The text of a str (or str subclass instance).
#[inline]
pub fn as_pystr(v: &Value) -> Option<&PyStr> {
    v.as_obj().and_then(|o| o.as_str())
}

/// The text of an exact (built-in, not subclass) str: the operand of interpreter fast paths.
#[inline]
pub fn exact_str(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) if o.class.borrow().as_type().is_some_and(|t| t.builtin) => {
            o.as_str().map(|s| s.as_str())
        }
        _ => None,
    }
}

/// Splits `self` off a `str` method's arguments (CPython's descriptor errors otherwise).
pub(crate) fn this<'a>(
    vm: &Vm,
    args: Args<'a>,
    method: &str,
) -> PyResult<(&'a Value, &'a PyStr, Args<'a>)> {
    let (v, rest) = args::receiver(vm, args, "str", method, |v| as_pystr(v).is_some())?;
    let s = as_pystr(v).ok_or_else(|| vm.type_error("expected str"))?;
    Ok((v, s, rest))
}

/// `self` itself when it is an exact str (CPython returns it unchanged), else a new exact str.
pub(crate) fn same_or_new(vm: &Vm, this: &Value, s: &str) -> Value {
    match this {
        Value::Obj(o) if o.class.borrow().as_type().is_some_and(|t| t.builtin) => this.clone(),
        _ => vm.new_str(s),
    }
}

/// Code point index of byte offset `b` (a char boundary), O(1) for ASCII text.
#[inline]
pub(crate) fn char_index(s: &PyStr, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.as_str()[..b].chars().count()
    }
}
