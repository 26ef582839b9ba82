//! Helpers shared by the sequence types (`list`, `tuple`, `range`, and any type taking slices):
//! receiver and argument checks with CPython's messages, slice index arithmetic
//! (`PySlice_Unpack` + `PySlice_AdjustIndices`), item-key classification, repeat counts and the
//! lexicographic comparison of `list_richcompare`/`tuplerichcompare`.

use ferrython_compiler::bytecode::ComparisonOperator;
use num_traits::{Signed, ToPrimitive};

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::compare::cmp_ord;

/// Split a method call into its receiver and the remaining arguments
/// ("unbound method list.append() needs an argument" when there is none).
pub fn receiver<'a>(vm: &Vm, args: Args<'a>, type_name: &str, method: &str) -> PyResult<(&'a Value, Args<'a>)> {
    if args.args.len() <= args.kwnames.len() {
        return Err(vm.type_error(format!("unbound method {type_name}.{method}() needs an argument")));
    }
    Ok((&args.args[0], Args { args: &args.args[1..], kwnames: args.kwnames }))
}

/// Is `name` (a special method) a slot wrapper in CPython rather than a method? Their argument and
/// receiver errors are worded differently ("expected 1 argument, got 0").
fn is_slot_wrapper(name: &str) -> bool {
    name.starts_with("__") && !matches!(name, "__getitem__" | "__reversed__" | "__getnewargs__" | "__reduce__" | "__sizeof__" | "__class_getitem__")
}

/// The method name of a qualified name (`list.append` -> `append`).
fn method_name(qualname: &str) -> &str {
    qualname.rsplit('.').next().unwrap_or(qualname)
}

/// CPython's message for a method descriptor applied to the wrong type.
pub fn descriptor_error(vm: &Vm, name: &str, owner: &str, got: &Value) -> crate::PyErr {
    if is_slot_wrapper(name) {
        return vm.type_error(format!("descriptor '{name}' requires a '{owner}' object but received a '{}'", vm.type_name(got)));
    }
    vm.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object", vm.type_name(got)))
}

/// A slot wrapper's argument check: "expected 1 argument, got 0".
fn slot_args<'a>(vm: &Vm, args: Args<'a>, qualname: &str, n: usize) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {}() takes no keyword arguments", method_name(qualname))));
    }
    if args.args.len() != n {
        let plural = if n == 1 { "argument" } else { "arguments" };
        return Err(vm.type_error(format!("expected {n} {plural}, got {}", args.args.len())));
    }
    Ok(args.args)
}

/// `METH_NOARGS`: "list.copy() takes no arguments (1 given)".
pub fn no_args(vm: &Vm, args: Args, qualname: &str) -> PyResult<()> {
    if is_slot_wrapper(method_name(qualname)) {
        return slot_args(vm, args, qualname, 0).map(|_| ());
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({} given)", args.args.len())));
    }
    Ok(())
}

/// `METH_O`: "list.append() takes exactly one argument (0 given)".
pub fn one_arg<'a>(vm: &Vm, args: Args<'a>, qualname: &str) -> PyResult<&'a Value> {
    if is_slot_wrapper(method_name(qualname)) {
        return Ok(&slot_args(vm, args, qualname, 1)?[0]);
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    match args.args {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!("{qualname}() takes exactly one argument ({} given)", args.args.len()))),
    }
}

/// Argument Clinic's positional-only check (`_PyArg_CheckPositional`): "insert expected 2
/// arguments, got 1", "pop expected at most 1 argument, got 2".
pub fn positional<'a>(vm: &Vm, args: Args<'a>, qualname: &str, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    check_count(vm, args.args.len(), name, min, max)?;
    Ok(args.args)
}

/// "range expected at least 1 argument, got 0" and its siblings.
pub fn check_count(vm: &Vm, n: usize, name: &str, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    if n < min {
        let msg = if min == max {
            format!("{name} expected {min} {}, got {n}", plural(min))
        } else {
            format!("{name} expected at least {min} {}, got {n}", plural(min))
        };
        return Err(vm.type_error(msg));
    }
    if n > max {
        let msg = if min == max {
            format!("{name} expected {max} {}, got {n}", plural(max))
        } else {
            format!("{name} expected at most {max} {}, got {n}", plural(max))
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Does `v` support `__index__` (an int, a bool, or a class defining `__index__`)?
pub fn has_index(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => true,
        _ => vm.special(v, &vm.names.__index__).is_some(),
    }
}

/// `PyNumber_AsSsize_t(v, NULL)`: the integer value of `v`, clamped to the `i64` range (as CPython
/// clamps to `Py_ssize_t` for slice bounds). `None` when `v` has no `__index__`.
pub fn index_clamped(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    let r = match v {
        Value::Int(i) => return Ok(Some(*i)),
        Value::Bool(b) => return Ok(Some(*b as i64)),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => v.clone(),
        _ => match vm.call_special(v, &vm.names.__index__.clone(), &[])? {
            Some(r) => r,
            None => return Ok(None),
        },
    };
    match &r {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            // An int subclass instance keeps even a small value in a big-int payload.
            Payload::Int(b) => Ok(Some(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))),
            _ => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
        },
        _ => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
    }
}

