//! The special methods of `int` and `bool` as natives (`long_as_number` and `long_richcompare` in
//! Objects/longobject.c, `bool_as_number` in Objects/boolobject.c). An operand that is not an
//! int gives NotImplemented; results are exact ints even for subclass instances.

use std::cmp::Ordering;

use ferrython_compiler::bytecode::{BinaryOperator, ComparisonOperator};
use num_traits::Signed;

use super::{IntRef, arity, int_ref, not_implemented, receiver};
use crate::PyResult;
use crate::objects::function::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::compare::cmp_ord;

type Body = fn(&mut Vm, &[Value], &'static str) -> PyResult<Value>;

macro_rules! natives {
    ($table:ident: $($fname:ident($name:literal) => $body:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.no_kwargs(vm, $name)?;
            let body: Body = $body;
            body(vm, args.args, $name)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $fname)),*];
    };
}

fn is_int(v: &Value) -> bool {
    int_ref(v).is_some()
}

/// The receiver as an int, with the slot wrapper's errors.
pub(super) fn this<'a>(
    vm: &Vm,
    args: &'a [Value],
    name: &str,
) -> PyResult<(IntRef<'a>, &'a [Value])> {
    let (this, rest) = receiver(vm, args, name, "int", is_int)?;
    Ok((int_ref(this).unwrap_or(IntRef::Small(0)), rest))
}

/// Any of the int operators, ints only.
pub fn int_arith(vm: &mut Vm, op: BinaryOperator, a: IntRef, b: IntRef) -> PyResult<Value> {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => super::small_binop(vm, op, x, y),
        _ => super::big_binop(vm, op, &a.to_big(), &b.to_big()),
    }
}

fn binary(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    op: BinaryOperator,
    reflected: bool,
) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    let [other] = arity::<1>(vm, rest)?;
    let Some(b) = int_ref(other) else {
        return Ok(not_implemented(vm));
    };
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    int_arith(vm, op, a, b)
}

fn divmod(vm: &mut Vm, args: &[Value], name: &'static str, reflected: bool) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    let [other] = arity::<1>(vm, rest)?;
    let Some(b) = int_ref(other) else {
        return Ok(not_implemented(vm));
    };
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    let (q, r) = super::int_divmod(vm, &a.to_big(), &b.to_big())?;
    Ok(vm.new_tuple(vec![q, r]))
}

/// `int.__pow__(a, b, mod=None)` and `__rpow__`.
fn pow(vm: &mut Vm, args: &[Value], name: &'static str, reflected: bool) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    let (other, modulus) = match rest {
        [b] => (b, None),
        [b, m] => (b, Some(m).filter(|m| !m.is_none())),
        _ => return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", rest.len()))),
    };
    let Some(b) = int_ref(other) else {
        return Ok(not_implemented(vm));
    };
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    match modulus {
        None => int_arith(vm, BinaryOperator::Power, a, b),
        Some(m) => match int_ref(m) {
            Some(m) => super::int_pow_mod(vm, &a.to_big(), &b.to_big(), &m.to_big()),
            None => Ok(not_implemented(vm)),
        },
    }
}

fn compare(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    op: ComparisonOperator,
) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    let [other] = arity::<1>(vm, rest)?;
    let Some(b) = int_ref(other) else {
        return Ok(not_implemented(vm));
    };
    Ok(Value::Bool(cmp_ord(op, int_cmp(a, b))))
}

pub fn int_cmp(a: IntRef, b: IntRef) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// A method taking only the receiver.
fn unary(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    f: fn(&mut Vm, IntRef) -> PyResult<Value>,
) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    arity::<0>(vm, rest)?;
    f(vm, a)
}

fn exact(vm: &mut Vm, a: IntRef) -> PyResult<Value> {
    Ok(a.to_value(vm))
}

fn neg(vm: &mut Vm, a: IntRef) -> PyResult<Value> {
    Ok(match a {
        IntRef::Small(i) => i
            .checked_neg()
            .map_or_else(|| vm.new_int(-num_bigint::BigInt::from(i)), Value::Int),
        IntRef::Big(b) => vm.new_int(-b),
    })
}

fn abs(vm: &mut Vm, a: IntRef) -> PyResult<Value> {
    Ok(match a {
        IntRef::Small(i) => i
            .checked_abs()
            .map_or_else(|| vm.new_int(num_bigint::BigInt::from(i).abs()), Value::Int),
        IntRef::Big(b) => vm.new_int(b.abs()),
    })
}

fn invert(vm: &mut Vm, a: IntRef) -> PyResult<Value> {
    Ok(match a {
        IntRef::Small(i) => Value::Int(!i),
        IntRef::Big(b) => vm.new_int(-b - 1),
    })
}

fn to_bool(_vm: &mut Vm, a: IntRef) -> PyResult<Value> {
    Ok(Value::Bool(!a.is_zero()))
}

fn to_float(vm: &mut Vm, a: IntRef) -> PyResult<Value> {
    Ok(Value::Float(a.to_f64(vm)?))
}

fn hash(_vm: &mut Vm, a: IntRef) -> PyResult<Value> {
    Ok(Value::Int(match a {
        IntRef::Small(i) => super::hash_i64(i),
        IntRef::Big(b) => super::hash_bigint(b),
    }))
}

fn repr(vm: &mut Vm, a: IntRef) -> PyResult<Value> {
    let s = super::int_repr(vm, a)?;
    Ok(vm.new_str(s))
}

