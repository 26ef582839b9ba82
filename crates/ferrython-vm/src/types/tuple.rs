//! `tuple` (Objects/tupleobject.c): construction, the sequence protocol, operators, hashing,
//! `repr`, `index` and `count`. Methods work on the `Tuple` payload, so they serve subclass
//! instances too.

use std::rc::Rc;

use ferrython_compiler::bytecode::ComparisonOperator;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::iter::IterState;
use crate::types::sequence::{self, ItemKey};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::attr::is_subtype;

pub fn init(vm: &mut Vm) {
    let tuple = vm.types.tuple.clone();
    vm.add_native(&tuple, "__new__", tuple_new, BuiltinKind::StaticMethod);
    vm.add_method(&tuple, "__repr__", tuple_repr);
    vm.add_method(&tuple, "__len__", tuple_len);
    vm.add_method(&tuple, "__getitem__", tuple_getitem);
    vm.add_method(&tuple, "__contains__", tuple_contains);
    vm.add_method(&tuple, "__iter__", tuple_iter);
    vm.add_method(&tuple, "__hash__", tuple_hash);
    vm.add_method(&tuple, "__add__", tuple_add);
    vm.add_method(&tuple, "__mul__", tuple_mul);
    vm.add_method(&tuple, "__rmul__", tuple_mul);
    vm.add_method(&tuple, "__getnewargs__", tuple_getnewargs);
    vm.add_method(&tuple, "__lt__", tuple_lt);
    vm.add_method(&tuple, "__le__", tuple_le);
    vm.add_method(&tuple, "__eq__", tuple_eq);
    vm.add_method(&tuple, "__ne__", tuple_ne);
    vm.add_method(&tuple, "__gt__", tuple_gt);
    vm.add_method(&tuple, "__ge__", tuple_ge);
    vm.add_method(&tuple, "index", tuple_index);
    vm.add_method(&tuple, "count", tuple_count);
}

/// The items of a tuple (or tuple subclass instance), or the descriptor TypeError.
fn items_of<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a [Value]> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Ok(t),
            _ => Err(sequence::descriptor_error(vm, method, "tuple", v)),
        },
        _ => Err(sequence::descriptor_error(vm, method, "tuple", v)),
    }
}

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Value, &'a [Value], Args<'a>)> {
    let (this, rest) = sequence::receiver(vm, args, "tuple", method)?;
    Ok((this, items_of(vm, this, method)?, rest))
}

fn is_exact_tuple(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) && Rc::ptr_eq(&o.class.borrow(), &vm.types.tuple))
}

/// `tuple.__new__(cls, iterable=(), /)`. `tuple(t)` of an exact tuple is `t` itself.
fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.positional().first() else {
        return Err(vm.type_error("tuple.__new__(): not enough arguments"));
    };
    let Some(cls_ref) = cls.as_obj().filter(|o| o.as_type().is_some()).cloned() else {
        return Err(vm.type_error(format!("tuple.__new__(X): X is not a type object ({})", vm.type_name(cls))));
    };
    let td = cls_ref.as_type().expect("checked above");
    if !is_subtype(&cls_ref, &vm.types.tuple) {
        let n = td.name();
        return Err(vm.type_error(format!("tuple.__new__({n}): {n} is not a subtype of tuple")));
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let rest = &args.args[1..];
    sequence::check_count(vm, rest.len(), "tuple", 0, 1)?;
    let exact_cls = Rc::ptr_eq(&cls_ref, &vm.types.tuple);
    let items = match rest.first() {
        None => Vec::new(),
        Some(v) if exact_cls && is_exact_tuple(vm, v) => return Ok(v.clone()),
        Some(v) => vm.collect_iterable(v)?,
    };
    if exact_cls {
        return Ok(vm.new_tuple(items));
    }
    let payload = Payload::Tuple(items.into_boxed_slice());
    Ok(Value::Obj(if td.has_instance_dict {
        PyObject::with_dict(cls_ref.clone(), payload, vm.new_dict())
    } else {
        PyObject::new(cls_ref.clone(), payload)
    }))
}

/// `tuplerepr`: `()`, `(1,)`, `(1, 2)`, and `(...)` for a tuple already being printed.
fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, items, _) = this(vm, args, "__repr__")?;
    if items.is_empty() {
        return Ok(Value::Obj(vm.intern("()")));
    }
    let Value::Obj(obj) = this else { unreachable!("items_of accepted it") };
    if !vm.repr_enter(obj) {
        return Ok(Value::Obj(vm.intern("(...)")));
    }
    let r = repr_items(vm, items);
    vm.repr_leave(obj);
    Ok(vm.new_str(r?))
}

