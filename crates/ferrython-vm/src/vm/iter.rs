//! The iteration protocol: `iter()`, `next()` (exhaustion is `Ok(None)`, not a StopIteration object,
//! on the fast path), and the unpacking helpers the interpreter loop uses.

use std::cell::RefCell;

use crate::PyResult;
use crate::object::{DictViewKind, Payload, PyObject};
use crate::objects::iter::IterState;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

impl Vm {
    pub fn new_iterator(&self, cls: &PyRef, state: IterState) -> Value {
        Value::Obj(PyObject::new(cls.clone(), Payload::Iterator(RefCell::new(state))))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v
            && o.class.borrow().as_type().is_some_and(|t| t.builtin)
        {
            let t = &self.types;
            let it = match &o.payload {
                Payload::List(_) => Some(self.new_iterator(&t.list_iterator, IterState::Seq { seq: v.clone(), index: 0 })),
                Payload::Tuple(_) => Some(self.new_iterator(&t.tuple_iterator, IterState::Seq { seq: v.clone(), index: 0 })),
                Payload::Str(_) => Some(self.new_iterator(&t.str_iterator, IterState::Str { s: o.clone(), byte_pos: 0 })),
                Payload::Bytes(_) | Payload::ByteArray(_) => Some(self.new_iterator(&t.bytes_iterator, IterState::Bytes { b: o.clone(), index: 0 })),
                Payload::Range(r) if r.big.is_none() => {
                    Some(self.new_iterator(&t.range_iterator, IterState::Range { next: r.start, step: r.step, remaining: r.len() }))
                }
                Payload::Dict(_) => Some(crate::types::dict::iter::new_iter(self, o, DictViewKind::Keys)),
                Payload::DictView(d, kind) => Some(crate::types::dict::iter::new_iter(self, d, *kind)),
                Payload::Set(s) | Payload::FrozenSet(s) => {
                    let len = s.borrow().len();
                    Some(self.new_iterator(&t.set_iterator, IterState::Set { set: o.clone(), pos: 0, len }))
                }
                Payload::Iterator(_) => Some(v.clone()),
                Payload::Generator(g) if g.borrow().kind == crate::objects::generator::GenKind::Generator => Some(v.clone()),
                _ => None,
            };
            if let Some(it) = it {
                return Ok(it);
            }
        }
        if let Some(m) = self.special(v, &self.names.__iter__.clone()) {
            if m.is_none() {
                return Err(self.not_iterable(v));
            }
            let it = self.call_unbound(&m, v, &[])?;
            if self.special(&it, &self.names.__next__.clone()).is_none()
                && !matches!(it.payload(), Some(Payload::Iterator(_)))
                && crate::types::coroutine::gen_kind(&it) != Some(crate::objects::generator::GenKind::Generator)
            {
                return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it))));
            }
            return Ok(it);
        }
        if self.special(v, &self.names.__getitem__.clone()).is_some() {
            return Ok(self.new_iterator(&self.types.iterator.clone(), IterState::Seq { seq: v.clone(), index: 0 }));
        }
        Err(self.not_iterable(v))
    }

    fn not_iterable(&self, v: &Value) -> crate::PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iterator(state) => return crate::types::iter::iterator_next(self, o, state),
                Payload::Generator(_) => return crate::types::generator::generator_next(self, o),
                _ => {}
            }
        }
        match self.special(it, &self.names.__next__.clone()) {
            Some(m) => match self.call_unbound(&m, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
        }
    }

    /// `list(iterable)` as a Vec.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v
            && o.class.borrow().as_type().is_some_and(|t| t.builtin)
        {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b = seq` with CPython's messages.
    pub fn unpack_exact(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = seq {
            let items: Option<Vec<Value>> = match &o.payload {
                Payload::Tuple(t) => Some(t.to_vec()),
                Payload::List(l) => Some(l.borrow().clone()),
                _ => None,
            };
            if let Some(items) = items {
                if items.len() == n {
                    return Ok(items);
                }
                return Err(self.unpack_error(n, items.len()));
            }
        }
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, &self.exc.type_error.clone()) => {
                return Err(self.type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq))));
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            if out.len() == n {
                return Err(self.value_error(format!("too many values to unpack (expected {n})")));
            }
            out.push(x);
        }
        if out.len() < n {
            return Err(self.unpack_error(n, out.len()));
        }
        Ok(out)
    }

    fn unpack_error(&self, expected: usize, got: usize) -> crate::PyErr {
        if got < expected {
            self.value_error(format!("not enough values to unpack (expected {expected}, got {got})"))
        } else {
            // 3.11 does not say how many there were (3.12 does, for sized sequences).
            self.value_error(format!("too many values to unpack (expected {expected})"))
        }
    }

    /// `[*it]` / `f(*it)`.
    pub fn list_extend_for_unpack(&mut self, target: &Value, it: &Value) -> PyResult<()> {
        let items = match self.collect_iterable(it) {
            Ok(items) => items,
            Err(e) if self.err_matches(&e, &self.exc.type_error.clone()) && self.special(it, &self.names.__iter__.clone()).is_none() => {
                return Err(self.type_error(format!("Value after * must be an iterable, not {}", self.type_name(it))));
            }
            Err(e) => return Err(e),
        };
        if let Some(l) = target.as_obj().and_then(|o| o.as_list()) {
            l.borrow_mut().extend(items);
        }
        Ok(())
    }

    /// `{**m}` and `f(**m)` (with `callable`, a repeated key is an error).
    pub fn dict_update_for_unpack(&mut self, d: &PyRef, m: &Value, callable: Option<&Value>) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match m {
            Value::Obj(o) if o.as_dict().is_some() => o.as_dict().map(|d| d.borrow().items()).unwrap_or_default(),
            _ => {
                let keys_name = self.names.keys.clone();
                let keys = match self.getattr(m, &keys_name) {
                    Ok(k) => k,
                    Err(_) => {
                        let msg = match callable {
                            Some(c) => format!("{} argument after ** must be a mapping, not {}", self.callable_name(c), self.type_name(m)),
                            None => format!("'{}' object is not a mapping", self.type_name(m)),
                        };
                        return Err(self.type_error(msg));
                    }
                };
                let keys = self.call(&keys, &[], &[])?;
                let keys = self.collect_iterable(&keys)?;
                let mut items = Vec::new();
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    items.push((k, v));
                }
                items
            }
        };
        for (k, v) in items {
            if let Some(c) = callable {
                if Vm::str_of(&k).is_none() {
                    let _ = c;
                    return Err(self.type_error("keywords must be strings"));
                }
                if dict_ops::get_item(self, d, &k)?.is_some() {
                    return Err(self.type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.callable_name(c),
                        Vm::str_of(&k).unwrap_or("")
                    )));
                }
            }
            dict_ops::set_item(self, d, k, v)?;
        }
        Ok(())
    }
}
