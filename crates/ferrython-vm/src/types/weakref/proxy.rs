//! `weakref.ProxyType` and `weakref.CallableProxyType`: a proxy stands for its referent in attribute
//! access (`Vm::getattr` and friends send proxies to `getattr`/`setattr` here), operators,
//! subscripts, iteration, conversions and calls; once the referent is gone every use raises
//! `ReferenceError: weakly-referenced object no longer exists`. Proxies are unhashable.

use ferrython_compiler::bytecode::{BinaryOperator, ComparisonOperator, UnaryOperator};

use crate::PyResult;
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

use super::weakref_data;

/// The referent of proxy `v`, or `ReferenceError`.
pub fn referent(vm: &Vm, v: &Value) -> PyResult<Value> {
    match weakref_data(v).map(|d| d.get()) {
        Some(Some(o)) => Ok(Value::Obj(o)),
        _ => Err(vm.new_error(&vm.exc.reference_error.clone(), "weakly-referenced object no longer exists")),
    }
}

/// Is `v` a proxy (whose attributes are its referent's)?
pub fn is_proxy(v: &Value) -> bool {
    weakref_data(v).is_some_and(|d| d.kind.is_proxy())
}

/// A proxy operand stands for its referent (CPython's `UNWRAP`).
fn unwrap(vm: &Vm, v: &Value) -> PyResult<Value> {
    if is_proxy(v) { referent(vm, v) } else { Ok(v.clone()) }
}

pub fn getattr(vm: &mut Vm, proxy: &Value, name: &PyRef) -> PyResult<Value> {
    let obj = referent(vm, proxy)?;
    vm.getattr(&obj, name)
}

/// `setattr` (`value` Some) or `delattr` (None) on the referent.
pub fn setattr(vm: &mut Vm, proxy: &Value, name: &PyRef, value: Option<Value>) -> PyResult<()> {
    let obj = referent(vm, proxy)?;
    match value {
        Some(v) => vm.setattr(&obj, name, v),
        None => vm.delattr(&obj, name),
    }
}

pub fn init(vm: &mut Vm) {
    let proxy = vm.types.weakproxy.clone();
    let callable = vm.types.weakcallableproxy.clone();
    for t in [&proxy, &callable] {
        vm.set_type_attr(t, "__hash__", Value::None);
        vm.add_native(t, "__new__", proxy_new, crate::objects::function::BuiltinKind::StaticMethod);
        for (name, f) in METHODS {
            vm.add_method(t, name, *f);
        }
    }
    vm.add_method(&callable, "__call__", proxy_call);
}

/// Proxies come only from `weakref.proxy` (CPython's proxy types have no `tp_new`).
fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.args.first().and_then(|c| c.as_obj()).and_then(|c| c.as_type()).map(|t| t.name()).unwrap_or_default();
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

type Method = (&'static str, crate::objects::function::NativeFn);

const METHODS: &[Method] = &[
    ("__repr__", proxy_repr),
    ("__str__", proxy_str),
    ("__bytes__", proxy_bytes),
    ("__bool__", proxy_bool),
    ("__len__", proxy_len),
    ("__iter__", proxy_iter),
    ("__next__", proxy_next),
    ("__reversed__", proxy_reversed),
    ("__getitem__", proxy_getitem),
    ("__setitem__", proxy_setitem),
    ("__delitem__", proxy_delitem),
    ("__contains__", proxy_contains),
    ("__dir__", proxy_dir),
    ("__int__", proxy_int),
    ("__float__", proxy_float),
    ("__index__", proxy_index),
    ("__neg__", proxy_neg),
    ("__pos__", proxy_pos),
    ("__invert__", proxy_invert),
    ("__abs__", proxy_abs),
    ("__eq__", proxy_eq),
    ("__ne__", proxy_ne),
    ("__lt__", proxy_lt),
    ("__le__", proxy_le),
    ("__gt__", proxy_gt),
    ("__ge__", proxy_ge),
    ("__add__", add),
    ("__radd__", radd),
    ("__iadd__", iadd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__isub__", isub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__imul__", imul),
    ("__matmul__", matmul),
    ("__rmatmul__", rmatmul),
    ("__imatmul__", imatmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__itruediv__", itruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__ifloordiv__", ifloordiv),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__imod__", imod),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__ipow__", ipow),
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__ilshift__", ilshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__irshift__", irshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__iand__", iand),
    ("__or__", or),
    ("__ror__", ror),
    ("__ior__", ior),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__ixor__", ixor),
];

