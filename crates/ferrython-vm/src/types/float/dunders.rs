//! The special methods of `float` as natives (`float_as_number` and `float_richcompare` in
//! Objects/floatobject.c). An operand that is neither a float nor an int gives NotImplemented;
//! results are exact floats even for subclass instances.

use ferrython_compiler::bytecode::{BinaryOperator, ComparisonOperator};

use super::{as_f64, float_cmp_value, float_divmod, float_of};
use crate::PyResult;
use crate::objects::function::{Args, NativeFn};
use crate::types::int::{arity, not_implemented, receiver};
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

/// The receiver as a float, with the slot wrapper's errors.
pub(super) fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<(f64, &'a [Value])> {
    let (this, rest) = receiver(vm, args, name, "float", |v| float_of(v).is_some())?;
    Ok((float_of(this).unwrap_or(0.0), rest))
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
    let Some(b) = as_f64(vm, other)? else {
        return Ok(not_implemented(vm));
    };
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    super::float_binop(vm, op, a, b)
}

fn divmod(vm: &mut Vm, args: &[Value], name: &'static str, reflected: bool) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    let [other] = arity::<1>(vm, rest)?;
    let Some(b) = as_f64(vm, other)? else {
        return Ok(not_implemented(vm));
    };
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    if b == 0.0 {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let (q, r) = float_divmod(a, b);
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

/// `float.__pow__(a, b, mod=None)` and `__rpow__`.
fn pow(vm: &mut Vm, args: &[Value], name: &'static str, reflected: bool) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    let (other, modulus) = match rest {
        [b] => (b, None),
        [b, m] => (b, Some(m)),
        _ => return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", rest.len()))),
    };
    let Some(b) = as_f64(vm, other)? else {
        return Ok(not_implemented(vm));
    };
    if modulus.is_some_and(|m| !m.is_none()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    super::float_pow(vm, a, b)
}

fn compare(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    op: ComparisonOperator,
) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    let [other] = arity::<1>(vm, rest)?;
    match float_cmp_value(a, other) {
        None => Ok(not_implemented(vm)),
        Some(None) => Ok(Value::Bool(op == ComparisonOperator::NotEqual)),
        Some(Some(ord)) => Ok(Value::Bool(cmp_ord(op, ord))),
    }
}

/// A method taking only the receiver.
fn unary(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    f: fn(&mut Vm, f64, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    arity::<0>(vm, rest)?;
    f(vm, a, &args[0])
}

fn to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    super::float_to_int(vm, x)
}

natives! { FLOAT_METHODS:
    float_add("__add__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Add, false);
    float_radd("__radd__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Add, true);
    float_sub("__sub__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Subtract, false);
    float_rsub("__rsub__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Subtract, true);
    float_mul("__mul__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Multiply, false);
    float_rmul("__rmul__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Multiply, true);
    float_mod("__mod__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Remainder, false);
    float_rmod("__rmod__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Remainder, true);
    float_divmod_("__divmod__") => |vm, a, n| divmod(vm, a, n, false);
    float_rdivmod("__rdivmod__") => |vm, a, n| divmod(vm, a, n, true);
    float_pow_("__pow__") => |vm, a, n| pow(vm, a, n, false);
    float_rpow("__rpow__") => |vm, a, n| pow(vm, a, n, true);
    float_floordiv("__floordiv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::FloorDivide, false);
    float_rfloordiv("__rfloordiv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::FloorDivide, true);
    float_truediv("__truediv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::TrueDivide, false);
    float_rtruediv("__rtruediv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::TrueDivide, true);
    float_lt("__lt__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::Less);
    float_le("__le__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::LessEqual);
    float_eq("__eq__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::Equal);
    float_ne("__ne__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::NotEqual);
    float_gt("__gt__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::Greater);
    float_ge("__ge__") => |vm, a, n| compare(vm, a, n, ComparisonOperator::GreaterEqual);
    float_neg("__neg__") => |vm, a, n| unary(vm, a, n, |_, x, _| Ok(Value::Float(-x)));
    float_pos("__pos__") => |vm, a, n| unary(vm, a, n, |_, x, _| Ok(Value::Float(x)));
    float_abs("__abs__") => |vm, a, n| unary(vm, a, n, |_, x, _| Ok(Value::Float(x.abs())));
    float_bool("__bool__") => |vm, a, n| unary(vm, a, n, |_, x, _| Ok(Value::Bool(x != 0.0)));
    float_int("__int__") => |vm, a, n| unary(vm, a, n, |vm, x, _| to_int(vm, x));
    float_trunc("__trunc__") => |vm, a, n| unary(vm, a, n, |vm, x, _| to_int(vm, x));
    float_floor("__floor__") => |vm, a, n| unary(vm, a, n, |vm, x, _| to_int(vm, x.floor()));
    float_ceil("__ceil__") => |vm, a, n| unary(vm, a, n, |vm, x, _| to_int(vm, x.ceil()));
    float_float("__float__") => |vm, a, n| unary(vm, a, n, |_, x, _| Ok(Value::Float(x)));
    float_conjugate("conjugate") => |vm, a, n| unary(vm, a, n, |_, x, _| Ok(Value::Float(x)));
    float_hash("__hash__") => |vm, a, n| unary(vm, a, n, |_, x, v| Ok(Value::Int(super::hash_f64(x, v))));
    float_repr("__repr__") => |vm, a, n| unary(vm, a, n, |vm, x, _| Ok(vm.new_str(crate::format::float_repr(x))));
}

pub fn init(vm: &mut Vm) {
    let float = vm.types.float.clone();
    for (name, f) in FLOAT_METHODS {
        vm.add_method(&float, name, *f);
    }
}
