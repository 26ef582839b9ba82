//! `slice` (Objects/sliceobject.c): construction, `repr`, `start`/`stop`/`step`, `indices()`,
//! comparison as the tuple `(start, stop, step)`, and no hash (slices are unhashable in 3.11).

use ferrython_compiler::bytecode::ComparisonOperator;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::types::range::add_member;
use crate::types::sequence;
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let slice = vm.types.slice.clone();
    vm.add_native(&slice, "__new__", slice_new, BuiltinKind::StaticMethod);
    vm.add_method(&slice, "__repr__", slice_repr);
    vm.add_method(&slice, "indices", slice_indices);
    vm.add_method(&slice, "__reduce__", slice_reduce);
    vm.add_method(&slice, "__lt__", slice_lt);
    vm.add_method(&slice, "__le__", slice_le);
    vm.add_method(&slice, "__eq__", slice_eq);
    vm.add_method(&slice, "__ne__", slice_ne);
    vm.add_method(&slice, "__gt__", slice_gt);
    vm.add_method(&slice, "__ge__", slice_ge);
    vm.set_type_attr(&slice, "__hash__", Value::None);
    add_member(vm, &slice, "start", slice_start);
    add_member(vm, &slice, "stop", slice_stop);
    add_member(vm, &slice, "step", slice_step);
}

fn parts<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a [Value; 3]> {
    match v.payload() {
        Some(Payload::Slice(s)) => Ok(s),
        _ => Err(sequence::descriptor_error(vm, method, "slice", v)),
    }
}

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a [Value; 3], Args<'a>)> {
    let (this, rest) = sequence::receiver(vm, args, "slice", method)?;
    Ok((parts(vm, this, method)?, rest))
}

pub fn new_slice(vm: &Vm, start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(PyObject::new(vm.types.slice.clone(), Payload::Slice(Box::new([start, stop, step]))))
}

/// `slice(stop)`, `slice(start, stop[, step])`.
fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let a = args.args.get(1..).unwrap_or(&[]);
    sequence::check_count(vm, a.len(), "slice", 1, 3)?;
    Ok(match a {
        [stop] => new_slice(vm, Value::None, stop.clone(), Value::None),
        [start, stop] => new_slice(vm, start.clone(), stop.clone(), Value::None),
        [start, stop, step, ..] => new_slice(vm, start.clone(), stop.clone(), step.clone()),
        [] => unreachable!("check_count requires one"),
    })
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "__repr__")?;
    let mut out = String::from("slice(");
    for (i, v) in s.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(vm.new_str(out))
}

/// An int value as a big integer, through `__index__`.
fn big_index(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<BigInt> {
    let r = match v {
        Value::Int(i) => return Ok(BigInt::from(*i)),
        Value::Bool(b) => return Ok(BigInt::from(*b as i64)),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => v.clone(),
        _ => match vm.call_special(v, &vm.names.__index__.clone(), &[])? {
            Some(r) => r,
            None => return Err(vm.type_error(msg.replace("{}", &vm.type_name(v)))),
        },
    };
    match crate::types::int::as_bigint(&r) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
    }
}

/// `slice.indices(length)` (`_PySlice_GetLongIndices`), in arbitrary precision.
fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "indices")?;
    let length = sequence::one_arg(vm, rest, "slice.indices")?;
    let length = big_index(vm, length, "'{}' object cannot be interpreted as an integer")?;
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    const BAD: &str = "slice indices must be integers or None or have an __index__ method";
    let step = if s[2].is_none() { BigInt::one() } else { big_index(vm, &s[2], BAD)? };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards { (BigInt::from(-1), &length - 1) } else { (BigInt::zero(), length.clone()) };
    let bound = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = big_index(vm, v, BAD)?;
        if i.is_negative() {
            i += &length;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = bound(vm, &s[0], if backwards { &upper } else { &lower })?;
    let stop = bound(vm, &s[1], if backwards { &lower } else { &upper })?;
    let t = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
    Ok(vm.new_tuple(t))
}

fn slice_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "__reduce__")?;
    let t = vm.new_tuple(s.to_vec());
    Ok(vm.new_tuple(vec![Value::Obj(vm.types.slice.clone()), t]))
}

/// `slice_richcompare`: compare `(start, stop, step)` as tuples; NotImplemented for non-slices.
fn slice_compare(vm: &mut Vm, args: Args, op: ComparisonOperator, name: &str) -> PyResult<Value> {
    let (s, rest) = this(vm, args, name)?;
    let other = sequence::one_arg(vm, rest, &format!("slice.{name}"))?;
    let Some(Payload::Slice(o)) = other.payload() else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let (a, b) = (vm.new_tuple(s.to_vec()), vm.new_tuple(o.to_vec()));
    vm.compare(op, &a, &b)
}

macro_rules! richcompare_methods {
    ($($fname:ident => $op:ident, $name:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                slice_compare(vm, args, ComparisonOperator::$op, $name)
            }
        )*
    };
}

richcompare_methods! {
    slice_lt => Less, "__lt__";
    slice_le => LessEqual, "__le__";
    slice_eq => Equal, "__eq__";
    slice_ne => NotEqual, "__ne__";
    slice_gt => Greater, "__gt__";
    slice_ge => GreaterEqual, "__ge__";
}

fn slice_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "start")?;
    Ok(s[0].clone())
}

fn slice_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "stop")?;
    Ok(s[1].clone())
}

fn slice_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = this(vm, args, "step")?;
    Ok(s[2].clone())
}
