//! `set` and `frozenset`: constructors, methods, operators and comparisons (CPython's
//! `Objects/setobject.c`; the algorithms themselves are in `algebra`).

pub mod algebra;

use std::rc::Rc;

use ferrython_compiler::bytecode::ComparisonOperator;

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::iter::IterState;
use crate::types::dict::args::{self, Receiver};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;
use algebra::{as_anyset, len};

pub fn init(vm: &mut Vm) {
    let set = vm.types.set.clone();
    let frozenset = vm.types.frozenset.clone();
    vm.add_native(&set, "__new__", set_new, BuiltinKind::StaticMethod);
    vm.add_method(&set, "__init__", set_init);
    vm.add_native(&frozenset, "__new__", frozenset_new, BuiltinKind::StaticMethod);
    vm.set_type_attr(&set, "__hash__", Value::None);
    vm.add_method(&frozenset, "__hash__", frozenset_hash);

    vm.add_method(&set, "add", set_add);
    vm.add_method(&set, "clear", set_clear);
    vm.add_method(&set, "discard", set_discard);
    vm.add_method(&set, "remove", set_remove);
    vm.add_method(&set, "pop", set_pop);
    vm.add_method(&set, "update", set_update);
    vm.add_method(&set, "intersection_update", set_intersection_update);
    vm.add_method(&set, "difference_update", set_difference_update);
    vm.add_method(&set, "symmetric_difference_update", set_symmetric_difference_update);
    vm.add_method(&set, "__ior__", set_ior);
    vm.add_method(&set, "__iand__", set_iand);
    vm.add_method(&set, "__isub__", set_isub);
    vm.add_method(&set, "__ixor__", set_ixor);
    vm.add_method(&set, "copy", set_copy);
    vm.add_method(&frozenset, "copy", frozenset_copy);

    for (ty, frozen) in [(set, false), (frozenset, true)] {
        macro_rules! both {
            ($name:literal, $f:ident) => {
                vm.add_method(&ty, $name, if frozen { $f::<true> } else { $f::<false> });
            };
        }
        both!("__repr__", set_repr);
        both!("__len__", set_len);
        both!("__iter__", set_iter);
        both!("__contains__", set_contains);
        both!("union", set_union);
        both!("intersection", set_intersection);
        both!("difference", set_difference);
        both!("symmetric_difference", set_symmetric_difference);
        both!("issubset", set_issubset);
        both!("issuperset", set_issuperset);
        both!("isdisjoint", set_isdisjoint);
        both!("__or__", set_or);
        both!("__ror__", set_ror);
        both!("__and__", set_and);
        both!("__rand__", set_rand);
        both!("__sub__", set_sub);
        both!("__rsub__", set_rsub);
        both!("__xor__", set_xor);
        both!("__rxor__", set_rxor);
        both!("__eq__", set_eq);
        both!("__ne__", set_ne);
        both!("__lt__", set_lt);
        both!("__le__", set_le);
        both!("__gt__", set_gt);
        both!("__ge__", set_ge);
    }
}

fn recv(frozen: bool) -> Receiver {
    if frozen { Receiver::FrozenSet } else { Receiver::Set }
}

// ----- construction ------------------------------------------------------------------------------

/// `set.__new__(cls, *args, **kwargs)`: an empty set of `cls`; `__init__` fills it.
fn set_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let set_ty = vm.types.set.clone();
    let cls = args::new_cls(vm, &a, &set_ty, "set")?;
    Ok(Value::Obj(algebra::new_of_class(vm, &cls, false)))
}

/// `set.__init__(self, iterable=(), /)`: empties the set, then adds the iterable's items.
fn set_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, rest) = args::slot_self(vm, &a, Receiver::Set, "__init__")?;
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let name = vm.type_name(&Value::Obj(this.clone()));
    args::check_count(vm, &name, rest.len(), 0, 1)?;
    if dict_ops::set_cell(&this).borrow().fill() > 0 {
        algebra::clear(&this);
    }
    dict_ops::set_cell(&this).borrow_mut().hash_cache = None;
    if let Some(iterable) = rest.first() {
        algebra::update_internal(vm, &this, iterable)?;
    }
    Ok(Value::None)
}

