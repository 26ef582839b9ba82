//! `range` (Objects/rangeobject.c): construction, `repr`, length, indexing and slicing (a slice is
//! a new range), O(1) membership, `index`/`count` for ints, equality by the sequence it
//! describes, hashing, iteration and `reversed`, and the `start`/`stop`/`step` attributes.
//!
//! Bounds that fit in `i64` are stored inline in `RangeData`; larger ones (up to 2**120 in
//! magnitude, beyond which OverflowError is raised where CPython would still build the range) in
//! its `big` field. All arithmetic is done in `i128`.

use ferrython_compiler::bytecode::ComparisonOperator;

use crate::PyResult;
use crate::object::{Payload, PyObject, RangeData};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::iter::IterState;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

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

/// A read-only attribute computed by `getter`.
pub fn add_member(vm: &mut Vm, ty: &PyRef, name: &'static str, getter: NativeFn) {
    crate::types::misc::getset::add_getset(vm, ty, name, getter, None);
}

/// A range's bounds, widened so that ranges beyond `i64` use the same arithmetic.
#[derive(Clone, Copy)]
struct Bounds {
    start: i128,
    stop: i128,
    step: i128,
}

impl Bounds {
    fn of(r: &RangeData) -> Bounds {
        match &r.big {
            Some(b) => Bounds { start: b[0], stop: b[1], step: b[2] },
            None => Bounds { start: r.start as i128, stop: r.stop as i128, step: r.step as i128 },
        }
    }

    /// The number of items (`compute_range_length`).
    fn len(self) -> i128 {
        let Bounds { start, stop, step } = self;
        if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    }

    fn at(self, k: i128) -> i128 {
        self.start + k * self.step
    }

    /// Is `x` one of the values?
    fn contains(self, x: i128) -> bool {
        let Bounds { start, stop, step } = self;
        let inside = if step > 0 { start <= x && x < stop } else { stop < x && x <= start };
        inside && (x - start) % step == 0
    }
}

/// Bounds beyond this magnitude are refused, so that lengths and products stay within `i128`.
const LIMIT: i128 = 1 << 120;

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Value, Bounds, Args<'a>)> {
    let (this, rest) = sequence::receiver(vm, args, "range", method)?;
    match this.payload() {
        Some(Payload::Range(r)) => Ok((this, Bounds::of(r), rest)),
        _ => Err(sequence::descriptor_error(vm, method, "range", this)),
    }
}

/// An int value for a range computation.
fn int_value(vm: &Vm, i: i128) -> Value {
    match i64::try_from(i) {
        Ok(small) => Value::Int(small),
        Err(_) => vm.new_int(BigInt::from(i)),
    }
}

/// A range object with these bounds (OverflowError beyond what it can hold).
fn make_range(vm: &Vm, start: i128, stop: i128, step: i128) -> PyResult<Value> {
    let data = match (i64::try_from(start), i64::try_from(stop), i64::try_from(step)) {
        (Ok(start), Ok(stop), Ok(step)) => RangeData { start, stop, step, big: None },
        _ if [start, stop, step].iter().all(|v| v.abs() < LIMIT) => {
            RangeData { start: 0, stop: 0, step: 1, big: Some(Box::new([start, stop, step])) }
        }
        _ => return Err(vm.overflow_error(SSIZE_OVERFLOW.0)),
    };
    Ok(Value::Obj(PyObject::new(vm.types.range.clone(), Payload::Range(data))))
}

pub fn new_range(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(PyObject::new(vm.types.range.clone(), Payload::Range(RangeData { start, stop, step, big: None })))
}

/// A range argument through `__index__` ("'float' object cannot be interpreted as an integer").
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    let r = match v {
        Value::Int(i) => return Ok(*i as i128),
        Value::Bool(b) => return Ok(*b as i128),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => v.clone(),
        _ => match vm.call_special(v, &vm.names.__index__.clone(), &[])? {
            Some(r) => r,
            None => {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
            }
        },
    };
    match crate::types::int::as_bigint(&r) {
        Some(b) => b.to_i128().filter(|i| i.abs() < LIMIT).ok_or_else(|| vm.overflow_error(SSIZE_OVERFLOW.0)),
        None => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = args.args.get(1..).unwrap_or(&[]);
    sequence::check_count(vm, a.len(), "range", 1, 3)?;
    let mut ints = [0i128; 3];
    for (slot, v) in ints.iter_mut().zip(a) {
        *slot = range_arg(vm, v)?;
    }
    let (start, stop, step) = match a.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    make_range(vm, start, stop, step)
}