/// The referent of the proxy `args[0]` (the receiver of method `name`).
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.args.first() {
        Some(v) if is_proxy(v) => referent(vm, v),
        Some(v) => Err(vm.type_error(format!("descriptor '{name}' requires a 'weakref.ProxyType' object but received a '{}'", vm.type_name(v)))),
        None => Err(vm.type_error(format!("descriptor '{name}' of 'weakref.ProxyType' object needs an argument"))),
    }
}

/// The referent and the (unwrapped) second argument.
fn this_and(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    let obj = this(vm, args, name)?;
    let other = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok((obj, unwrap(vm, &other)?))
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.args.first().cloned().unwrap_or(Value::None);
    // CPython shows a dead proxy's referent as None (`PyWeakref_GET_OBJECT`).
    let text = match weakref_data(&p).and_then(|d| d.get()) {
        Some(o) => {
            let o = Value::Obj(o);
            format!("<weakproxy at {:#x} to {} at {:#x}>", p.id(), vm.type_name(&o), o.id())
        }
        None => format!("<weakproxy at {:#x} to NoneType at {:#x}>", p.id(), Value::None.id()),
    };
    Ok(vm.new_str(text))
}

fn proxy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__str__")?;
    Ok(Value::Obj(vm.to_str(&obj)?))
}

fn proxy_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__bytes__")?;
    let bytes = Value::Obj(vm.types.bytes.clone());
    vm.call(&bytes, &[obj], &[])
}

fn proxy_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__bool__")?;
    Ok(Value::Bool(vm.is_true(&obj)?))
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__len__")?;
    Ok(Value::Int(vm.len(&obj)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__iter__")?;
    vm.get_iter(&obj)
}

fn proxy_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__next__")?;
    if vm.special(&obj, &vm.names.__next__.clone()).is_none() {
        return Err(vm.type_error(format!("Weakref proxy referenced a non-iterator '{}' object", vm.type_name(&obj))));
    }
    match vm.next(&obj)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn proxy_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__reversed__")?;
    let reversed = Value::Obj(vm.types.reversed.clone());
    vm.call(&reversed, &[obj], &[])
}

fn proxy_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, key) = this_and(vm, &args, "__getitem__")?;
    vm.getitem(&obj, &key)
}

fn proxy_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, key) = this_and(vm, &args, "__setitem__")?;
    let value = args.args.get(2).cloned().unwrap_or(Value::None);
    vm.setitem(&obj, key, value)?;
    Ok(Value::None)
}

fn proxy_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, key) = this_and(vm, &args, "__delitem__")?;
    vm.delitem(&obj, &key)?;
    Ok(Value::None)
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, item) = this_and(vm, &args, "__contains__")?;
    Ok(Value::Bool(vm.contains(&obj, &item)?))
}

/// `object.__dir__` reads `__dict__` and `__class__`, which a proxy takes from its referent.
fn proxy_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__dir__")?;
    let object = vm.types.object.clone();
    match crate::vm::attr::lookup_type(&object, &vm.intern("__dir__")) {
        Some(dir) => vm.call(&dir, &[obj], &[]),
        None => Ok(vm.new_list(Vec::new())),
    }
}

fn convert(vm: &mut Vm, args: &Args, ty: PyRef, name: &str) -> PyResult<Value> {
    let obj = this(vm, args, name)?;
    vm.call(&Value::Obj(ty), &[obj], &[])
}

fn proxy_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let int = vm.types.int.clone();
    convert(vm, &args, int, "__int__")
}

fn proxy_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let float = vm.types.float.clone();
    convert(vm, &args, float, "__float__")
}

fn proxy_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__index__")?;
    match vm.call_special(&obj, &vm.names.__index__.clone(), &[])? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&obj)))),
    }
}

