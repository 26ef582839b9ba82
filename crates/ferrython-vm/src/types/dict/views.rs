//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict (CPython's `dictview_*`). Keys and
//! items views are set-like: comparisons, `isdisjoint`, and `& | - ^` returning new sets.

use ferrython_compiler::bytecode::{BinaryOperator, ComparisonOperator};

use crate::PyResult;
use crate::object::{DictViewKind, Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::types::set::algebra;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

pub fn init(vm: &mut Vm) {
    let keys = vm.types.dict_keys.clone();
    let values = vm.types.dict_values.clone();
    let items = vm.types.dict_items.clone();
    let mapping = vm.new_native("mapping", view_mapping, BuiltinKind::Function, None);
    let prop = crate::types::misc::property::new_property(vm, [Value::Obj(mapping), Value::None, Value::None, Value::None]);
    for ty in [&keys, &values, &items] {
        vm.add_method(ty, "__repr__", view_repr);
        vm.add_method(ty, "__len__", view_len);
        vm.add_method(ty, "__iter__", view_iter);
        vm.add_method(ty, "__reversed__", view_reversed);
        vm.set_type_attr(ty, "mapping", prop.clone());
    }
    for ty in [&keys, &items] {
        vm.add_method(ty, "__contains__", view_contains);
        vm.add_method(ty, "isdisjoint", view_isdisjoint);
        vm.set_type_attr(ty, "__hash__", Value::None);
        vm.add_method(ty, "__eq__", view_eq);
        vm.add_method(ty, "__ne__", view_ne);
        vm.add_method(ty, "__lt__", view_lt);
        vm.add_method(ty, "__le__", view_le);
        vm.add_method(ty, "__gt__", view_gt);
        vm.add_method(ty, "__ge__", view_ge);
        vm.add_method(ty, "__or__", view_or);
        vm.add_method(ty, "__ror__", view_ror);
        vm.add_method(ty, "__and__", view_and);
        vm.add_method(ty, "__rand__", view_rand);
        vm.add_method(ty, "__sub__", view_sub);
        vm.add_method(ty, "__rsub__", view_rsub);
        vm.add_method(ty, "__xor__", view_xor);
        vm.add_method(ty, "__rxor__", view_rxor);
    }
}

/// The dict and kind of a view value.
fn as_view(v: &Value) -> Option<(&PyRef, DictViewKind)> {
    match v.payload() {
        Some(Payload::DictView(d, k)) => Some((d, *k)),
        _ => None,
    }
}

/// `PyDictViewSet_Check`: a keys or items view.
fn is_set_view(v: &Value) -> bool {
    matches!(as_view(v), Some((_, DictViewKind::Keys | DictViewKind::Items)))
}

/// The receiver of a view method and its further arguments.
fn view_self<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(Value, PyRef, DictViewKind, &'a [Value])> {
    let pos = a.positional();
    let Some(first) = pos.first() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    match as_view(first) {
        Some((d, k)) => Ok((first.clone(), d.clone(), k, &pos[1..])),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a view object but received a '{}'", vm.type_name(first)))),
    }
}

fn one<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<(Value, PyRef, DictViewKind, &'a Value)> {
    let (v, d, k, rest) = view_self(vm, a, name)?;
    match rest {
        [x] => Ok((v, d, k, x)),
        _ => Err(vm.type_error(format!("expected 1 argument, got {}", rest.len()))),
    }
}

fn dict_len(d: &PyRef) -> usize {
    d.as_dict().map_or(0, |d| d.borrow().len())
}

fn view_mapping(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, d, _, _) = view_self(vm, &a, "mapping")?;
    Ok(Value::Obj(PyObject::new(vm.types.mappingproxy.clone(), Payload::MappingProxy(d))))
}

/// `dictview_repr`: `dict_items([(1, 2)])`; `...` for a view already being printed.
fn view_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, d, kind, _) = view_self(vm, &a, "__repr__")?;
    let Value::Obj(view) = &v else { return Ok(vm.new_str("...")) };
    if !vm.repr_enter(view) {
        return Ok(vm.new_str("..."));
    }
    let r = repr_inner(vm, &v, &d, kind);
    vm.repr_leave(view);
    Ok(vm.new_str(r?))
}

