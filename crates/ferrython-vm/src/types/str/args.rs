//! Argument checking for the methods of `str`, `bytes` and `bytearray`, with the messages of the
//! three calling conventions CPython 3.11 uses for them: Argument Clinic (`str.zfill() takes exactly
//! one argument (0 given)`), `PyArg_ParseTuple` (`find() takes at least 1 argument (0 given)`)
//! and `PyArg_UnpackTuple` (`center expected at least 1 argument, got 0`).

use std::fmt::Display;

use crate::PyResult;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

/// Splits the receiver off a method call: `args[0]` is `self`, checked by `is_self`.
/// `type_name.method` is the method's qualified name for the descriptor errors.
pub fn receiver<'a>(
    vm: &Vm,
    args: Args<'a>,
    type_name: &str,
    method: &str,
    is_self: impl Fn(&Value) -> bool,
) -> PyResult<(&'a Value, Args<'a>)> {
    let Some(this) = args.positional().first() else {
        return Err(vm.type_error(format!(
            "unbound method {type_name}.{method}() needs an argument"
        )));
    };
    if !is_self(this) {
        return Err(vm.type_error(format!(
            "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        )));
    }
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    Ok((this, rest))
}

/// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
pub fn no_args(vm: &Vm, args: Args, qualname: impl Display) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let n = args.positional().len();
    if n != 0 {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// `METH_O`: `str.zfill() takes exactly one argument (0 given)`.
pub fn one_arg<'a>(vm: &Vm, args: Args<'a>, qualname: impl Display) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    match args.positional() {
        [v] => Ok(v),
        other => Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `PyArg_ParseTuple` with `min..=max` positional arguments: `find() takes at least 1 argument
/// (0 given)`.
pub fn parse_tuple<'a>(
    vm: &Vm,
    args: Args<'a>,
    qualname: impl Display,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let pos = args.positional();
    let n = pos.len();
    if n < min {
        let how = if min == max { "exactly" } else { "at least" };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        let how = if min == max { "exactly" } else { "at most" };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(pos)
}

/// `PyArg_UnpackTuple` / `_PyArg_CheckPositional`: `center expected at least 1 argument, got 0`.
pub fn unpack<'a>(
    vm: &Vm,
    args: Args<'a>,
    qualname: impl Display,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let pos = args.positional();
    let n = pos.len();
    if n < min || n > max {
        let (how, count) = if min == max {
            ("", min)
        } else if n < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        return Err(vm.type_error(format!(
            "{name} expected {how}{count} argument{}, got {n}",
            plural(count)
        )));
    }
    Ok(pos)
}

/// Argument Clinic with keywords (`split(sep=None, maxsplit=-1)`): positional or keyword, none
/// required. Messages: `split() takes at most 2 arguments (3 given)`, `'x' is an invalid keyword
/// argument for split()`, `argument for split() given by name ('sep') and position (1)`.
pub fn clinic<const N: usize>(
    vm: &Vm,
    args: Args,
    name: &str,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    let pos = args.positional();
    if pos.len() + args.kwnames.len() > N {
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} argument{} ({} given)",
            plural(N),
            pos.len() + args.kwnames.len()
        )));
    }
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        let k = Vm::str_of(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument (`__index__`, OverflowError beyond 64 bits), as Argument Clinic's `n`
/// converter does it.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(_) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
        _ => {
            if let Some(big) = crate::types::int::as_bigint(v) {
                return num_traits::ToPrimitive::to_i64(&big).ok_or_else(|| {
                    vm.overflow_error("Python int too large to convert to C ssize_t")
                });
            }
            match vm.index_value(v) {
                Ok(i) => Ok(i),
                Err(e) if vm.err_matches(&e, &vm.exc.index_error.clone()) => {
                    Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// A `str` argument (`must be str, not int`), for methods that take one.
pub fn str_arg<'a>(vm: &Vm, v: &'a Value, what: impl Display) -> PyResult<&'a str> {
    match Vm::str_of(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what}must be str, not {}", vm.type_name(v)))),
    }
}
