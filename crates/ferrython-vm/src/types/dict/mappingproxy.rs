//! `mappingproxy` (`cls.__dict__`, `types.MappingProxyType`): a read-only view of a mapping. Every
//! operation delegates to the mapping; there is no `__setitem__`, so assignment fails with "'mappingproxy'
//! object does not support item assignment".

use ferrython_compiler::bytecode::{BinaryOperator, ComparisonOperator};

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let ty = vm.types.mappingproxy.clone();
    vm.add_native(&ty, "__new__", proxy_new, BuiltinKind::StaticMethod);
    vm.add_method(&ty, "__repr__", proxy_repr);
    vm.add_method(&ty, "__str__", proxy_str);
    vm.add_method(&ty, "__getitem__", proxy_getitem);
    vm.add_method(&ty, "__contains__", proxy_contains);
    vm.add_method(&ty, "__iter__", proxy_iter);
    vm.add_method(&ty, "__len__", proxy_len);
    vm.add_method(&ty, "__hash__", proxy_hash);
    vm.add_method(&ty, "__reversed__", proxy_reversed);
    vm.add_method(&ty, "get", proxy_get);
    vm.add_method(&ty, "keys", proxy_keys);
    vm.add_method(&ty, "values", proxy_values);
    vm.add_method(&ty, "items", proxy_items);
    vm.add_method(&ty, "copy", proxy_copy);
    vm.add_method(&ty, "__or__", proxy_or);
    vm.add_method(&ty, "__ror__", proxy_ror);
    vm.add_method(&ty, "__eq__", proxy_eq);
    vm.add_method(&ty, "__ne__", proxy_ne);
    vm.add_method(&ty, "__lt__", proxy_lt);
    vm.add_method(&ty, "__le__", proxy_le);
    vm.add_method(&ty, "__gt__", proxy_gt);
    vm.add_method(&ty, "__ge__", proxy_ge);
}

/// The proxied mapping of a `mappingproxy` receiver, and the further arguments.
fn mapping<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(Value, &'a [Value])> {
    let pos = a.positional();
    match pos.first().and_then(|v| v.payload()) {
        Some(Payload::MappingProxy(m)) => Ok((Value::Obj(m.clone()), &pos[1..])),
        _ => {
            let got = pos.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "nothing".into());
            Err(vm.type_error(format!("descriptor '{name}' for 'mappingproxy' objects doesn't apply to a '{got}' object")))
        }
    }
}

fn one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(Value, &'a Value)> {
    let (m, rest) = mapping(vm, a, name)?;
    match rest {
        [x] => Ok((m, x)),
        _ => Err(vm.type_error(format!("expected 1 argument, got {}", rest.len()))),
    }
}

/// A proxy for `mapping` (`PyDictProxy_New`).
pub fn new_proxy(vm: &Vm, mapping: PyRef) -> Value {
    Value::Obj(PyObject::new(vm.types.mappingproxy.clone(), Payload::MappingProxy(mapping)))
}

/// `mappingproxy(mapping)`: anything with `__getitem__` except a list or tuple.
fn proxy_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [_, m] = a.bind(vm, "mappingproxy", ["cls", "mapping"], 2)?;
    let Some(m) = m else { return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)")) };
    let getitem = vm.names.__getitem__.clone();
    let is_mapping = vm.special(&m, &getitem).is_some() && !matches!(m.payload(), Some(Payload::List(_) | Payload::Tuple(_)));
    match m {
        Value::Obj(o) if is_mapping => Ok(new_proxy(vm, o)),
        other => Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(&other)))),
    }
}

fn proxy_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = mapping(vm, &a, "__repr__")?;
    let r = vm.repr_string(&m)?;
    Ok(vm.new_str(format!("mappingproxy({r})")))
}

fn proxy_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = mapping(vm, &a, "__str__")?;
    Ok(Value::Obj(vm.to_str(&m)?))
}

fn proxy_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, key) = one(vm, &a, "__getitem__")?;
    vm.getitem(&m, key)
}

fn proxy_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, key) = one(vm, &a, "__contains__")?;
    Ok(Value::Bool(vm.contains(&m, key)?))
}

fn proxy_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = mapping(vm, &a, "__iter__")?;
    vm.get_iter(&m)
}

fn proxy_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = mapping(vm, &a, "__len__")?;
    Ok(Value::Int(vm.len(&m)? as i64))
}

fn proxy_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = mapping(vm, &a, "__hash__")?;
    Ok(Value::Int(vm.hash(&m)?))
}

fn proxy_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = mapping(vm, &a, "__reversed__")?;
    vm.call_method(&m, "__reversed__", &[])
}

/// `mappingproxy.get(key, default=None, /)`: the mapping's own `get`.
fn proxy_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, rest) = mapping(vm, &a, "get")?;
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("mappingproxy.get() takes no keyword arguments"));
    }
    super::args::check_count(vm, "get", rest.len(), 1, 2)?;
    vm.call_method(&m, "get", rest)
}

macro_rules! delegate_noargs {
    ($($f:ident, $name:literal;)*) => {$(
        fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let (m, rest) = mapping(vm, &a, $name)?;
            if !rest.is_empty() {
                return Err(vm.type_error(format!(concat!("mappingproxy.", $name, "() takes no arguments ({} given)"), rest.len())));
            }
            vm.call_method(&m, $name, &[])
        }
    )*};
}

delegate_noargs! {
    proxy_keys, "keys";
    proxy_values, "values";
    proxy_items, "items";
    proxy_copy, "copy";
}

/// `mappingproxy_or`: unwrap proxies, then `|` on the mappings.
fn or(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let unwrap = |v: &Value| match v.payload() {
        Some(Payload::MappingProxy(m)) => Value::Obj(m.clone()),
        _ => v.clone(),
    };
    let (l, r) = (unwrap(left), unwrap(right));
    vm.binary_op(BinaryOperator::Or, &l, &r)
}

fn proxy_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, other) = one(vm, &a, "__or__")?;
    let this = a.positional()[0].clone();
    or(vm, &this, other)
}

fn proxy_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, other) = one(vm, &a, "__ror__")?;
    let this = a.positional()[0].clone();
    or(vm, other, &this)
}

macro_rules! compare_slots {
    ($($f:ident, $name:literal, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let (m, other) = one(vm, &a, $name)?;
            vm.compare($op, &m, other)
        }
    )*};
}

compare_slots! {
    proxy_eq, "__eq__", ComparisonOperator::Equal;
    proxy_ne, "__ne__", ComparisonOperator::NotEqual;
    proxy_lt, "__lt__", ComparisonOperator::Less;
    proxy_le, "__le__", ComparisonOperator::LessEqual;
    proxy_gt, "__gt__", ComparisonOperator::Greater;
    proxy_ge, "__ge__", ComparisonOperator::GreaterEqual;
}