fn unary(vm: &mut Vm, args: &Args, op: UnaryOperator, name: &str) -> PyResult<Value> {
    let obj = this(vm, args, name)?;
    vm.unary_op(op, &obj)
}

fn proxy_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, UnaryOperator::Negative, "__neg__")
}

fn proxy_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, UnaryOperator::Positive, "__pos__")
}

fn proxy_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, UnaryOperator::Invert, "__invert__")
}

fn proxy_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = this(vm, &args, "__abs__")?;
    match vm.call_special(&obj, &vm.names.__abs__.clone(), &[])? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(&obj)))),
    }
}

fn compare(vm: &mut Vm, args: &Args, op: ComparisonOperator, name: &str) -> PyResult<Value> {
    let (obj, other) = this_and(vm, args, name)?;
    vm.compare(op, &obj, &other)
}

fn proxy_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, ComparisonOperator::Equal, "__eq__")
}

fn proxy_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, ComparisonOperator::NotEqual, "__ne__")
}

fn proxy_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, ComparisonOperator::Less, "__lt__")
}

fn proxy_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, ComparisonOperator::LessEqual, "__le__")
}

fn proxy_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, ComparisonOperator::Greater, "__gt__")
}

fn proxy_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, ComparisonOperator::GreaterEqual, "__ge__")
}

/// `proxy <op> other`, `other <op> proxy` (reflected) and `proxy <op>= other`: the operation on the
/// referent (CPython's proxies define the number slots, which serve every direction).
macro_rules! binary_ops {
    ($( $op:ident, $iop:ident, $name:literal: $l:ident, $r:ident, $i:ident; )*) => { $(
        fn $l(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (obj, other) = this_and(vm, &args, concat!("__", $name, "__"))?;
            vm.binary_op(BinaryOperator::$op, &obj, &other)
        }
        fn $r(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (obj, other) = this_and(vm, &args, concat!("__r", $name, "__"))?;
            vm.binary_op(BinaryOperator::$op, &other, &obj)
        }
        fn $i(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (obj, other) = this_and(vm, &args, concat!("__i", $name, "__"))?;
            vm.binary_op(BinaryOperator::$iop, &obj, &other)
        }
    )* };
}

binary_ops! {
    Add, InplaceAdd, "add": add, radd, iadd;
    Subtract, InplaceSubtract, "sub": sub, rsub, isub;
    Multiply, InplaceMultiply, "mul": mul, rmul, imul;
    MatrixMultiply, InplaceMatrixMultiply, "matmul": matmul, rmatmul, imatmul;
    TrueDivide, InplaceTrueDivide, "truediv": truediv, rtruediv, itruediv;
    FloorDivide, InplaceFloorDivide, "floordiv": floordiv, rfloordiv, ifloordiv;
    Remainder, InplaceRemainder, "mod": mod_, rmod, imod;
    Power, InplacePower, "pow": pow, rpow, ipow;
    LShift, InplaceLShift, "lshift": lshift, rlshift, ilshift;
    RShift, InplaceRShift, "rshift": rshift, rrshift, irshift;
    And, InplaceAnd, "and": and, rand, iand;
    Or, InplaceOr, "or": or, ror, ior;
    Xor, InplaceXor, "xor": xor, rxor, ixor;
}

/// Calling a callable proxy calls the referent.
fn proxy_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = match args.args.first() {
        Some(v) if weakref_data(v).is_some_and(|d| d.kind == crate::objects::weakref::WeakKind::CallableProxy) => referent(vm, v)?,
        Some(v) => {
            return Err(
                vm.type_error(format!("descriptor '__call__' requires a 'weakref.CallableProxyType' object but received a '{}'", vm.type_name(v)))
            );
        }
        None => return Err(vm.type_error("descriptor '__call__' of 'weakref.CallableProxyType' object needs an argument")),
    };
    let pos = &args.positional()[1..];
    let mut all: Vec<Value> = pos.to_vec();
    all.extend_from_slice(args.kw_values());
    vm.call(&obj, &all, args.kwnames)
}
