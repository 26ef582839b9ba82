//! Behaviour of the built-in types: their methods (registered in each type's namespace by `init`),
//! and the native fast paths the interpreter loop takes for numbers and comparisons.

pub mod async_generator;
pub mod bytes;
pub mod complex;
pub mod coroutine;
pub mod dict;
pub mod exception;
pub mod file;
pub mod float;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod misc;
pub mod object;
pub mod range;
pub mod sequence;
pub mod set;
pub mod slice;
pub mod sort;
pub mod str;
pub mod structseq;
pub mod tuple;
pub mod type_;
pub mod weakref;

use std::cmp::Ordering;

use ferrython_compiler::bytecode::{BinaryOperator, ComparisonOperator, UnaryOperator};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::PyResult;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::compare::cmp_ord;

/// Give every built-in type its namespace and methods.
pub fn init_types(vm: &mut Vm) {
    // Every built-in type and exception class gets a namespace (the macro lists them all).
    let mut all = vm.types.all();
    all.extend(vm.exc.all().into_iter().map(|(_, c)| c));
    for ty in &all {
        if ty.dict().is_none() {
            *ty.dict.borrow_mut() = Some(vm.new_dict());
        }
        let name = vm.new_str("builtins");
        vm.set_type_attr(ty, "__module__", name);
    }
    object::init(vm);
    type_::init(vm);
    function::init(vm);
    iter::init(vm);
    generator::init(vm);
    coroutine::init(vm);
    async_generator::init(vm);
    exception::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    str::init(vm);
    bytes::init(vm);
    list::init(vm);
    tuple::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    misc::init(vm);
    memoryview::init(vm);
    file::init(vm);
    generic_alias::init(vm);
    weakref::init(vm);
}

/// Arithmetic on built-in numbers without method lookups; `None` when an operand is not a built-in
/// number (or is a user subclass, whose methods must run).
pub fn number_binop(vm: &mut Vm, op: BinaryOperator, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let r = match (a, b) {
        (Value::Int(x), Value::Int(y)) => int::small_binop(vm, op, *x, *y)?,
        (Value::Int(_) | Value::Bool(_), Value::Int(_) | Value::Bool(_)) => {
            let x = if let Value::Bool(v) = a {
                *v as i64
            } else if let Value::Int(v) = a {
                *v
            } else {
                0
            };
            let y = if let Value::Bool(v) = b {
                *v as i64
            } else if let Value::Int(v) = b {
                *v
            } else {
                0
            };
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                match op {
                    BinaryOperator::And => return Ok(Some(Value::Bool(*p & *q))),
                    BinaryOperator::Or => return Ok(Some(Value::Bool(*p | *q))),
                    BinaryOperator::Xor => return Ok(Some(Value::Bool(*p ^ *q))),
                    _ => {}
                }
            }
            int::small_binop(vm, op, x, y)?
        }
        (Value::Float(x), Value::Float(y)) => float::float_binop(vm, op, *x, *y)?,
        (Value::Float(x), Value::Int(_) | Value::Bool(_)) | (Value::Float(x), Value::Obj(_)) if int::is_exact_int(b) => {
            let y = float::as_f64(vm, b)?.unwrap_or(0.0);
            float::float_binop(vm, op, *x, y)?
        }
        (Value::Int(_) | Value::Bool(_) | Value::Obj(_), Value::Float(y)) if int::is_exact_int(a) => {
            let x = float::as_f64(vm, a)?.unwrap_or(0.0);
            float::float_binop(vm, op, x, *y)?
        }
        _ if int::is_exact_int(a) && int::is_exact_int(b) => {
            let (x, y) = (int::as_bigint(a).unwrap_or_default(), int::as_bigint(b).unwrap_or_default());
            int::big_binop(vm, op, &x, &y)?
        }
        _ => return complex::complex_binop(vm, op, a, b),
    };
    Ok(if let Value::Null = r { None } else { Some(r) })
}