/// `PyNumber_AsSsize_t(v, PyExc_OverflowError)` with the message of the caller's choosing for a
/// value that does not fit; `None` when `v` has no `__index__`.
pub fn index_exact(vm: &mut Vm, v: &Value, overflow: &OverflowMsg) -> PyResult<Option<i64>> {
    let r = match v {
        Value::Int(i) => return Ok(Some(*i)),
        Value::Bool(b) => return Ok(Some(*b as i64)),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => v.clone(),
        _ => match vm.call_special(v, &vm.names.__index__.clone(), &[])? {
            Some(r) => r,
            None => return Ok(None),
        },
    };
    match &r {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            // An int subclass instance keeps even a small value in a big-int payload.
            Payload::Int(b) => b.to_i64().map(Some).ok_or_else(|| vm.overflow_error(overflow.0)),
            _ => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
        },
        _ => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
    }
}

/// The message of the OverflowError [`index_exact`] raises.
pub struct OverflowMsg(pub &'static str);

/// "Python int too large to convert to C ssize_t".
pub const SSIZE_OVERFLOW: OverflowMsg = OverflowMsg("Python int too large to convert to C ssize_t");
/// "cannot fit 'int' into an index-sized integer".
pub const INDEX_OVERFLOW: OverflowMsg = OverflowMsg("cannot fit 'int' into an index-sized integer");

/// An integer argument ("'float' object cannot be interpreted as an integer").
pub fn int_arg(vm: &mut Vm, v: &Value, overflow: &OverflowMsg) -> PyResult<i64> {
    match index_exact(vm, v, overflow)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// The resolved indices of a slice applied to a sequence of some length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// How many items the slice selects.
    pub len: usize,
}

impl SliceIndices {
    /// The sequence positions the slice selects, in order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len as i64).map(move |k| (self.start + k * self.step) as usize)
    }
}

/// One slice bound (`_PyEval_SliceIndex`): None, or an integer clamped to the `i64` range.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match index_clamped(vm, v)? {
        Some(i) => Ok(Some(i)),
        None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// `PySlice_Unpack`: (start, stop, step) with None filled in and step checked, before clamping to a
/// length.
pub fn slice_unpack(vm: &mut Vm, s: &[Value; 3]) -> PyResult<(i64, i64, i64)> {
    let step = match slice_bound(vm, &s[2])? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        // -step must not overflow (CPython clamps to -PY_SSIZE_T_MAX).
        Some(i) => i.max(-i64::MAX),
    };
    let start = slice_bound(vm, &s[0])?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = slice_bound(vm, &s[1])?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: clamp unpacked bounds to a sequence of `len` items.
pub fn adjust_indices(len: i64, start: i64, stop: i64, step: i64) -> SliceIndices {
    let clamp = |i: i64| -> i64 {
        if i < 0 {
            let j = i.saturating_add(len);
            if j < 0 { if step < 0 { -1 } else { 0 } } else { j }
        } else if i >= len {
            if step < 0 { len - 1 } else { len }
        } else {
            i
        }
    };
    let (start, stop) = (clamp(start), clamp(stop));
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    SliceIndices { start, stop, step, len: n as usize }
}

/// The indices a slice object selects from a sequence of `len` items.
pub fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: usize) -> PyResult<SliceIndices> {
    let (start, stop, step) = slice_unpack(vm, s)?;
    Ok(adjust_indices(len as i64, start, stop, step))
}

/// What a subscript key asks for.
pub enum ItemKey {
    Index(i64),
    Slice(Box<[Value; 3]>),
}