fn repr_inner(vm: &mut Vm, v: &Value, d: &PyRef, kind: DictViewKind) -> PyResult<String> {
    let items = d.as_dict().map_or_else(Vec::new, |d| d.borrow().items());
    let mut out = format!("{}([", vm.type_name(v));
    for (i, (k, val)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match kind {
            DictViewKind::Keys => out.push_str(&vm.repr_string(k)?),
            DictViewKind::Values => out.push_str(&vm.repr_string(val)?),
            DictViewKind::Items => {
                let (kr, vr) = (vm.repr_string(k)?, vm.repr_string(val)?);
                out.push_str(&format!("({kr}, {vr})"));
            }
        }
    }
    out.push_str("])");
    Ok(out)
}

fn view_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, d, _, _) = view_self(vm, &a, "__len__")?;
    Ok(Value::Int(dict_len(&d) as i64))
}

fn view_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, d, kind, _) = view_self(vm, &a, "__iter__")?;
    Ok(super::iter::new_iter(vm, &d, kind))
}

fn view_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, d, kind, _) = view_self(vm, &a, "__reversed__")?;
    Ok(super::iter::new_reversed(vm, &d, kind))
}

/// `dictkeys_contains` / `dictitems_contains` (a `(key, value)` tuple whose value matches).
fn contains(vm: &mut Vm, d: &PyRef, kind: DictViewKind, item: &Value) -> PyResult<bool> {
    match kind {
        DictViewKind::Keys => Ok(dict_ops::get_item(vm, d, item)?.is_some()),
        DictViewKind::Items => {
            let Some(Payload::Tuple(t)) = item.payload() else { return Ok(false) };
            let [key, value] = &t[..] else { return Ok(false) };
            match dict_ops::get_item(vm, d, key)? {
                Some(found) => vm.eq_bool(&found, value),
                None => Ok(false),
            }
        }
        DictViewKind::Values => vm.contains(&Value::Obj(d.clone()), item),
    }
}

fn view_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, d, kind, item) = one(vm, &a, "__contains__")?;
    Ok(Value::Bool(contains(vm, &d, kind, item)?))
}

/// `all_contained_in`: every item of `a` is `in` `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `dictview_richcompare`: set-like comparison against sets and keys/items views.
fn richcompare(vm: &mut Vm, a: Args, name: &str, op: ComparisonOperator) -> PyResult<Value> {
    let (v, _, _, other) = one(vm, &a, name)?;
    if algebra::as_anyset(other).is_none() && !is_set_view(other) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let (ls, lo) = (vm.len(&v)?, vm.len(other)?);
    let r = match op {
        ComparisonOperator::Equal => ls == lo && all_contained_in(vm, &v, other)?,
        ComparisonOperator::NotEqual => !(ls == lo && all_contained_in(vm, &v, other)?),
        ComparisonOperator::Less => ls < lo && all_contained_in(vm, &v, other)?,
        ComparisonOperator::LessEqual => ls <= lo && all_contained_in(vm, &v, other)?,
        ComparisonOperator::Greater => ls > lo && all_contained_in(vm, other, &v)?,
        ComparisonOperator::GreaterEqual => ls >= lo && all_contained_in(vm, other, &v)?,
    };
    Ok(Value::Bool(r))
}

fn view_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__eq__", ComparisonOperator::Equal)
}

fn view_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__ne__", ComparisonOperator::NotEqual)
}

fn view_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__lt__", ComparisonOperator::Less)
}

fn view_le(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__le__", ComparisonOperator::LessEqual)
}

fn view_gt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__gt__", ComparisonOperator::Greater)
}

fn view_ge(vm: &mut Vm, a: Args) -> PyResult<Value> {
    richcompare(vm, a, "__ge__", ComparisonOperator::GreaterEqual)
}

/// `dictviews_isdisjoint`: iterate the shorter operand when the other is set-like.
fn view_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (v, d, _, other) = one(vm, &a, "isdisjoint")?;
    if v.is(other) {
        return Ok(Value::Bool(dict_len(&d) == 0));
    }
    let (mut probed, mut iterated) = (v.clone(), other.clone());
    if algebra::as_anyset(other).is_some() || is_set_view(other) && vm.len(other)? > dict_len(&d) {
        std::mem::swap(&mut probed, &mut iterated);
    }
    let it = vm.get_iter(&iterated)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&probed, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `dictviews_to_set`: the keys of an exact dict come with their hashes.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<PyRef> {
    if let Some((d, DictViewKind::Keys)) = as_view(v)
        && std::rc::Rc::ptr_eq(&d.class(), &vm.types.dict)
    {
        let d = Value::Obj(d.clone());
        return crate::types::set::new_set_from(vm, &d);
    }
    crate::types::set::new_set_from(vm, v)
}