/// `frozenset.__new__(cls, iterable=(), /)`; `frozenset(f)` of an exact frozenset is `f` itself.
fn frozenset_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fs_ty = vm.types.frozenset.clone();
    let cls = args::new_cls(vm, &a, &fs_ty, "frozenset")?;
    let exact = Rc::ptr_eq(&cls, &fs_ty);
    if !a.kwnames.is_empty() {
        let init = vm.names.__init__.clone();
        let own_init = crate::vm::attr::lookup_type(&cls, &init);
        let base_init = crate::vm::attr::lookup_type(&fs_ty, &init);
        let same = matches!((&own_init, &base_init), (Some(x), Some(y)) if x.is(y));
        if exact || same {
            return Err(vm.type_error("frozenset() takes no keyword arguments"));
        }
    }
    let rest = &a.positional()[1..];
    let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
    args::check_count(vm, &name, rest.len(), 0, 1)?;
    if let Some(iterable) = rest.first()
        && exact
        && iterable.payload().is_some_and(|p| matches!(p, Payload::FrozenSet(_)))
        && args::is_exact(vm, iterable, &fs_ty)
    {
        return Ok(iterable.clone());
    }
    let result = algebra::new_of_class(vm, &cls, true);
    if let Some(iterable) = rest.first() {
        algebra::update_internal(vm, &result, iterable)?;
    }
    Ok(Value::Obj(result))
}

/// `SET_UPDATE`: `{*a, *b}`, and a set display of constants merging its frozenset constant
/// (`set_update_internal`: a set argument is merged, so the new set's table is sized like a copy:
/// `{20, 3, 5, 7, 9}` prints `{3, 20, 5, 7, 9}`).
pub fn update_from(vm: &mut Vm, set: &PyRef, iterable: &Value) -> PyResult<()> {
    algebra::update_internal(vm, set, iterable)
}

/// A frozenset constant (`Constant::FrozenSet`), made as CPython's compiler makes it: a frozenset
/// of the folded items in source order, then rebuilt from that one's iteration order
/// (`merge_consts_recursive`), which can reorder colliding items.
pub fn frozenset_constant(vm: &mut Vm, items: Vec<Value>) -> PyResult<PyRef> {
    let folded = algebra::new_exact(vm, true);
    for key in items {
        dict_ops::set_add(vm, &folded, key)?;
    }
    let constant = algebra::new_exact(vm, true);
    for (hash, key) in algebra::snapshot(&folded) {
        dict_ops::set_add_hashed(vm, &constant, key, hash)?;
    }
    Ok(constant)
}

// ----- hashing, repr, length, iteration, membership ------------------------------------------------

/// `frozenset_hash`, cached in the table like CPython's `so->hash`.
fn frozenset_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, []) = args::slot::<0>(vm, &a, Receiver::FrozenSet, "__hash__")?;
    let cell = dict_ops::set_cell(&this);
    if let Some(h) = cell.borrow().hash_cache {
        return Ok(Value::Int(h));
    }
    let h = cell.borrow().frozenset_hash();
    cell.borrow_mut().hash_cache = Some(h);
    Ok(Value::Int(h))
}

/// `set_repr`: `{1, 2}`, `set()`, `frozenset({1})`, `Sub({1})`, `Sub(...)` when recursive.
fn set_repr<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, []) = args::slot::<0>(vm, &a, recv(F), "__repr__")?;
    let name = vm.type_name(&Value::Obj(this.clone()));
    if !vm.repr_enter(&this) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    let r = set_repr_inner(vm, &this, &name);
    vm.repr_leave(&this);
    Ok(vm.new_str(r?))
}

