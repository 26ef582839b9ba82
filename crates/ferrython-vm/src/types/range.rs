//! `range` (Objects/rangeobject.c): construction, `repr`, length, indexing and slicing (a slice is
//! a new range), O(1) membership, `index`/`count` for ints, equality by the sequence it
//! describes, hashing, iteration and `reversed`, and the `start`/`stop`/`step` attributes.
//!
//! Bounds are `i64` (`RangeData`): arguments beyond that range raise OverflowError where CPython
//! would still build the range (docs/divergences.md).

use std::cell::RefCell;

use ferrython_compiler::bytecode::ComparisonOperator;

use crate::PyResult;
use crate::object::{Payload, PyObject, RangeData};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::iter::IterState;
use crate::types::sequence::{self, ItemKey, SSIZE_OVERFLOW};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let range = vm.types.range.clone();
    vm.add_native(&range, "__new__", range_new, BuiltinKind::StaticMethod);
    vm.add_method(&range, "__repr__", range_repr);
    vm.add_method(&range, "__len__", range_len);
    vm.add_method(&range, "__bool__", range_bool);
    vm.add_method(&range, "__getitem__", range_getitem);
    vm.add_method(&range, "__contains__", range_contains);
    vm.add_method(&range, "__iter__", range_iter);
    vm.add_method(&range, "__reversed__", range_reversed);
    vm.add_method(&range, "__eq__", range_eq);
    vm.add_method(&range, "__ne__", range_ne);
    vm.add_method(&range, "__hash__", range_hash);
    vm.add_method(&range, "__reduce__", range_reduce);
    vm.add_method(&range, "index", range_index);
    vm.add_method(&range, "count", range_count);
    add_member(vm, &range, "start", range_start);
    add_member(vm, &range, "stop", range_stop);
    add_member(vm, &range, "step", range_step);
    crate::types::slice::init(vm);
}

/// A read-only attribute computed by `getter` (a property with a native getter).
pub fn add_member(vm: &mut Vm, ty: &PyRef, name: &'static str, getter: NativeFn) {
    let fget = vm.new_native(name, getter, BuiltinKind::Method, Some(ty.clone()));
    let prop = PyObject::new(
        vm.types.property.clone(),
        Payload::Property(Box::new([
            RefCell::new(Value::Obj(fget)),
            RefCell::new(Value::None),
            RefCell::new(Value::None),
            RefCell::new(Value::None),
        ])),
    );
    vm.set_type_attr(ty, name, Value::Obj(prop));
}

fn range_of<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a RangeData> {
    match v.payload() {
        Some(Payload::Range(r)) => Ok(r),
        _ => Err(sequence::descriptor_error(vm, method, "range", v)),
    }
}

fn this<'a>(
    vm: &Vm,
    args: Args<'a>,
    method: &str,
) -> PyResult<(&'a Value, &'a RangeData, Args<'a>)> {
    let (this, rest) = sequence::receiver(vm, args, &format!("range.{method}"))?;
    Ok((this, range_of(vm, this, method)?, rest))
}

pub fn new_range(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(PyObject::new(
        vm.types.range.clone(),
        Payload::Range(RangeData { start, stop, step }),
    ))
}

/// `range(stop)`, `range(start, stop[, step])`.
fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = args.args.get(1..).unwrap_or(&[]);
    sequence::check_count(vm, a.len(), "range", 1, 3)?;
    let mut ints = [0i64; 3];
    for (slot, v) in ints.iter_mut().zip(a) {
        *slot = sequence::int_arg(vm, v, &SSIZE_OVERFLOW)?;
    }
    let (start, stop, step) = match a.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

/// The number of items, which may exceed `i64` for bounds near its limits.
fn length(r: &RangeData) -> i128 {
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// The length as a `Py_ssize_t` ("Python int too large to convert to C ssize_t" otherwise).
fn length_checked(vm: &Vm, r: &RangeData) -> PyResult<i64> {
    i64::try_from(length(r)).map_err(|_| vm.overflow_error(SSIZE_OVERFLOW.0))
}

fn range_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, _) = this(vm, args, "__repr__")?;
    let s = if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    Ok(vm.new_str(s))
}

fn range_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__len__")?;
    sequence::no_args(vm, rest, "range.__len__")?;
    Ok(Value::Int(length_checked(vm, r)?))
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, _) = this(vm, args, "__bool__")?;
    Ok(Value::Bool(length(r) != 0))
}

/// `r[i]` ("range object index out of range") and `r[a:b:c]` (a new range).
fn range_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__getitem__")?;
    let key = sequence::one_arg(vm, rest, "range.__getitem__")?;
    let len = length(r);
    match sequence::item_key(vm, key, "range")? {
        ItemKey::Index(i) => {
            let i = i as i128;
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(vm.index_error("range object index out of range"));
            }
            Ok(Value::Int((r.start as i128 + j * r.step as i128) as i64))
        }
        ItemKey::Slice(s) => {
            let len = length_checked(vm, r)?;
            let (start, stop, step) = sequence::slice_unpack(vm, &s)?;
            let idx = sequence::adjust_indices(len, start, stop, step);
            let at = |k: i64| r.start as i128 + k as i128 * r.step as i128;
            let (start, stop, step) = (
                at(idx.start),
                at(idx.stop),
                r.step as i128 * idx.step as i128,
            );
            match (
                i64::try_from(start),
                i64::try_from(stop),
                i64::try_from(step),
            ) {
                (Ok(a), Ok(b), Ok(c)) => Ok(new_range(vm, a, b, c)),
                _ => Err(vm.overflow_error(SSIZE_OVERFLOW.0)),
            }
        }
    }
}