natives! { INT_METHODS:
    int_add("__add__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Add, false);
    int_radd("__radd__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Add, true);
    int_sub("__sub__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Subtract, false);
    int_rsub("__rsub__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Subtract, true);
    int_mul("__mul__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Multiply, false);
    int_rmul("__rmul__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Multiply, true);
    int_mod("__mod__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Remainder, false);
    int_rmod("__rmod__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Remainder, true);
    int_divmod("__divmod__") => |vm, a, n| divmod(vm, a, n, false);
    int_rdivmod("__rdivmod__") => |vm, a, n| divmod(vm, a, n, true);
    int_pow("__pow__") => |vm, a, n| pow(vm, a, n, false);
    int_rpow("__rpow__") => |vm, a, n| pow(vm, a, n, true);
    int_lshift("__lshift__") => |vm, a, n| binary(vm, a, n, BinaryOperator::LShift, false);
    int_rlshift("__rlshift__") => |vm, a, n| binary(vm, a, n, BinaryOperator::LShift, true);
    int_rshift("__rshift__") => |vm, a, n| binary(vm, a, n, BinaryOperator::RShift, false);
    int_rrshift("__rrshift__") => |vm, a, n| binary(vm, a, n, BinaryOperator::RShift, true);
    int_and("__and__") => |vm, a, n| binary(vm, a, n, BinaryOperator::And, false);
    int_rand("__rand__") => |vm, a, n| binary(vm, a, n, BinaryOperator::And, true);
    int_xor("__xor__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Xor, false);
    int_rxor("__rxor__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Xor, true);
    int_or("__or__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Or, false);
    int_ror("__ror__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Or, true);
    int_floordiv("__floordiv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::FloorDivide, false);
    int_rfloordiv("__rfloordiv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::FloorDivide, true);
    int_truediv("__truediv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::TrueDivide, false);
    int_rtruediv("__rtruediv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::TrueDivide, true);
    int_lt("__lt__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::Less);
    int_le("__le__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::LessEqual);
    int_eq("__eq__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::Equal);
    int_ne("__ne__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::NotEqual);
    int_gt("__gt__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::Greater);
    int_ge("__ge__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::GreaterEqual);
    int_neg("__neg__") => |vm, a, n| unary(vm, a, n, neg);
    int_pos("__pos__") => |vm, a, n| unary(vm, a, n, exact);
    int_abs("__abs__") => |vm, a, n| unary(vm, a, n, abs);
    int_invert("__invert__") => |vm, a, n| unary(vm, a, n, invert);
    int_bool("__bool__") => |vm, a, n| unary(vm, a, n, to_bool);
    int_int("__int__") => |vm, a, n| unary(vm, a, n, exact);
    int_index("__index__") => |vm, a, n| unary(vm, a, n, exact);
    int_float("__float__") => |vm, a, n| unary(vm, a, n, to_float);
    int_trunc("__trunc__") => |vm, a, n| unary(vm, a, n, exact);
    int_floor("__floor__") => |vm, a, n| unary(vm, a, n, exact);
    int_ceil("__ceil__") => |vm, a, n| unary(vm, a, n, exact);
    int_conjugate("conjugate") => |vm, a, n| unary(vm, a, n, exact);
    int_hash("__hash__") => |vm, a, n| unary(vm, a, n, hash);
    int_repr("__repr__") => |vm, a, n| unary(vm, a, n, repr);
}

/// `bool & bool` stays a bool; anything else is int arithmetic (`bool_and` and friends).
fn bool_logic(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    op: BinaryOperator,
) -> PyResult<Value> {
    let (a, rest) = receiver(vm, args, name, "bool", |v| matches!(v, Value::Bool(_)))?;
    let [b] = arity::<1>(vm, rest)?;
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        return Ok(Value::Bool(match op {
            BinaryOperator::And => x & y,
            BinaryOperator::Or => x | y,
            _ => x ^ y,
        }));
    }
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(not_implemented(vm));
    };
    int_arith(vm, op, x, y)
}

fn bool_repr(vm: &mut Vm, args: &[Value], name: &'static str) -> PyResult<Value> {
    let (a, rest) = receiver(vm, args, name, "bool", |v| matches!(v, Value::Bool(_)))?;
    arity::<0>(vm, rest)?;
    Ok(Value::Obj(vm.intern(if matches!(a, Value::Bool(true)) {
        "True"
    } else {
        "False"
    })))
}

natives! { BOOL_METHODS:
    bool_repr_("__repr__") => bool_repr;
    bool_and("__and__") => |vm, a, n| bool_logic(vm, a, n, BinaryOperator::And);
    bool_rand("__rand__") => |vm, a, n| bool_logic(vm, a, n, BinaryOperator::And);
    bool_xor("__xor__") => |vm, a, n| bool_logic(vm, a, n, BinaryOperator::Xor);
    bool_rxor("__rxor__") => |vm, a, n| bool_logic(vm, a, n, BinaryOperator::Xor);
    bool_or("__or__") => |vm, a, n| bool_logic(vm, a, n, BinaryOperator::Or);
    bool_ror("__ror__") => |vm, a, n| bool_logic(vm, a, n, BinaryOperator::Or);
}

pub fn init(vm: &mut Vm) {
    let int = vm.types.int.clone();
    for (name, f) in INT_METHODS {
        vm.add_method(&int, name, *f);
    }
    let bool_ = vm.types.bool_.clone();
    for (name, f) in BOOL_METHODS {
        vm.add_method(&bool_, name, *f);
    }
}