/// The length as a `Py_ssize_t` ("Python int too large to convert to C ssize_t" otherwise).
fn length_checked(vm: &Vm, r: Bounds) -> PyResult<i64> {
    i64::try_from(r.len()).map_err(|_| vm.overflow_error(SSIZE_OVERFLOW.0))
}

fn range_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, _) = this(vm, args, "__repr__")?;
    let s = if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) };
    Ok(vm.new_str(s))
}

fn range_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__len__")?;
    sequence::no_args(vm, rest, "range.__len__")?;
    Ok(Value::Int(length_checked(vm, r)?))
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__bool__")?;
    sequence::no_args(vm, rest, "range.__bool__")?;
    Ok(Value::Bool(r.len() != 0))
}

/// `r[i]` ("range object index out of range") and `r[a:b:c]` (a new range).
fn range_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__getitem__")?;
    let key = sequence::one_arg(vm, rest, "range.__getitem__")?;
    let len = r.len();
    // An index beyond i64 is still an index here (`compute_range_item` works on Python ints).
    if let Some(Some(i)) = exact_int(key).filter(|_| !matches!(key, Value::Int(_))) {
        return range_item(vm, r, i);
    }
    match sequence::item_key(vm, key, "range")? {
        ItemKey::Index(i) => range_item(vm, r, i as i128),
        ItemKey::Slice(s) => {
            let (start, stop, step) = slice_bounds(vm, &s, len)?;
            make_range(vm, r.at(start), r.at(stop), r.step * step)
        }
    }
}

/// A slice bound for a range, in `i128` and clamped far beyond any range's length
/// (`_PySlice_GetLongIndices` works on Python ints).
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    const CLAMP: i128 = 1 << 122;
    if v.is_none() {
        return Ok(None);
    }
    let r = match v {
        Value::Int(i) => return Ok(Some(*i as i128)),
        Value::Bool(b) => return Ok(Some(*b as i128)),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => v.clone(),
        _ => match vm.call_special(v, &vm.names.__index__.clone(), &[])? {
            Some(r) => r,
            None => {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
            }
        },
    };
    match crate::types::int::as_bigint(&r) {
        Some(b) => Ok(Some(b.to_i128().unwrap_or(if b.sign() == num_bigint::Sign::Minus { -CLAMP } else { CLAMP }).clamp(-CLAMP, CLAMP))),
        None => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
    }
}

/// The (start, stop, step) positions a slice selects from a range of `len` items.
fn slice_bounds(vm: &mut Vm, s: &[Value; 3], len: i128) -> PyResult<(i128, i128, i128)> {
    let step = slice_bound(vm, &s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |i: i128| {
        if i < 0 { (i + len).max(lower) } else { i.min(upper) }
    };
    let start = slice_bound(vm, &s[0])?.map_or(if step < 0 { upper } else { lower }, fix);
    let stop = slice_bound(vm, &s[1])?.map_or(if step < 0 { lower } else { upper }, fix);
    Ok((start, stop, step))
}

/// `r[i]`.
fn range_item(vm: &Vm, r: Bounds, i: i128) -> PyResult<Value> {
    let len = r.len();
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(int_value(vm, r.at(j)))
}

/// The value of an exact int or bool (`PyLong_CheckExact || PyBool_Check`), which `in`, `index`
/// and `count` answer arithmetically (`Some(None)`: an int beyond any range's bounds); `None` for
/// anything else (compared item by item).
fn exact_int(v: &Value) -> Option<Option<i128>> {
    match v {
        Value::Int(i) => Some(Some(*i as i128)),
        Value::Bool(b) => Some(Some(*b as i128)),
        Value::Obj(o) if o.class.borrow().as_type().is_some_and(|t| t.builtin) => match &o.payload {
            Payload::Int(b) => Some(b.to_i128().filter(|i| i.abs() < LIMIT)),
            _ => None,
        },
        _ => None,
    }
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, r, rest) = this(vm, args, "__contains__")?;
    let x = sequence::one_arg(vm, rest, "range.__contains__")?;
    match exact_int(x) {
        Some(i) => Ok(Value::Bool(i.is_some_and(|i| r.contains(i)))),
        None => Ok(Value::Bool(sequence::iter_search(vm, this, x)?.is_some())),
    }
}

