//! Receiver and argument checks of the dict/set methods, with the messages CPython's calling conventions
//! produce (`METH_NOARGS`, `METH_O`, `PyArg_UnpackTuple`, slot wrappers, method descriptors).

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// Which native payload a method's receiver must carry.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    Dict,
    Set,
    FrozenSet,
    /// `set` or `frozenset` (the methods both types share through one implementation).
    AnySet,
}

impl Receiver {
    fn type_name(self) -> &'static str {
        match self {
            Receiver::Dict => "dict",
            Receiver::Set | Receiver::AnySet => "set",
            Receiver::FrozenSet => "frozenset",
        }
    }

    fn accepts(self, p: &Payload) -> bool {
        matches!(
            (self, p),
            (Receiver::Dict, Payload::Dict(_))
                | (Receiver::Set | Receiver::AnySet, Payload::Set(_))
                | (Receiver::FrozenSet | Receiver::AnySet, Payload::FrozenSet(_))
        )
    }
}

/// The receiver of a method descriptor (`dict.get(d, k)` checks `d`): "descriptor 'get' for 'dict'
/// objects doesn't apply to a 'int' object". Returns the receiver and the remaining arguments.
pub fn method_self<'a>(vm: &Vm, args: &Args<'a>, recv: Receiver, name: &str) -> PyResult<(PyRef, &'a [Value])> {
    let pos = args.positional();
    match pos.first() {
        Some(Value::Obj(o)) if recv.accepts(&o.payload) => Ok((o.clone(), &pos[1..])),
        Some(other) => {
            Err(vm.type_error(format!("descriptor '{name}' for '{}' objects doesn't apply to a '{}' object", recv.type_name(), vm.type_name(other))))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' of '{}' object needs an argument", recv.type_name()))),
    }
}

/// The receiver of a slot wrapper (`dict.__len__(d)`): "descriptor '__len__' requires a 'dict' object
/// but received a 'int'".
pub fn slot_self<'a>(vm: &Vm, args: &Args<'a>, recv: Receiver, name: &str) -> PyResult<(PyRef, &'a [Value])> {
    let pos = args.positional();
    match pos.first() {
        Some(Value::Obj(o)) if recv.accepts(&o.payload) => Ok((o.clone(), &pos[1..])),
        Some(other) => {
            Err(vm.type_error(format!("descriptor '{name}' requires a '{}' object but received a '{}'", recv.type_name(), vm.type_name(other))))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' of '{}' object needs an argument", recv.type_name()))),
    }
}

/// A slot wrapper's receiver and exactly `N` further arguments ("expected 1 argument, got 0").
pub fn slot<'a, const N: usize>(vm: &Vm, args: &Args<'a>, recv: Receiver, name: &str) -> PyResult<(PyRef, &'a [Value; N])> {
    let (this, rest) = slot_self(vm, args, recv, name)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match rest.try_into() {
        Ok(a) => Ok((this, a)),
        Err(_) => Err(vm.type_error(format!("expected {N} argument{}, got {}", plural(N), rest.len()))),
    }
}

/// `METH_NOARGS`: "dict.copy() takes no arguments (1 given)".
pub fn noargs(vm: &Vm, args: &Args, recv: Receiver, name: &str) -> PyResult<PyRef> {
    let (this, rest) = method_self(vm, args, recv, name)?;
    no_keywords(vm, args, recv, name)?;
    if !rest.is_empty() {
        return Err(vm.type_error(format!("{}.{name}() takes no arguments ({} given)", recv.type_name(), rest.len())));
    }
    Ok(this)
}

/// `METH_O`: "set.add() takes exactly one argument (0 given)".
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, recv: Receiver, name: &str) -> PyResult<(PyRef, &'a Value)> {
    let (this, rest) = method_self(vm, args, recv, name)?;
    no_keywords(vm, args, recv, name)?;
    match rest {
        [a] => Ok((this, a)),
        _ => Err(vm.type_error(format!("{}.{name}() takes exactly one argument ({} given)", recv.type_name(), rest.len()))),
    }
}

/// `METH_VARARGS` / positional-only clinic methods: no keywords, any number of positionals.
pub fn varargs<'a>(vm: &Vm, args: &Args<'a>, recv: Receiver, name: &str) -> PyResult<(PyRef, &'a [Value])> {
    let (this, rest) = method_self(vm, args, recv, name)?;
    no_keywords(vm, args, recv, name)?;
    Ok((this, rest))
}

/// `PyArg_UnpackTuple(args, name, min, max)`: "get expected at least 1 argument, got 0".
pub fn unpack<'a>(vm: &Vm, args: &Args<'a>, recv: Receiver, name: &str, min: usize, max: usize) -> PyResult<(PyRef, &'a [Value])> {
    let (this, rest) = varargs(vm, args, recv, name)?;
    check_count(vm, name, rest.len(), min, max)?;
    Ok((this, rest))
}

/// The count check of `PyArg_UnpackTuple`.
pub fn check_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(vm.type_error(format!("{name} expected at least {min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        return Err(vm.type_error(format!("{name} expected at most {max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

fn no_keywords(vm: &Vm, args: &Args, recv: Receiver, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() { Ok(()) } else { Err(vm.type_error(format!("{}.{name}() takes no keyword arguments", recv.type_name()))) }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `NotImplemented`.
pub fn not_implemented(vm: &Vm) -> Value {
    Value::Obj(vm.not_implemented.clone())
}

/// A `TypeError` for a class argument of `__new__` that is not a subtype ("dict.__new__(int): int is
/// not a subtype of dict").
pub fn new_cls(vm: &Vm, args: &Args, base: &PyRef, base_name: &str) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => {
            if crate::vm::attr::is_subtype(c, base) {
                Ok(c.clone())
            } else {
                let n = c.as_type().map(|t| t.name()).unwrap_or_default();
                Err(vm.type_error(format!("{base_name}.__new__({n}): {n} is not a subtype of {base_name}")))
            }
        }
        Some(other) => Err(vm.type_error(format!("{base_name}.__new__(X): X is not a type object ({})", vm.type_name(other)))),
        None => Err(vm.type_error(format!("{base_name}.__new__(): not enough arguments"))),
    }
}

/// Is `v` exactly of class `cls` (not a subclass)?
pub fn is_exact(vm: &Vm, v: &Value, cls: &PyRef) -> bool {
    std::rc::Rc::ptr_eq(&vm.class_of(v), cls)
}
