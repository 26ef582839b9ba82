//! Subscripts of sequences: `PyNumber_AsSsize_t` for an index, `PySlice_Unpack` plus
//! `PySlice_AdjustIndices` for a slice. Shared by `str`, `bytes` and `bytearray`.

use num_traits::{Signed, ToPrimitive};

use crate::PyResult;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// A slice resolved against a sequence length: the indices it selects are
/// `start, start + step, ...` (`len` of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// Whether it selects a contiguous run (`step == 1`, or at most one element).
    pub fn is_contiguous(&self) -> bool {
        self.step == 1 || self.len <= 1
    }

    /// The selected indices, in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

/// `_PyEval_SliceIndex`: None is "absent"; ints (of any size, clamped) and `__index__` objects.
pub fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            let Payload::Int(b) = &o.payload else {
                return Ok(None);
            };
            Ok(Some(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })))
        }
        _ => {
            let has_index = vm.special(v, &vm.names.__index__.clone()).is_some();
            if !has_index {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
            }
            let r = vm.call_special(v, &vm.names.__index__.clone(), &[])?.unwrap_or(Value::None);
            match r {
                Value::Obj(_) | Value::Int(_) | Value::Bool(_) if crate::types::int::as_bigint(&r).is_some() => slice_bound(vm, &r),
                other => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&other)))),
            }
        }
    }
}

/// The indices a slice object selects from a sequence of `length` items.
pub fn slice_indices(vm: &mut Vm, slice: &[Value; 3], length: usize) -> PyResult<SliceIndices> {
    let step = match slice_bound(vm, &slice[2])? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        // -i64::MAX keeps `-step` representable, as CPython does with PY_SSIZE_T_MAX.
        Some(s) => s.max(-i64::MAX),
    };
    let length = length as i64;
    let (lower, upper) = if step < 0 { (-1, length - 1) } else { (0, length) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => (v.saturating_add(length)).max(lower),
            Some(v) => v.min(upper),
        }
    };
    let start_raw = slice_bound(vm, &slice[0])?;
    let stop_raw = slice_bound(vm, &slice[1])?;
    let (start, stop) = if step < 0 { (clamp(start_raw, upper), clamp(stop_raw, lower)) } else { (clamp(start_raw, lower), clamp(stop_raw, upper)) };
    let len = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices { start, stop, step, len: len as usize })
}

/// `seq[i]`'s index: an int or `__index__` object, made non-negative against `length`;
/// `None` when out of range. `not_index` makes the TypeError's message from the key's type name.
pub fn item_index(vm: &mut Vm, key: &Value, length: usize, not_index: fn(&str) -> String) -> PyResult<Option<usize>> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        // An int subclass instance keeps even a small value in a big-int payload.
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            match crate::types::int::as_bigint(key).and_then(|b| num_traits::ToPrimitive::to_i64(&b)) {
                Some(i) => i,
                None => return Err(vm.index_error(format!("cannot fit '{}' into an index-sized integer", vm.type_name(key)))),
            }
        }
        _ => {
            if vm.special(key, &vm.names.__index__.clone()).is_none() {
                return Err(vm.type_error(not_index(&vm.type_name(key))));
            }
            vm.index_value(key)?
        }
    };
    let i = if i < 0 { i + length as i64 } else { i };
    Ok(if i >= 0 && (i as usize) < length { Some(i as usize) } else { None })
}

/// The slice object's `(start, stop, step)` when `key` is a slice.
pub fn as_slice(key: &Value) -> Option<&[Value; 3]> {
    match key.payload() {
        Some(Payload::Slice(s)) => Some(s),
        _ => None,
    }
}