pub fn number_unary(vm: &mut Vm, op: UnaryOperator, a: &Value) -> PyResult<Option<Value>> {
    Ok(Some(match (op, a) {
        (UnaryOperator::Negative, Value::Int(i)) => match i.checked_neg() {
            Some(v) => Value::Int(v),
            None => vm.new_int(-BigInt::from(*i)),
        },
        (UnaryOperator::Negative, Value::Bool(b)) => Value::Int(-(*b as i64)),
        (UnaryOperator::Negative, Value::Float(f)) => Value::Float(-f),
        (UnaryOperator::Positive, Value::Int(_) | Value::Float(_)) => a.clone(),
        (UnaryOperator::Positive, Value::Bool(b)) => Value::Int(*b as i64),
        (UnaryOperator::Invert, Value::Int(i)) => Value::Int(!i),
        (UnaryOperator::Invert, Value::Bool(b)) => Value::Int(!(*b as i64)),
        (_, Value::Obj(o)) if int::is_exact_int(a) => {
            let Payload::Int(b) = &o.payload else { return Ok(None) };
            match op {
                UnaryOperator::Negative => vm.new_int(-b),
                UnaryOperator::Positive => a.clone(),
                UnaryOperator::Invert => vm.new_int(-b - 1),
                UnaryOperator::Not => return Ok(None),
            }
        }
        _ => return Ok(None),
    }))
}

/// Comparisons of built-in numbers and strings without method lookups.
pub fn fast_compare(vm: &mut Vm, op: ComparisonOperator, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => return Ok(Some(float_cmp(op, *x, *y))),
        (Value::Float(x), _) if int::is_exact_int(b) => return Ok(Some(float_int_cmp(op, *x, &int::as_bigint(b).unwrap_or_default()))),
        (_, Value::Float(y)) if int::is_exact_int(a) => {
            return Ok(Some(float_int_cmp(crate::vm::compare::reflect(op), *y, &int::as_bigint(a).unwrap_or_default())));
        }
        _ if int::is_exact_int(a) && int::is_exact_int(b) => int::as_bigint(a).unwrap_or_default().cmp(&int::as_bigint(b).unwrap_or_default()),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t))
                if x.class.borrow().as_type().is_some_and(|c| c.builtin) && y.class.borrow().as_type().is_some_and(|c| c.builtin) =>
            {
                s.as_str().cmp(t.as_str())
            }
            _ => return Ok(None),
        },
        (Value::None, Value::None) if matches!(op, ComparisonOperator::Equal | ComparisonOperator::NotEqual) => Ordering::Equal,
        _ => return Ok(None),
    };
    let _ = vm;
    Ok(Some(cmp_ord(op, ord)))
}

fn float_cmp(op: ComparisonOperator, x: f64, y: f64) -> bool {
    match op {
        ComparisonOperator::Less => x < y,
        ComparisonOperator::LessEqual => x <= y,
        ComparisonOperator::Equal => x == y,
        ComparisonOperator::NotEqual => x != y,
        ComparisonOperator::Greater => x > y,
        ComparisonOperator::GreaterEqual => x >= y,
    }
}

