//! The special methods and attributes of `complex` as natives (`complex_as_number`,
//! `complex_richcompare` in Objects/complexobject.c). Complex numbers have no `//`, `%` or
//! `divmod` in Python 3, and order comparisons are NotImplemented.

use ferrython_compiler::bytecode::BinaryOperator;

use super::{as_complex, complex_of, new_complex};
use crate::PyResult;
use crate::objects::function::{Args, NativeFn};
use crate::types::int::{arity, format_error, int_ref, not_implemented, receiver};
use crate::value::Value;
use crate::vm::Vm;

type Body = fn(&mut Vm, &[Value], &'static str) -> PyResult<Value>;
type C = (f64, f64);

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

fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<(C, &'a [Value])> {
    let (this, rest) = receiver(vm, args, name, "complex", |v| complex_of(v).is_some())?;
    Ok((complex_of(this).unwrap_or((0.0, 0.0)), rest))
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
    let Some(b) = as_complex(vm, other)? else {
        return Ok(not_implemented(vm));
    };
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    match super::arith::complex_arith(vm, op, a, b)? {
        Some((re, im)) => Ok(new_complex(vm, re, im)),
        None => Ok(not_implemented(vm)),
    }
}

fn pow(vm: &mut Vm, args: &[Value], name: &'static str, reflected: bool) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    let (other, modulus) = match rest {
        [b] => (b, None),
        [b, m] => (b, Some(m)),
        _ => return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", rest.len()))),
    };
    let Some(b) = as_complex(vm, other)? else {
        return Ok(not_implemented(vm));
    };
    if modulus.is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    let (re, im) = super::complex_pow(vm, a, b)?;
    Ok(new_complex(vm, re, im))
}

fn eq(vm: &mut Vm, args: &[Value], name: &'static str, negate: bool) -> PyResult<Value> {
    let ((re, im), rest) = this(vm, args, name)?;
    let [other] = arity::<1>(vm, rest)?;
    let equal = if let Some((r2, i2)) = complex_of(other) {
        re == r2 && im == i2
    } else if let Some(f) = crate::types::float::float_of(other) {
        re == f && im == 0.0
    } else if let Some(i) = int_ref(other) {
        im == 0.0 && crate::types::float::float_int_cmp(re, i) == Some(std::cmp::Ordering::Equal)
    } else {
        return Ok(not_implemented(vm));
    };
    Ok(Value::Bool(equal != negate))
}

fn order(vm: &mut Vm, args: &[Value], name: &'static str) -> PyResult<Value> {
    let (_, rest) = this(vm, args, name)?;
    arity::<1>(vm, rest)?;
    Ok(not_implemented(vm))
}

fn unary(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    f: fn(&mut Vm, C, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let (a, rest) = this(vm, args, name)?;
    arity::<0>(vm, rest)?;
    f(vm, a, &args[0])
}

fn hash(_vm: &mut Vm, (re, im): C, v: &Value) -> PyResult<Value> {
    let nan_hash = crate::format::hash_pointer(v.id() as usize);
    Ok(Value::Int(crate::format::hash_complex(re, im, nan_hash)))
}

natives! { COMPLEX_METHODS:
    complex_add("__add__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Add, false);
    complex_radd("__radd__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Add, true);
    complex_sub("__sub__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Subtract, false);
    complex_rsub("__rsub__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Subtract, true);
    complex_mul("__mul__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Multiply, false);
    complex_rmul("__rmul__") => |vm, a, n| binary(vm, a, n, BinaryOperator::Multiply, true);
    complex_truediv("__truediv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::TrueDivide, false);
    complex_rtruediv("__rtruediv__") => |vm, a, n| binary(vm, a, n, BinaryOperator::TrueDivide, true);
    complex_pow_("__pow__") => |vm, a, n| pow(vm, a, n, false);
    complex_rpow("__rpow__") => |vm, a, n| pow(vm, a, n, true);
    complex_eq("__eq__") => |vm, a, n| eq(vm, a, n, false);
    complex_ne("__ne__") => |vm, a, n| eq(vm, a, n, true);
    complex_lt("__lt__") => order;
    complex_le("__le__") => order;
    complex_gt("__gt__") => order;
    complex_ge("__ge__") => order;
    complex_neg("__neg__") => |vm, a, n| unary(vm, a, n, |vm, (re, im), _| Ok(new_complex(vm, -re, -im)));
    complex_pos("__pos__") => |vm, a, n| unary(vm, a, n, |vm, (re, im), _| Ok(new_complex(vm, re, im)));
    complex_abs("__abs__") => |vm, a, n| unary(vm, a, n, |vm, c, _| Ok(Value::Float(super::complex_abs(vm, c)?)));
    complex_bool("__bool__") => |vm, a, n| unary(vm, a, n, |_, (re, im), _| Ok(Value::Bool(re != 0.0 || im != 0.0)));
    complex_conjugate("conjugate") => |vm, a, n| unary(vm, a, n, |vm, (re, im), _| Ok(new_complex(vm, re, -im)));
    complex_complex("__complex__") => |vm, a, n| unary(vm, a, n, |vm, (re, im), _| Ok(new_complex(vm, re, im)));
    complex_getnewargs("__getnewargs__") => |vm, a, n| unary(vm, a, n, |vm, (re, im), _| Ok(vm.new_tuple(vec![Value::Float(re), Value::Float(im)])));
    complex_hash("__hash__") => |vm, a, n| unary(vm, a, n, hash);
    complex_repr("__repr__") => |vm, a, n| unary(vm, a, n, |vm, (re, im), _| Ok(vm.new_str(super::complex_repr_string(re, im))));
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ((re, im), rest) = this(vm, args.args, "__format__")?;
    let [spec] = arity::<1>(vm, rest)?;
    let Some(spec) = Vm::str_of(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if spec.is_empty() {
        let this = args.args[0].clone();
        return Ok(Value::Obj(vm.to_str(&this)?));
    }
    let tname = vm.type_name(&args.args[0]);
    let parsed = crate::format::parse_format_spec(spec, &tname).map_err(|e| format_error(vm, e))?;
    let s =
        crate::format::format_complex(re, im, &parsed, &tname).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_str(s))
}

fn complex_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ((re, _), _) = this(vm, args.args, "real")?;
    Ok(Value::Float(re))
}

fn complex_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ((_, im), _) = this(vm, args.args, "imag")?;
    Ok(Value::Float(im))
}

pub fn init(vm: &mut Vm) {
    let complex = vm.types.complex.clone();
    for (name, f) in COMPLEX_METHODS {
        vm.add_method(&complex, name, *f);
    }
    vm.add_method(&complex, "__format__", complex_format);
    crate::types::int::add_getter(vm, &complex, "real", complex_real);
    crate::types::int::add_getter(vm, &complex, "imag", complex_imag);
}