/// Is the int `x` one of the range's values?
fn contains_int(r: &RangeData, x: i128) -> bool {
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let inside = if step > 0 {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    inside && (x - start) % step == 0
}

/// The value of an exact int or bool (`PyLong_CheckExact || PyBool_Check`), which `in`, `index`
/// and `count` answer arithmetically; `None` for anything else (compared item by item).
fn exact_int(v: &Value) -> Option<Option<i128>> {
    match v {
        Value::Int(i) => Some(Some(*i as i128)),
        Value::Bool(b) => Some(Some(*b as i128)),
        // A big int: beyond every i64 range.
        Value::Obj(o)
            if matches!(o.payload, Payload::Int(_))
                && o.class.borrow().as_type().is_some_and(|t| t.builtin) =>
        {
            Some(None)
        }
        _ => None,
    }
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, r, rest) = this(vm, args, "__contains__")?;
    let x = sequence::one_arg(vm, rest, "range.__contains__")?;
    match exact_int(x) {
        Some(i) => Ok(Value::Bool(i.is_some_and(|i| contains_int(r, i)))),
        None => Ok(Value::Bool(sequence::iter_search(vm, this, x)?.is_some())),
    }
}

fn range_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__iter__")?;
    sequence::no_args(vm, rest, "range.__iter__")?;
    let remaining = length_checked(vm, r)?;
    let cls = vm.types.range_iterator.clone();
    Ok(vm.new_iterator(
        &cls,
        IterState::Range {
            next: r.start,
            step: r.step,
            remaining,
        },
    ))
}

/// `reversed(range)`: a range_iterator from the last item down.
fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__reversed__")?;
    sequence::no_args(vm, rest, "range.__reversed__")?;
    let remaining = length_checked(vm, r)?;
    let last = if remaining == 0 {
        r.start
    } else {
        (r.start as i128 + (remaining as i128 - 1) * r.step as i128) as i64
    };
    // The negated step wraps for i64::MIN; the iterator adds it with wrapping arithmetic, which
    // still yields the right values.
    let cls = vm.types.range_iterator.clone();
    Ok(vm.new_iterator(
        &cls,
        IterState::Range {
            next: last,
            step: r.step.wrapping_neg(),
            remaining,
        },
    ))
}

/// Two ranges are equal when they describe the same sequence (`range_equals`).
fn ranges_equal(a: &RangeData, b: &RangeData) -> bool {
    let len = length(a);
    if len != length(b) {
        return false;
    }
    len == 0 || (a.start == b.start && (len == 1 || a.step == b.step))
}

fn range_compare(vm: &mut Vm, args: Args, op: ComparisonOperator, name: &str) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, name)?;
    let other = sequence::one_arg(vm, rest, &format!("range.{name}"))?;
    match other.payload() {
        Some(Payload::Range(o)) => Ok(Value::Bool(
            ranges_equal(r, o) == (op == ComparisonOperator::Equal),
        )),
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn range_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    range_compare(vm, args, ComparisonOperator::Equal, "__eq__")
}

fn range_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    range_compare(vm, args, ComparisonOperator::NotEqual, "__ne__")
}

/// `range_hash`: the hash of `(len, start, step)`, with None for what does not matter (`start`
/// of an empty range, `step` of a one-item range), so equal ranges hash equal.
fn range_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__hash__")?;
    sequence::no_args(vm, rest, "range.__hash__")?;
    let len = length(r);
    let len_v = match i64::try_from(len) {
        Ok(n) => Value::Int(n),
        Err(_) => vm.new_int(num_bigint::BigInt::from(len)),
    };
    let items = match len {
        0 => [len_v, Value::None, Value::None],
        1 => [len_v, Value::Int(r.start), Value::None],
        _ => [len_v, Value::Int(r.start), Value::Int(r.step)],
    };
    Ok(Value::Int(crate::types::tuple::hash_items(vm, &items)?))
}

fn range_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__reduce__")?;
    sequence::no_args(vm, rest, "range.__reduce__")?;
    let bounds = vm.new_tuple(vec![
        Value::Int(r.start),
        Value::Int(r.stop),
        Value::Int(r.step),
    ]);
    Ok(vm.new_tuple(vec![Value::Obj(vm.types.range.clone()), bounds]))
}

/// `range.index(value, /)`: arithmetic for ints ("4 is not in range"), a search otherwise.
fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, r, rest) = this(vm, args, "index")?;
    let x = sequence::one_arg(vm, rest, "range.index")?;
    match exact_int(x) {
        Some(Some(i)) if contains_int(r, i) => {
            Ok(Value::Int(((i - r.start as i128) / r.step as i128) as i64))
        }
        Some(_) => {
            let s = vm.repr_string(x)?;
            Err(vm.value_error(format!("{s} is not in range")))
        }
        None => match sequence::iter_search(vm, this, x)? {
            Some(i) => Ok(Value::Int(i as i64)),
            None => Err(vm.value_error("sequence.index(x): x not in sequence")),
        },
    }
}

/// `range.count(value, /)`.
fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, r, rest) = this(vm, args, "count")?;
    let x = sequence::one_arg(vm, rest, "range.count")?;
    if let Some(i) = exact_int(x) {
        return Ok(Value::Int(i.is_some_and(|i| contains_int(r, i)) as i64));
    }
    let it = vm.get_iter(this)?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq_bool(&item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, _) = this(vm, args, "start")?;
    Ok(Value::Int(r.start))
}

fn range_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, _) = this(vm, args, "stop")?;
    Ok(Value::Int(r.stop))
}

fn range_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, _) = this(vm, args, "step")?;
    Ok(Value::Int(r.step))
}