fn set_repr_inner(vm: &mut Vm, this: &PyRef, name: &str) -> PyResult<String> {
    let keys = dict_ops::set_cell(this).borrow().keys();
    if keys.is_empty() {
        return Ok(format!("{name}()"));
    }
    let mut out = String::new();
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(k)?);
    }
    let exact_set = Rc::ptr_eq(&this.class(), &vm.types.set);
    Ok(if exact_set { format!("{{{out}}}") } else { format!("{name}({{{out}}})") })
}

fn set_len<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, []) = args::slot::<0>(vm, &a, recv(F), "__len__")?;
    Ok(Value::Int(len(&this) as i64))
}

fn set_iter<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, []) = args::slot::<0>(vm, &a, recv(F), "__iter__")?;
    let n = len(&this);
    Ok(vm.new_iterator(&vm.types.set_iterator.clone(), IterState::Set { set: this, pos: 0, len: n }))
}

/// One step of a `set_iterator` (`setiter_iternext`): "Set changed size during iteration" is sticky,
/// and an exhausted iterator stays exhausted.
pub fn iter_next(vm: &mut Vm, state: &mut IterState) -> PyResult<Option<Value>> {
    let IterState::Set { set, pos, len } = state else { return Ok(None) };
    let Some(cell) = dict_ops::set_cell_opt(set) else { return Ok(None) };
    let s = cell.borrow();
    if s.len() != *len {
        *len = usize::MAX;
        return Err(vm.runtime_error("Set changed size during iteration"));
    }
    while *pos < s.slots() {
        let i = *pos;
        *pos += 1;
        if let Some((_, k)) = s.slot(i) {
            return Ok(Some(k.clone()));
        }
    }
    drop(s);
    *state = IterState::Exhausted;
    Ok(None)
}

/// `set_contains`: an unhashable `set` key is looked up as the equal frozenset.
pub fn contains(vm: &mut Vm, this: &PyRef, key: &Value) -> PyResult<bool> {
    match dict_ops::set_contains(vm, this, key) {
        Err(e) => match frozen_key(vm, key, &e)? {
            Some(k) => dict_ops::set_contains(vm, this, &k),
            None => Err(e),
        },
        r => r,
    }
}

/// The frozenset standing for a `set` key that failed to hash (`set_contains`, `set_remove`,
/// `set_discard`); `None` when the error is not that.
fn frozen_key(vm: &mut Vm, key: &Value, e: &crate::PyErr) -> PyResult<Option<Value>> {
    if !matches!(key.payload(), Some(Payload::Set(_))) || !vm.err_matches(e, &vm.exc.type_error.clone()) {
        return Ok(None);
    }
    let tmp = algebra::new_exact(vm, true);
    algebra::update_internal(vm, &tmp, key)?;
    Ok(Some(Value::Obj(tmp)))
}

fn set_contains<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, key) = args::one_arg(vm, &a, recv(F), "__contains__")?;
    Ok(Value::Bool(contains(vm, &this, key)?))
}

// ----- mutation ------------------------------------------------------------------------------------

fn set_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, key) = args::one_arg(vm, &a, Receiver::Set, "add")?;
    dict_ops::set_add(vm, &this, key.clone())?;
    Ok(Value::None)
}

fn set_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Set, "clear")?;
    algebra::clear(&this);
    Ok(Value::None)
}

/// Remove `key` (or the frozenset equal to a set key); whether it was present.
fn discard(vm: &mut Vm, this: &PyRef, key: &Value) -> PyResult<bool> {
    match dict_ops::set_discard(vm, this, key) {
        Err(e) => match frozen_key(vm, key, &e)? {
            Some(k) => dict_ops::set_discard(vm, this, &k),
            None => Err(e),
        },
        r => r,
    }
}

fn set_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, key) = args::one_arg(vm, &a, Receiver::Set, "discard")?;
    discard(vm, &this, key)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, key) = args::one_arg(vm, &a, Receiver::Set, "remove")?;
    if !discard(vm, &this, key)? {
        return Err(vm.key_error(key.clone()));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Set, "pop")?;
    let popped = dict_ops::set_cell(&this).borrow_mut().pop();
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.new_error(&vm.exc.key_error.clone(), "pop from an empty set")),
    }
}