/// The set operators of keys/items views, called with the operands in source order (the view may be
/// either one).
fn set_op(vm: &mut Vm, op: BinaryOperator, left: &Value, right: &Value) -> PyResult<Value> {
    let result = match op {
        BinaryOperator::Or => {
            let r = to_set(vm, left)?;
            algebra::update_internal(vm, &r, right)?;
            r
        }
        BinaryOperator::Subtract => {
            let r = to_set(vm, left)?;
            algebra::difference_update_internal(vm, &r, right)?;
            r
        }
        BinaryOperator::Xor => {
            if let (Some((d1, DictViewKind::Items)), Some((d2, DictViewKind::Items))) = (as_view(left), as_view(right)) {
                return items_xor(vm, &d1.clone(), &d2.clone());
            }
            let r = to_set(vm, left)?;
            algebra::symmetric_difference_update(vm, &r, right)?;
            r
        }
        _ => return intersect(vm, left, right),
    };
    Ok(Value::Obj(result))
}

/// `_PyDictView_Intersect`.
fn intersect(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if is_set_view(left) { (left.clone(), right.clone()) } else { (right.clone(), left.clone()) };
    let len_self = vm.len(&this)?;
    if let Some(o) = algebra::as_anyset(&other)
        && std::rc::Rc::ptr_eq(&o.class(), &vm.types.set)
        && len_self <= algebra::len(o)
    {
        let o = o.clone();
        return Ok(Value::Obj(algebra::intersection(vm, &o, &this)?));
    }
    if is_set_view(&other) && vm.len(&other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let Some((d, kind)) = as_view(&this).map(|(d, k)| (d.clone(), k)) else { return Ok(Value::Obj(vm.not_implemented.clone())) };
    let result = algebra::new_exact(vm, false);
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if contains(vm, &d, kind, &x)? {
            dict_ops::set_add(vm, &result, x)?;
        }
    }
    Ok(Value::Obj(result))
}

/// `dictitems_xor`: pairs of either dict whose key is missing from, or maps to a different value in,
/// the other.
fn items_xor(vm: &mut Vm, d1: &PyRef, d2: &PyRef) -> PyResult<Value> {
    let temp = super::copy_of(vm, d1);
    let result = algebra::new_exact(vm, false);
    let entries: Vec<(i64, Value, Value)> =
        d2.as_dict().map_or_else(Vec::new, |d| d.borrow().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect());
    for (hash, key, val2) in entries {
        let to_delete = match dict_ops::get_item_hashed(vm, &temp, &key, hash)? {
            Some(val1) => vm.eq_bool(&val1, &val2)?,
            None => false,
        };
        if to_delete {
            dict_ops::del_item_hashed(vm, &temp, &key, hash)?;
        } else {
            let pair = vm.new_tuple(vec![key, val2]);
            dict_ops::set_add(vm, &result, pair)?;
        }
    }
    let remaining: Vec<Value> =
        temp.as_dict().map_or_else(Vec::new, |d| d.borrow().items()).into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect();
    for pair in remaining {
        dict_ops::set_add(vm, &result, pair)?;
    }
    Ok(Value::Obj(result))
}

macro_rules! op_slots {
    ($($fwd:ident, $refl:ident, $name:literal, $rname:literal, $op:expr;)*) => {$(
        fn $fwd(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let (v, _, _, other) = one(vm, &a, $name)?;
            set_op(vm, $op, &v, other)
        }

        fn $refl(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let (v, _, _, other) = one(vm, &a, $rname)?;
            set_op(vm, $op, other, &v)
        }
    )*};
}

op_slots! {
    view_or, view_ror, "__or__", "__ror__", BinaryOperator::Or;
    view_and, view_rand, "__and__", "__rand__", BinaryOperator::And;
    view_sub, view_rsub, "__sub__", "__rsub__", BinaryOperator::Subtract;
    view_xor, view_rxor, "__xor__", "__rxor__", BinaryOperator::Xor;
}