/// Exact float/int comparison (CPython compares without rounding the int).
fn float_int_cmp(op: ComparisonOperator, x: f64, y: &BigInt) -> bool {
    if x.is_nan() {
        return op == ComparisonOperator::NotEqual;
    }
    if x.is_infinite() {
        return cmp_ord(op, if x > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    let ord = match y.to_f64() {
        Some(yf) if yf.abs() < 9.0e15 => x.partial_cmp(&yf).unwrap_or(Ordering::Equal),
        _ => {
            let xi = num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_else(BigInt::zero);
            match xi.cmp(y) {
                Ordering::Equal => {
                    let frac = x - x.trunc();
                    if frac > 0.0 {
                        Ordering::Greater
                    } else if frac < 0.0 {
                        Ordering::Less
                    } else {
                        Ordering::Equal
                    }
                }
                o => o,
            }
        }
    };
    let _ = y.is_negative();
    cmp_ord(op, ord)
}

/// Attributes that built-in objects expose without a namespace entry (`f.__name__`, `cls.__mro__`,
/// `e.args`, ...).
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Value::Obj(o) = obj else {
        return Ok(match (obj, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => {
                Some(if let Value::Bool(b) = obj { Value::Int(*b as i64) } else { obj.clone() })
            }
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        });
    };
    match &o.payload {
        Payload::Type(_) => type_::type_attr(vm, o, name),
        Payload::Function(f) => function::function_attr(vm, o, f, name),
        Payload::Builtin(b) => function::builtin_attr(vm, b, name),
        Payload::BoundMethod(m) => Ok(match name {
            "__self__" => Some(m.1.clone()),
            "__func__" => Some(m.0.clone()),
            // Anything else is the function's attribute (`method_getattro`), so its errors name
            // the function's type.
            _ => {
                let f = m.0.clone();
                let n = vm.intern(name);
                Some(vm.getattr(&f, &n)?)
            }
        }),
        Payload::Exception(_) => exception::exception_attr(vm, o, name),
        Payload::Code(c) => function::code_attr(vm, c, name),
        Payload::Cell(c) => match name {
            "cell_contents" => match &*c.borrow() {
                Some(v) => Ok(Some(v.clone())),
                None => Err(vm.value_error("Cell is empty")),
            },
            _ => Ok(None),
        },
        Payload::Generator(_) => generator::generator_attr(vm, o, name),
        Payload::Traceback(t) => Ok(match name {
            "tb_lineno" => Some(Value::Int(t.lineno.get() as i64)),
            "tb_next" => Some(t.next.borrow().clone().map_or(Value::None, Value::Obj)),
            "tb_lasti" => Some(Value::Int(t.instr as i64 * 2)),
            "tb_frame" => Some(frame_object(vm, t)),
            _ => None,
        }),
        Payload::Complex(re, im) => Ok(match name {
            "real" => Some(Value::Float(*re)),
            "imag" => Some(Value::Float(*im)),
            _ => None,
        }),
        Payload::Int(b) => Ok(match name {
            "real" | "numerator" => Some(vm.new_int(b.clone())),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        }),
        _ => misc::special_attr(vm, o, name),
    }
}

/// A `frame` object for a traceback entry: `f_code`, `f_lineno`, `f_lasti`, `f_globals` (and
/// `f_locals` for module-level frames, whose locals are the globals). Frames are not kept alive
/// after they finish, so `f_back` is None and function locals are not available.
pub(crate) fn frame_object(vm: &mut Vm, t: &crate::object::TracebackData) -> Value {
    let globals = t.globals.clone().map_or(Value::None, Value::Obj);
    let is_module = t.code.code.name.as_ref() == "<module>";
    let locals = if is_module { globals.clone() } else { Value::Obj(vm.new_dict()) };
    new_frame_object(vm, &t.code, t.lineno.get(), t.instr, globals, locals)
}

/// A `frame` object: a snapshot of a frame's code, line, last instruction, globals and locals
/// (`f_back` is None: callers' frames are not kept).
pub fn new_frame_object(
    vm: &mut Vm,
    code: &std::rc::Rc<crate::objects::code::PyCode>,
    lineno: u32,
    lasti: usize,
    globals: Value,
    locals: Value,
) -> Value {
    let d = vm.new_dict();
    let code = crate::types::function::code_object(vm, code);
    let fields = [
        ("f_code", code),
        ("f_lineno", Value::Int(lineno as i64)),
        ("f_lasti", Value::Int(lasti as i64 * 2)),
        ("f_globals", globals),
        ("f_locals", locals),
        ("f_back", Value::None),
    ];
    for (k, v) in fields {
        let k = vm.intern(k);
        crate::vm::dict_ops::set_str_raw(&d, &k, v);
    }
    Value::Obj(crate::object::PyObject::with_dict(vm.types.frame.clone(), crate::object::Payload::Plain, d))
}