fn set_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, others) = args::varargs(vm, &a, Receiver::Set, "update")?;
    for other in others {
        algebra::update_internal(vm, &this, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, others) = args::varargs(vm, &a, Receiver::Set, "intersection_update")?;
    let tmp = algebra::intersection_multi(vm, &this, others)?;
    algebra::swap_bodies(&this, &tmp);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, others) = args::varargs(vm, &a, Receiver::Set, "difference_update")?;
    for other in others {
        algebra::difference_update_internal(vm, &this, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, other) = args::one_arg(vm, &a, Receiver::Set, "symmetric_difference_update")?;
    algebra::symmetric_difference_update(vm, &this, other)?;
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Set, "copy")?;
    Ok(Value::Obj(algebra::copy(vm, &this)?))
}

fn frozenset_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::FrozenSet, "copy")?;
    if Rc::ptr_eq(&this.class(), &vm.types.frozenset) {
        return Ok(Value::Obj(this));
    }
    Ok(Value::Obj(algebra::copy(vm, &this)?))
}

// ----- new sets from old ---------------------------------------------------------------------------

fn set_union<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, others) = args::varargs(vm, &a, recv(F), "union")?;
    let result = algebra::copy(vm, &this)?;
    for other in others {
        if matches!(other, Value::Obj(o) if Rc::ptr_eq(o, &this)) {
            continue;
        }
        algebra::update_internal(vm, &result, other)?;
    }
    Ok(Value::Obj(result))
}

fn set_intersection<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, others) = args::varargs(vm, &a, recv(F), "intersection")?;
    Ok(Value::Obj(algebra::intersection_multi(vm, &this, others)?))
}

fn set_difference<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, others) = args::varargs(vm, &a, recv(F), "difference")?;
    Ok(Value::Obj(algebra::difference_multi(vm, &this, others)?))
}

fn set_symmetric_difference<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, other) = args::one_arg(vm, &a, recv(F), "symmetric_difference")?;
    Ok(Value::Obj(algebra::symmetric_difference(vm, &this, other)?))
}

fn set_issubset<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, other) = args::one_arg(vm, &a, recv(F), "issubset")?;
    Ok(Value::Bool(algebra::issubset(vm, &this, other)?))
}

fn set_issuperset<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, other) = args::one_arg(vm, &a, recv(F), "issuperset")?;
    Ok(Value::Bool(algebra::issuperset(vm, &this, other)?))
}

fn set_isdisjoint<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, other) = args::one_arg(vm, &a, recv(F), "isdisjoint")?;
    Ok(Value::Bool(algebra::isdisjoint(vm, &this, other)?))
}

// ----- operators -----------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum SetOp {
    Or,
    And,
    Sub,
    Xor,
}

/// `set_or`/`set_and`/`set_sub`/`set_xor`: NotImplemented unless both operands are sets, so the VM
/// reports "unsupported operand type(s)".
fn binary(vm: &mut Vm, op: SetOp, left: &Value, right: &Value) -> PyResult<Value> {
    let (Some(so), Some(_)) = (as_anyset(left), as_anyset(right)) else { return Ok(args::not_implemented(vm)) };
    let so = so.clone();
    let result = match op {
        SetOp::Or => {
            let result = algebra::copy(vm, &so)?;
            if !left.is(right) {
                algebra::update_internal(vm, &result, right)?;
            }
            result
        }
        SetOp::And => algebra::intersection(vm, &so, right)?,
        SetOp::Sub => algebra::difference(vm, &so, right)?,
        SetOp::Xor => algebra::symmetric_difference(vm, &so, right)?,
    };
    Ok(Value::Obj(result))
}

macro_rules! binary_slots {
    ($($fwd:ident, $refl:ident, $name:literal, $rname:literal, $op:expr;)*) => {$(
        fn $fwd<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let (this, [other]) = args::slot::<1>(vm, &a, recv(F), $name)?;
            binary(vm, $op, &Value::Obj(this), other)
        }

        fn $refl<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let (this, [other]) = args::slot::<1>(vm, &a, recv(F), $rname)?;
            binary(vm, $op, other, &Value::Obj(this))
        }
    )*};
}

