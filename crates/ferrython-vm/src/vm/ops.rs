//! Binary and unary operators: CPython's `binary_op1` dispatch (the right operand's reflected method
//! first when its type is a proper subclass that overrides it), in-place operators falling back to the
//! plain ones, and the exact "unsupported operand" messages.

use std::rc::Rc;

use ferrython_compiler::bytecode::{BinaryOperator, UnaryOperator};

use crate::PyResult;
use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::{is_subtype, lookup_type};

impl Vm {
    fn binop_names(&self, op: BinaryOperator) -> (PyRef, PyRef, Option<PyRef>) {
        use BinaryOperator::*;
        let n = &self.names;
        let (l, r) = match op.base() {
            Add => (&n.__add__, &n.__radd__),
            Subtract => (&n.__sub__, &n.__rsub__),
            Multiply => (&n.__mul__, &n.__rmul__),
            MatrixMultiply => (&n.__matmul__, &n.__rmatmul__),
            TrueDivide => (&n.__truediv__, &n.__rtruediv__),
            FloorDivide => (&n.__floordiv__, &n.__rfloordiv__),
            Remainder => (&n.__mod__, &n.__rmod__),
            Power => (&n.__pow__, &n.__rpow__),
            LShift => (&n.__lshift__, &n.__rlshift__),
            RShift => (&n.__rshift__, &n.__rrshift__),
            And => (&n.__and__, &n.__rand__),
            Or => (&n.__or__, &n.__ror__),
            Xor => (&n.__xor__, &n.__rxor__),
            _ => unreachable!("base() is never in-place"),
        };
        let i = match op {
            InplaceAdd => Some(&n.__iadd__),
            InplaceSubtract => Some(&n.__isub__),
            InplaceMultiply => Some(&n.__imul__),
            InplaceMatrixMultiply => Some(&n.__imatmul__),
            InplaceTrueDivide => Some(&n.__itruediv__),
            InplaceFloorDivide => Some(&n.__ifloordiv__),
            InplaceRemainder => Some(&n.__imod__),
            InplacePower => Some(&n.__ipow__),
            InplaceLShift => Some(&n.__ilshift__),
            InplaceRShift => Some(&n.__irshift__),
            InplaceAnd => Some(&n.__iand__),
            InplaceOr => Some(&n.__ior__),
            InplaceXor => Some(&n.__ixor__),
            _ => None,
        };
        (l.clone(), r.clone(), i.cloned())
    }