fn repr_items(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::from("(");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let r = vm.repr(item)?;
        out.push_str(r.as_str().map_or("", |s| s.as_str()));
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(out)
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, items, rest) = this(vm, args, "__len__")?;
    sequence::no_args(vm, rest, "tuple.__len__")?;
    Ok(Value::Int(items.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, items, rest) = this(vm, args, "__getitem__")?;
    let key = sequence::one_arg(vm, rest, "tuple.__getitem__")?;
    match sequence::item_key(vm, key, "tuple")? {
        ItemKey::Index(i) => match sequence::normalize_index(i, items.len()) {
            Some(j) => Ok(items[j].clone()),
            None => Err(vm.index_error("tuple index out of range")),
        },
        ItemKey::Slice(s) => {
            let idx = sequence::slice_indices(vm, &s, items.len())?;
            // The whole of an exact tuple is the tuple itself.
            if idx.step == 1 && idx.len == items.len() && is_exact_tuple(vm, this) {
                return Ok(this.clone());
            }
            let out: Vec<Value> = idx.positions().filter_map(|p| items.get(p).cloned()).collect();
            Ok(vm.new_tuple(out))
        }
    }
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, items, rest) = this(vm, args, "__contains__")?;
    let x = sequence::one_arg(vm, rest, "tuple.__contains__")?;
    for item in items {
        if vm.eq_bool(item, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this(vm, args, "__iter__")?;
    sequence::no_args(vm, rest, "tuple.__iter__")?;
    let cls = vm.types.tuple_iterator.clone();
    Ok(vm.new_iterator(&cls, IterState::Seq { seq: this.clone(), index: 0 }))
}

/// `tuplehash`: xxHash over the items' hashes (an unhashable item propagates its TypeError).
fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, items, rest) = this(vm, args, "__hash__")?;
    sequence::no_args(vm, rest, "tuple.__hash__")?;
    Ok(Value::Int(hash_items(vm, items)?))
}

/// The hash of a tuple with these items.
pub fn hash_items(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    let mut hashes = Vec::with_capacity(items.len());
    for item in items {
        hashes.push(vm.hash(item)?);
    }
    Ok(crate::format::hash_tuple(&hashes))
}

/// `tuple + tuple`: NotImplemented for other operands (the operator then reports "can only
/// concatenate tuple (not "list") to tuple").
fn tuple_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, items, rest) = this(vm, args, "__add__")?;
    let other = sequence::one_arg(vm, rest, "tuple.__add__")?;
    let Some(Payload::Tuple(more)) = other.payload() else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    if more.is_empty() && is_exact_tuple(vm, this) {
        return Ok(this.clone());
    }
    if items.is_empty() && is_exact_tuple(vm, other) {
        return Ok(other.clone());
    }
    let mut out = Vec::with_capacity(items.len() + more.len());
    out.extend_from_slice(items);
    out.extend_from_slice(more);
    Ok(vm.new_tuple(out))
}

/// `tuple * n` and `n * tuple`; `t * 1` of an exact tuple is `t`.
fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, items, rest) = this(vm, args, "__mul__")?;
    let n = sequence::one_arg(vm, rest, "tuple.__mul__")?;
    let Some(n) = sequence::repeat_count(vm, n)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    if n == 1 && is_exact_tuple(vm, this) {
        return Ok(this.clone());
    }
    let out = crate::types::list::repeat(vm, items, n)?;
    Ok(vm.new_tuple(out))
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, items, rest) = this(vm, args, "__getnewargs__")?;
    sequence::no_args(vm, rest, "tuple.__getnewargs__")?;
    let copy = vm.new_tuple(items.to_vec());
    Ok(vm.new_tuple(vec![copy]))
}

fn item_at(v: &Value, i: usize) -> Option<Value> {
    v.as_obj()?.as_tuple()?.get(i).cloned()
}

fn len_of(v: &Value) -> usize {
    v.as_obj().and_then(|o| o.as_tuple()).map_or(0, |t| t.len())
}

/// `tuplerichcompare`: NotImplemented unless both are tuples; lexicographic otherwise (no length
/// shortcut for `==`, unlike lists).
fn tuple_richcompare(vm: &mut Vm, args: Args, op: ComparisonOperator, name: &str) -> PyResult<Value> {
    let (this, _, rest) = this(vm, args, name)?;
    let other = sequence::one_arg(vm, rest, &format!("tuple.{name}"))?;
    if !matches!(other.payload(), Some(Payload::Tuple(_))) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    sequence::richcompare_items(vm, op, this, other, item_at, len_of)
}

macro_rules! richcompare_methods {
    ($($fname:ident => $op:ident, $name:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                tuple_richcompare(vm, args, ComparisonOperator::$op, $name)
            }
        )*
    };
}

richcompare_methods! {
    tuple_lt => Less, "__lt__";
    tuple_le => LessEqual, "__le__";
    tuple_eq => Equal, "__eq__";
    tuple_ne => NotEqual, "__ne__";
    tuple_gt => Greater, "__gt__";
    tuple_ge => GreaterEqual, "__ge__";
}

/// `tuple.index(value, start=0, stop=sys.maxsize, /)`.
fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, items, rest) = this(vm, args, "index")?;
    let a = sequence::positional(vm, rest, "tuple.index", "index", 1, 3)?;
    let (start, stop) = sequence::index_range(vm, a.get(1), a.get(2), items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq_bool(item, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, items, rest) = this(vm, args, "count")?;
    let x = sequence::one_arg(vm, rest, "tuple.count")?;
    let mut n = 0;
    for item in items {
        if vm.eq_bool(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
