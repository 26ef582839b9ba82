//! Rich comparison (`do_richcompare`): reflected first for overriding subclasses, identity fallback for
//! `==`/`!=`, and "'<' not supported between instances of ..." otherwise.

use std::cmp::Ordering;
use std::rc::Rc;

use ferrython_compiler::bytecode::ComparisonOperator;

use crate::PyResult;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::{is_subtype, lookup_type};

#[inline]
pub fn cmp_ord(op: ComparisonOperator, ord: Ordering) -> bool {
    match op {
        ComparisonOperator::Less => ord == Ordering::Less,
        ComparisonOperator::LessEqual => ord != Ordering::Greater,
        ComparisonOperator::Equal => ord == Ordering::Equal,
        ComparisonOperator::NotEqual => ord != Ordering::Equal,
        ComparisonOperator::Greater => ord == Ordering::Greater,
        ComparisonOperator::GreaterEqual => ord != Ordering::Less,
    }
}

/// `a <op> b` for the pairs the interpreter loop compares inline: `int`/`int` and `float`/`float`
/// (NaN compares false except for `!=`, as IEEE and CPython have it).
#[inline(always)]
pub fn fast_compare(op: ComparisonOperator, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp_ord(op, x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(match op {
            ComparisonOperator::Less => x < y,
            ComparisonOperator::LessEqual => x <= y,
            ComparisonOperator::Equal => x == y,
            ComparisonOperator::NotEqual => x != y,
            ComparisonOperator::Greater => x > y,
            ComparisonOperator::GreaterEqual => x >= y,
        }),
        _ => None,
    }
}

pub fn reflect(op: ComparisonOperator) -> ComparisonOperator {
    match op {
        ComparisonOperator::Less => ComparisonOperator::Greater,
        ComparisonOperator::LessEqual => ComparisonOperator::GreaterEqual,
        ComparisonOperator::Equal => ComparisonOperator::Equal,
        ComparisonOperator::NotEqual => ComparisonOperator::NotEqual,
        ComparisonOperator::Greater => ComparisonOperator::Less,
        ComparisonOperator::GreaterEqual => ComparisonOperator::LessEqual,
    }
}

impl Vm {
    pub fn cmp_name(&self, op: ComparisonOperator) -> PyRef {
        match op {
            ComparisonOperator::Less => self.names.__lt__.clone(),
            ComparisonOperator::LessEqual => self.names.__le__.clone(),
            ComparisonOperator::Equal => self.names.__eq__.clone(),
            ComparisonOperator::NotEqual => self.names.__ne__.clone(),
            ComparisonOperator::Greater => self.names.__gt__.clone(),
            ComparisonOperator::GreaterEqual => self.names.__ge__.clone(),
        }
    }

    pub fn compare(&mut self, op: ComparisonOperator, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = crate::types::fast_compare(self, op, a, b)? {
            return Ok(Value::Bool(r));
        }
        self.with_recursion(" in comparison", |vm| vm.rich_compare(op, a, b))
    }

    fn rich_compare(&mut self, op: ComparisonOperator, a: &Value, b: &Value) -> PyResult<Value> {
        let ta = self.class_of(a);
        let tb = self.class_of(b);
        let rop = reflect(op);
        let mut checked_reflected = false;
        if !Rc::ptr_eq(&ta, &tb)
            && is_subtype(&tb, &ta)
            && let Some(m) = lookup_type(&tb, &self.cmp_name(rop))
        {
            checked_reflected = true;
            let r = self.call_unbound(&m, b, std::slice::from_ref(a))?;
            if !self.is_not_implemented_value(&r) {
                return Ok(r);
            }
        }
        if let Some(m) = lookup_type(&ta, &self.cmp_name(op)) {
            let r = self.call_unbound(&m, a, std::slice::from_ref(b))?;
            if !self.is_not_implemented_value(&r) {
                return Ok(r);
            }
        }
        if !checked_reflected && let Some(m) = lookup_type(&tb, &self.cmp_name(rop)) {
            let r = self.call_unbound(&m, b, std::slice::from_ref(a))?;
            if !self.is_not_implemented_value(&r) {
                return Ok(r);
            }
        }
        match op {
            ComparisonOperator::Equal => Ok(Value::Bool(a.is(b))),
            ComparisonOperator::NotEqual => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    pub fn is_not_implemented_value(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if Rc::ptr_eq(o, &self.not_implemented))
    }

    /// `a == b` as a Rust bool (identity implies equality, as in containers).
    pub fn eq_bool(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        let r = self.compare(ComparisonOperator::Equal, a, b)?;
        self.is_true(&r)
    }

    /// `a < b` as a Rust bool (sorting, `min`/`max`).
    pub fn lt_bool(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare(ComparisonOperator::Less, a, b)?;
        self.is_true(&r)
    }
}