    #[inline]
    fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if Rc::ptr_eq(o, &self.not_implemented))
    }

    pub fn binary_op(&mut self, op: BinaryOperator, a: &Value, b: &Value) -> PyResult<Value> {
        // `str + str` without method lookups (exact strs only: subclasses may override).
        if let (BinaryOperator::Add, Some(x), Some(y)) = (op.base(), crate::types::str::exact_str(a), crate::types::str::exact_str(b)) {
            return Ok(crate::types::str::ops::concat(self, x, y));
        }
        // Numbers first: no lookups for the common cases.
        if let Some(v) = crate::types::number_binop(self, op.base(), a, b)? {
            return Ok(v);
        }
        let (lname, rname, iname) = self.binop_names(op);
        if let Some(iname) = iname
            && let Some(r) = self.call_special(a, &iname, std::slice::from_ref(b))?
            && !self.is_not_implemented(&r)
        {
            return Ok(r);
        }
        let r = self.binary_op1(a, b, &lname, &rname)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        Err(self.unsupported_operands(op, a, b))
    }

    /// Try `a.__op__(b)` and `b.__rop__(a)` in CPython's order; NotImplemented when both decline.
    pub fn binary_op1(&mut self, a: &Value, b: &Value, lname: &PyRef, rname: &PyRef) -> PyResult<Value> {
        let ta = self.class_of(a);
        let tb = self.class_of(b);
        let lm = lookup_type(&ta, lname);
        let same_type = Rc::ptr_eq(&ta, &tb);
        let rm = if same_type { None } else { lookup_type(&tb, rname) };
        if let Some(rm_v) = &rm {
            // A subclass on the right that overrides the reflected method goes first.
            let overrides = is_subtype(&tb, &ta) && lookup_type(&ta, rname).is_none_or(|m| !m.is(rm_v));
            if overrides {
                let r = self.call_unbound(rm_v, b, std::slice::from_ref(a))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
                if let Some(lm) = &lm {
                    return self.call_unbound(lm, a, std::slice::from_ref(b));
                }
                return Ok(Value::Obj(self.not_implemented.clone()));
            }
        }
        if let Some(lm) = &lm {
            let r = self.call_unbound(lm, a, std::slice::from_ref(b))?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(rm) = &rm {
            return self.call_unbound(rm, b, std::slice::from_ref(a));
        }
        Ok(Value::Obj(self.not_implemented.clone()))
    }

    fn unsupported_operands(&self, op: BinaryOperator, a: &Value, b: &Value) -> crate::PyErr {
        let is_seq = |v: &Value| {
            matches!(v.payload(), Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)))
        };
        match op.base() {
            BinaryOperator::Add if is_seq(a) && !matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) => {
                let tn = self.type_name(a);
                return self.type_error(format!("can only concatenate {tn} (not \"{}\") to {tn}", self.type_name(b)));
            }
            BinaryOperator::Add if is_seq(a) => {
                return self.type_error(format!("can't concat {} to {}", self.type_name(b), self.type_name(a)));
            }
            BinaryOperator::Multiply if is_seq(a) || is_seq(b) => {
                let other = if is_seq(a) { b } else { a };
                return self.type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(other)));
            }
            BinaryOperator::Power => {
                return self.type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    if op.is_inplace() { "**=" } else { "** or pow()" },
                    self.type_name(a),
                    self.type_name(b)
                ));
            }
            _ => {}
        }
        self.type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), self.type_name(a), self.type_name(b)))
    }

    pub fn unary_op(&mut self, op: UnaryOperator, a: &Value) -> PyResult<Value> {
        if op == UnaryOperator::Not {
            return Ok(Value::Bool(!self.is_true(a)?));
        }
        if let Some(v) = crate::types::number_unary(self, op, a)? {
            return Ok(v);
        }
        let (name, sym) = match op {
            UnaryOperator::Negative => (self.names.__neg__.clone(), "-"),
            UnaryOperator::Positive => (self.names.__pos__.clone(), "+"),
            UnaryOperator::Invert => (self.names.__invert__.clone(), "~"),
            UnaryOperator::Not => unreachable!(),
        };
        match self.call_special(a, &name, &[])? {
            Some(v) => Ok(v),
            None => Err(self.type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(a)))),
        }
    }
}

/// What the interpreter loop can compute for two immediates without calling out.
pub enum FastResult {
    Int(i64),
    Float(f64),
}

/// `a <op> b` for the number pairs the interpreter loop handles inline: `int`/`int` that cannot
/// overflow or raise, `float`/`float`, and `int`/`float` mixes where the int converts exactly.
/// `None` sends the operation down the general path (`binary_op`), which also raises the errors.
#[inline(always)]
pub fn fast_binop(op: BinaryOperator, a: &Value, b: &Value) -> Option<FastResult> {
    use BinaryOperator::*;
    // Ints whose magnitude is at most 2**53 convert to float exactly.
    const EXACT: u64 = 1 << 53;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            let r = match op {
                Add => x.checked_add(y)?,
                Subtract => x.checked_sub(y)?,
                Multiply => x.checked_mul(y)?,
                // Floor division and modulo with CPython's signs; y == 0 raises and i64::MIN / -1
                // overflows, both on the general path.
                FloorDivide if y > 0 => x.div_euclid(y),
                Remainder if y > 0 => x.rem_euclid(y),
                And => x & y,
                Or => x | y,
                Xor => x ^ y,
                RShift if (0..64).contains(&y) => x >> y,
                LShift if (0..63).contains(&y) && x.unsigned_abs() < (1u64 << (62 - y)) => x << y,
                TrueDivide if y != 0 && x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT => {
                    return Some(FastResult::Float(x as f64 / y as f64));
                }
                _ => return None,
            };
            Some(FastResult::Int(r))
        }
        (Value::Float(x), Value::Float(y)) => fast_float(op, *x, *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= EXACT => fast_float(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= EXACT => fast_float(op, *x as f64, *y),
        _ => None,
    }
}

#[inline(always)]
fn fast_float(op: BinaryOperator, x: f64, y: f64) -> Option<FastResult> {
    use BinaryOperator::*;
    Some(FastResult::Float(match op {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        TrueDivide if y != 0.0 => x / y,
        _ => return None,
    }))
}