fn range_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, r, rest) = this(vm, args, "__iter__")?;
    sequence::no_args(vm, rest, "range.__iter__")?;
    let cls = vm.types.range_iterator.clone();
    let state = match (i64::try_from(r.start), i64::try_from(r.step), i64::try_from(r.len())) {
        (Ok(next), Ok(step), Ok(remaining)) => IterState::Range { next, step, remaining },
        // Values beyond i64: iterate by index (each item computed by __getitem__).
        _ => IterState::Seq { seq: this.clone(), index: 0 },
    };
    Ok(vm.new_iterator(&cls, state))
}

/// `reversed(range)`: a range_iterator from the last item down.
fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, r, rest) = this(vm, args, "__reversed__")?;
    sequence::no_args(vm, rest, "range.__reversed__")?;
    let len = r.len();
    let last = if len == 0 { r.start } else { r.at(len - 1) };
    let cls = vm.types.range_iterator.clone();
    // The iterator adds the negated step with wrapping arithmetic, so -i64::MIN still works.
    let state = match (i64::try_from(last), i64::try_from(r.step), i64::try_from(len)) {
        (Ok(next), Ok(step), Ok(remaining)) => IterState::Range { next, step: step.wrapping_neg(), remaining },
        _ => match usize::try_from(len) {
            Ok(index) => IterState::Reversed { seq: this.clone(), index },
            Err(_) => return Err(vm.overflow_error(SSIZE_OVERFLOW.0)),
        },
    };
    Ok(vm.new_iterator(&cls, state))
}

/// Two ranges are equal when they describe the same sequence (`range_equals`).
fn ranges_equal(a: Bounds, b: Bounds) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    len == 0 || (a.start == b.start && (len == 1 || a.step == b.step))
}

fn range_compare(vm: &mut Vm, args: Args, op: ComparisonOperator, name: &str) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, name)?;
    let other = sequence::one_arg(vm, rest, &format!("range.{name}"))?;
    match other.payload() {
        Some(Payload::Range(o)) => Ok(Value::Bool(ranges_equal(r, Bounds::of(o)) == (op == ComparisonOperator::Equal))),
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
    let len = r.len();
    let items = match len {
        0 => [int_value(vm, len), Value::None, Value::None],
        1 => [int_value(vm, len), int_value(vm, r.start), Value::None],
        _ => [int_value(vm, len), int_value(vm, r.start), int_value(vm, r.step)],
    };
    Ok(Value::Int(crate::types::tuple::hash_items(vm, &items)?))
}

fn range_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, rest) = this(vm, args, "__reduce__")?;
    sequence::no_args(vm, rest, "range.__reduce__")?;
    let bounds = vm.new_tuple(vec![int_value(vm, r.start), int_value(vm, r.stop), int_value(vm, r.step)]);
    Ok(vm.new_tuple(vec![Value::Obj(vm.types.range.clone()), bounds]))
}

/// `range.index(value, /)`: arithmetic for ints ("4 is not in range"), a search otherwise.
fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, r, rest) = this(vm, args, "index")?;
    let x = sequence::one_arg(vm, rest, "range.index")?;
    match exact_int(x) {
        Some(Some(i)) if r.contains(i) => Ok(int_value(vm, (i - r.start) / r.step)),
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
        return Ok(Value::Int(i.is_some_and(|i| r.contains(i)) as i64));
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
    Ok(int_value(vm, r.start))
}

fn range_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, _) = this(vm, args, "stop")?;
    Ok(int_value(vm, r.stop))
}

fn range_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, r, _) = this(vm, args, "step")?;
    Ok(int_value(vm, r.step))
}