/// Classify a subscript key: an index (via `__index__`; too big an int is IndexError "cannot fit
/// 'int' into an index-sized integer"), a slice, or the TypeError "list indices must be integers
/// or slices, not str".
pub fn item_key(vm: &mut Vm, key: &Value, type_name: &str) -> PyResult<ItemKey> {
    match key {
        Value::Int(i) => return Ok(ItemKey::Index(*i)),
        Value::Bool(b) => return Ok(ItemKey::Index(*b as i64)),
        Value::Obj(o) => {
            if let Payload::Slice(s) = &o.payload {
                return Ok(ItemKey::Slice(s.clone()));
            }
        }
        _ => {}
    }
    if !has_index(vm, key) {
        return Err(vm.type_error(format!("{type_name} indices must be integers or slices, not {}", vm.type_name(key))));
    }
    match index_exact(vm, key, &INDEX_OVERFLOW) {
        Ok(Some(i)) => Ok(ItemKey::Index(i)),
        Ok(None) => Err(vm.type_error(format!("{type_name} indices must be integers or slices, not {}", vm.type_name(key)))),
        // CPython raises IndexError (not OverflowError) for an item index that does not fit.
        Err(e) if vm.err_matches(&e, &vm.exc.overflow_error.clone()) => {
            Err(vm.index_error(format!("cannot fit '{}' into an index-sized integer", vm.type_name(key))))
        }
        Err(e) => Err(e),
    }
}

/// Normalise a possibly negative index against `len`; `None` when out of range.
#[inline]
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as u64) < len as u64 { Some(j as usize) } else { None }
}

/// The `start`/`stop` arguments of `index()` (`_PyEval_SliceIndexNotNone`), resolved against `len`
/// as `list.index` does.
pub fn index_range(vm: &mut Vm, start: Option<&Value>, stop: Option<&Value>, len: usize) -> PyResult<(usize, usize)> {
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => match index_clamped(vm, v)? {
                Some(i) => Ok(i),
                None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
            },
        }
    };
    let len_i = len as i64;
    let fix = |i: i64| -> usize { if i < 0 { i.saturating_add(len_i).max(0) as usize } else { i.min(len_i) as usize } };
    let start = bound(vm, start, 0)?;
    let stop = bound(vm, stop, i64::MAX)?;
    Ok((fix(start), fix(stop)))
}

/// The repeat count of `seq * n`: `None` when `n` has no `__index__` (the operator then reports
/// "can't multiply sequence by non-int"), negative counts as 0, too big an int OverflowError.
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if !has_index(vm, n) {
        return Ok(None);
    }
    Ok(index_exact(vm, n, &INDEX_OVERFLOW)?.map(|i| i.max(0) as usize))
}

/// Check that a repeated sequence's size is representable (CPython raises MemoryError).
pub fn repeat_len(vm: &Vm, len: usize, n: usize) -> PyResult<usize> {
    match len.checked_mul(n) {
        Some(total) if total <= (isize::MAX as usize) / 16 => Ok(total),
        _ => Err(vm.new_error(&vm.exc.memory_error, "")),
    }
}

/// Lexicographic rich comparison of two sequences whose items `get` fetches by index (re-reading
/// the lengths every step, since an item's `__eq__` may mutate a list), as `list_richcompare` and
/// `tuplerichcompare` do: skip equal (identical or `==`) items, then compare lengths or the first
/// differing pair with `op` (returning whatever that comparison returns).
pub fn richcompare_items(
    vm: &mut Vm,
    op: ComparisonOperator,
    a: &Value,
    b: &Value,
    get: fn(&Value, usize) -> Option<Value>,
    len: fn(&Value) -> usize,
) -> PyResult<Value> {
    let mut i = 0;
    let (x, y) = loop {
        let (Some(x), Some(y)) = (get(a, i), get(b, i)) else {
            return Ok(Value::Bool(cmp_ord(op, len(a).cmp(&len(b)))));
        };
        if !vm.eq_bool(&x, &y)? {
            break (x, y);
        }
        i += 1;
    };
    match op {
        ComparisonOperator::Equal => Ok(Value::Bool(false)),
        ComparisonOperator::NotEqual => Ok(Value::Bool(true)),
        _ => vm.compare(op, &x, &y),
    }
}

/// Map a rich-comparison dunder name to its operator.
pub fn op_of(name: &str) -> ComparisonOperator {
    match name {
        "__lt__" => ComparisonOperator::Less,
        "__le__" => ComparisonOperator::LessEqual,
        "__eq__" => ComparisonOperator::Equal,
        "__ne__" => ComparisonOperator::NotEqual,
        "__gt__" => ComparisonOperator::Greater,
        _ => ComparisonOperator::GreaterEqual,
    }
}

/// `sequence.index(x)`/`in` over an arbitrary iterable: the position of the first item equal to
/// `x` (`_PySequence_IterSearch`), comparing `item == x`.
pub fn iter_search(vm: &mut Vm, seq: &Value, x: &Value) -> PyResult<Option<usize>> {
    let it = vm.get_iter(seq)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq_bool(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}