binary_slots! {
    set_or, set_ror, "__or__", "__ror__", SetOp::Or;
    set_and, set_rand, "__and__", "__rand__", SetOp::And;
    set_sub, set_rsub, "__sub__", "__rsub__", SetOp::Sub;
    set_xor, set_rxor, "__xor__", "__rxor__", SetOp::Xor;
}

/// `set_ior` and friends: in place, returning the set itself; NotImplemented for a non-set operand.
fn inplace(vm: &mut Vm, a: Args, name: &str, op: SetOp) -> PyResult<Value> {
    let (this, [other]) = args::slot::<1>(vm, &a, Receiver::Set, name)?;
    if as_anyset(other).is_none() {
        return Ok(args::not_implemented(vm));
    }
    match op {
        SetOp::Or => algebra::update_internal(vm, &this, other)?,
        SetOp::And => {
            let tmp = algebra::intersection(vm, &this, other)?;
            algebra::swap_bodies(&this, &tmp);
        }
        SetOp::Sub => algebra::difference_update_internal(vm, &this, other)?,
        SetOp::Xor => algebra::symmetric_difference_update(vm, &this, other)?,
    }
    Ok(Value::Obj(this))
}

fn set_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, "__ior__", SetOp::Or)
}

fn set_iand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, "__iand__", SetOp::And)
}

fn set_isub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, "__isub__", SetOp::Sub)
}

fn set_ixor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, a, "__ixor__", SetOp::Xor)
}

// ----- comparisons ---------------------------------------------------------------------------------

/// `set_richcompare`: subset relations; NotImplemented against anything but a set.
fn richcompare(vm: &mut Vm, v: &PyRef, w: &Value, op: ComparisonOperator) -> PyResult<Value> {
    let Some(wo) = as_anyset(w) else { return Ok(args::not_implemented(vm)) };
    let (lv, lw) = (len(v), len(wo));
    let r = match op {
        ComparisonOperator::Equal | ComparisonOperator::NotEqual => {
            let hv = dict_ops::set_cell(v).borrow().hash_cache;
            let hw = dict_ops::set_cell(wo).borrow().hash_cache;
            let eq = if lv != lw || matches!((hv, hw), (Some(x), Some(y)) if x != y) { false } else { algebra::issubset(vm, v, w)? };
            eq == (op == ComparisonOperator::Equal)
        }
        ComparisonOperator::LessEqual => algebra::issubset(vm, v, w)?,
        ComparisonOperator::GreaterEqual => algebra::issuperset(vm, v, w)?,
        ComparisonOperator::Less => lv < lw && algebra::issubset(vm, v, w)?,
        ComparisonOperator::Greater => lv > lw && algebra::issuperset(vm, v, w)?,
    };
    Ok(Value::Bool(r))
}

macro_rules! compare_slots {
    ($($f:ident, $name:literal, $op:expr;)*) => {$(
        fn $f<const F: bool>(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let (this, [other]) = args::slot::<1>(vm, &a, recv(F), $name)?;
            richcompare(vm, &this, other, $op)
        }
    )*};
}

compare_slots! {
    set_eq, "__eq__", ComparisonOperator::Equal;
    set_ne, "__ne__", ComparisonOperator::NotEqual;
    set_lt, "__lt__", ComparisonOperator::Less;
    set_le, "__le__", ComparisonOperator::LessEqual;
    set_gt, "__gt__", ComparisonOperator::Greater;
    set_ge, "__ge__", ComparisonOperator::GreaterEqual;
}

/// For other modules: a new exact `set` holding the items of `iterable` (`PySet_New`).
pub fn new_set_from(vm: &mut Vm, iterable: &Value) -> PyResult<PyRef> {
    let s = algebra::new_exact(vm, false);
    algebra::update_internal(vm, &s, iterable)?;
    Ok(s)
}
