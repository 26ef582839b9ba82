//! The abstract object protocols: truth, hashing, `repr`/`str`, length, item access, membership.
//! Built-in types take a native fast path; everything else goes through the special method.

use crate::PyResult;
use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::lookup_type;
use crate::vm::dict_ops;

impl Vm {
    /// Look up a special method on the type of `v` (never the instance), CPython's `_PyType_Lookup`.
    #[inline]
    pub fn special(&self, v: &Value, name: &PyRef) -> Option<Value> {
        lookup_type(&self.class_of(v), name)
    }

    /// Call special method `name` of `v`'s type with `v` and `args`; `None` when the type lacks it.
    pub fn call_special(&mut self, v: &Value, name: &PyRef, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(m) = self.special(v, name) else { return Ok(None) };
        self.call_unbound(&m, v, args).map(Some)
    }

    /// Call `m`, a special method found on the type of `self_`, for `self_` (`lookup_maybe_method`
    /// then call): functions get `self_` as their first argument, other descriptors (a
    /// staticmethod, a classmethod, an object with `__get__`) are bound first.
    pub fn call_unbound(&mut self, m: &Value, self_: &Value, args: &[Value]) -> PyResult<Value> {
        if !is_method_descriptor(m) {
            let cls = self.class_of(self_);
            let bound = self.bind_descriptor(m, self_, &cls)?;
            return self.call(&bound, args, &[]);
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(self_.clone());
        full.extend_from_slice(args);
        self.call(m, &full, &[])
    }

    /// `bool(v)`.
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => return Ok(*b),
            Value::None => return Ok(false),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(*f != 0.0),
            Value::Null => return Ok(false),
            Value::Obj(o) => {
                if o.class.borrow().as_type().is_some_and(|t| t.builtin) {
                    match &o.payload {
                        Payload::Str(s) => return Ok(s.char_len() > 0),
                        Payload::List(l) => return Ok(!l.borrow().is_empty()),
                        Payload::Tuple(t) => return Ok(!t.is_empty()),
                        Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                        Payload::Set(s) | Payload::FrozenSet(s) => return Ok(!s.borrow().is_empty()),
                        Payload::Int(i) => return Ok(*i != num_bigint::BigInt::from(0)),
                        Payload::Bytes(b) => return Ok(!b.is_empty()),
                        Payload::Range(r) => return Ok(!r.is_empty()),
                        _ => {}
                    }
                }
            }
        }
        if let Some(r) = self.call_special(v, &self.names.__bool__.clone(), &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(self.type_error(format!("__bool__ should return bool, returned {}", self.type_name(&other)))),
            };
        }
        if self.special(v, &self.names.__len__.clone()).is_some() {
            return Ok(self.len(v)? > 0);
        }
        Ok(true)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(crate::types::int::hash_i64(*i)),
            Value::Bool(b) => return Ok(*b as i64),
            Value::None => return Ok(0xFCA86420),
            Value::Float(f) => return Ok(crate::types::float::hash_f64(*f, v)),
            Value::Null => return Ok(0),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) if o.class.borrow().as_type().is_some_and(|t| t.builtin) => return Ok(s.hash()),
                _ => {}
            },
        }
        let cls = self.class_of(v);
        match lookup_type(&cls, &self.names.__hash__.clone()) {
            Some(Value::None) | None => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
            Some(h) => {
                let r = self.call_unbound(&h, v, &[])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(b as i64),
                    Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                        let Payload::Int(b) = &o.payload else { unreachable!() };
                        Ok(crate::types::int::hash_bigint(b))
                    }
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
        }
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(r.as_str().map(|s| s.as_str().to_string()).unwrap_or_default())
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<PyRef> {
        match v {
            Value::None => return Ok(self.intern("None")),
            Value::Bool(true) => return Ok(self.intern("True")),
            Value::Bool(false) => return Ok(self.intern("False")),
            Value::Int(i) => return Ok(self.new_str_obj(i.to_string())),
            Value::Float(f) => return Ok(self.new_str_obj(crate::format::float_repr(*f))),
            _ => {}
        }
        let r = self.with_recursion(" while getting the repr of an object", |vm| vm.call_special(v, &vm.names.__repr__.clone(), &[]))?;
        match r {
            Some(Value::Obj(o)) if o.as_str().is_some() => Ok(o),
            Some(other) => Err(self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&other)))),
            None => Ok(self.new_str_obj(format!("<{} object>", self.type_name(v)))),
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<PyRef> {
        match v {
            Value::Obj(o) if o.as_str().is_some() && o.class.borrow().as_type().is_some_and(|t| t.builtin) => return Ok(o.clone()),
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => return self.repr(v),
            _ => {}
        }
        let r = self.call_special(v, &self.names.__str__.clone(), &[])?;
        match r {
            Some(Value::Obj(o)) if o.as_str().is_some() => Ok(o),
            Some(other) => Err(self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&other)))),
            None => self.repr(v),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let s = self.to_str(v)?;
        Ok(s.as_str().map(|s| s.as_str().to_string()).unwrap_or_default())
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        // Native lengths only for built-in classes: a subclass may override `__len__`.
        if let Value::Obj(o) = v
            && o.class.borrow().as_type().is_some_and(|t| t.builtin)
        {
            match &o.payload {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(d) => return Ok(d.borrow().len()),
                Payload::Set(s) | Payload::FrozenSet(s) => return Ok(s.borrow().len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.borrow().len()),
                Payload::Range(r) if r.big.is_none() => return Ok(r.len() as usize),
                Payload::DictView(d, _) => return Ok(d.as_dict().map_or(0, |d| d.borrow().len())),
                _ => {}
            }
        }
        match self.call_special(v, &self.names.__len__.clone(), &[])? {
            Some(r) => {
                // `PyNumber_AsSsize_t(r, OverflowError)`: too big is an OverflowError here.
                let n = match self.index_value(&r) {
                    Ok(n) => n,
                    Err(e) if self.err_matches(&e, &self.exc.index_error.clone()) => {
                        return Err(
                            self.new_error(&self.exc.overflow_error, format!("cannot fit '{}' into an index-sized integer", self.type_name(&r)))
                        );
                    }
                    Err(e) => return Err(e),
                };
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => Err(self.type_error(format!("object of type '{}' has no len()", self.type_name(v)))),
        }
    }

    /// `v.__index__()` as i64 (OverflowError when too big).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                let Payload::Int(b) = &o.payload else { unreachable!() };
                num_traits::ToPrimitive::to_i64(b)
                    .ok_or_else(|| self.new_error(&self.exc.index_error, format!("cannot fit '{}' into an index-sized integer", self.type_name(v))))
            }
            _ => match self.call_special(v, &self.names.__index__.clone(), &[])? {
                Some(Value::Int(i)) => Ok(i),
                Some(Value::Bool(b)) => Ok(b as i64),
                Some(r @ Value::Obj(_)) if matches!(r.payload(), Some(Payload::Int(_))) => self.index_value(&r),
                Some(other) => Err(self.type_error(format!("__index__ returned non-int (type {})", self.type_name(&other)))),
                None => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
            },
        }
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = container {
            let builtin = o.class.borrow().as_type().is_some_and(|t| t.builtin);
            if builtin {
                match (&o.payload, key) {
                    (Payload::List(l), Value::Int(i)) => {
                        let l = l.borrow();
                        let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
                        return match l.get(idx as usize) {
                            Some(v) if idx >= 0 => Ok(v.clone()),
                            _ => Err(self.index_error("list index out of range")),
                        };
                    }
                    (Payload::Tuple(t), Value::Int(i)) => {
                        let idx = if *i < 0 { *i + t.len() as i64 } else { *i };
                        return match t.get(idx as usize) {
                            Some(v) if idx >= 0 => Ok(v.clone()),
                            _ => Err(self.index_error("tuple index out of range")),
                        };
                    }
                    (Payload::Str(s), _) => return crate::types::str::ops::getitem(self, s, key),
                    (Payload::Dict(_), _) => {
                        return match dict_ops::get_item(self, o, key)? {
                            Some(v) => Ok(v),
                            None => Err(self.key_error(key.clone())),
                        };
                    }
                    _ => {}
                }
            }
        }
        match self.call_special(container, &self.names.__getitem__.clone(), std::slice::from_ref(key))? {
            Some(v) => Ok(v),
            None => {
                if let Value::Obj(o) = container
                    && o.as_type().is_some()
                {
                    // A class's own subscription, after its metaclass's `__getitem__`
                    // (`PyObject_GetItem`): `type[int]`, else `__class_getitem__` (an implicit
                    // classmethod).
                    if let Some(alias) = crate::types::generic_alias::type_getitem(self, o, key)? {
                        return Ok(alias);
                    }
                    if let Some(cgi) = self.getattr_opt(container, &self.names.__class_getitem__.clone())? {
                        return self.call(&cgi, std::slice::from_ref(key), &[]);
                    }
                    return Err(self.type_error(format!("type '{}' is not subscriptable", o.as_type().map(|t| t.name()).unwrap_or_default())));
                }
                Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(container))))
            }
        }
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = container
            && o.class.borrow().as_type().is_some_and(|t| t.builtin)
        {
            match (&o.payload, &key) {
                (Payload::Dict(_), _) => return dict_ops::set_item(self, o, key, value),
                (Payload::List(l), Value::Int(i)) => {
                    let mut l = l.borrow_mut();
                    let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
                    if idx >= 0 && (idx as usize) < l.len() {
                        let old = std::mem::replace(&mut l[idx as usize], value);
                        drop(l);
                        drop(old);
                        return Ok(());
                    }
                    drop(l);
                    return Err(self.index_error("list assignment index out of range"));
                }
                _ => {}
            }
        }
        match self.call_special(container, &self.names.__setitem__.clone(), &[key, value])? {
            Some(_) => Ok(()),
            None => Err(self.type_error(format!("'{}' object does not support item assignment", self.type_name(container)))),
        }
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match self.call_special(container, &self.names.__delitem__.clone(), std::slice::from_ref(key))? {
            Some(_) => Ok(()),
            None => {
                // `PyObject_DelItem` says "does not"; an index on a type with sequence methods
                // goes through `PySequence_DelItem`, which says "doesn't".
                let index_like = matches!(key, Value::Int(_) | Value::Bool(_))
                    || matches!(key.payload(), Some(Payload::Int(_)))
                    || self.special(key, &self.names.__index__.clone()).is_some();
                let numeric = matches!(container, Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None)
                    || matches!(container.payload(), Some(Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)));
                let verb = if index_like && !numeric { "doesn't" } else { "does not" };
                Err(self.type_error(format!("'{}' object {verb} support item deletion", self.type_name(container))))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            let builtin = o.class.borrow().as_type().is_some_and(|t| t.builtin);
            match &o.payload {
                Payload::Dict(_) if builtin => return Ok(dict_ops::get_item(self, o, item)?.is_some()),
                Payload::Set(_) | Payload::FrozenSet(_) if builtin => return crate::types::set::contains(self, o, item),
                Payload::Str(s) => {
                    return match Vm::str_of(item) {
                        Some(sub) => Ok(s.as_str().contains(sub)),
                        None => Err(self.type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(item)))),
                    };
                }
                _ => {}
            }
        }
        match self.special(container, &self.names.__contains__.clone()) {
            // `__contains__ = None` blocks the fallback to iteration (`slot_sq_contains`).
            Some(Value::None) => return Err(self.type_error(format!("'{}' object is not a container", self.type_name(container)))),
            Some(m) => {
                let r = self.call_unbound(&m, container, std::slice::from_ref(item))?;
                return self.is_true(&r);
            }
            None => {}
        }
        // Fall back to iteration.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, &self.exc.type_error.clone()) => {
                return Err(self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container))));
            }
            Err(e) => return Err(e),
        };
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq_bool(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl Vm {
    /// `FormatValue`: apply the `!s`/`!r`/`!a` conversion, then `format(value, spec)`.
    pub fn format_value(&mut self, v: &Value, conversion: u32, spec: Option<&Value>) -> PyResult<Value> {
        let v = match conversion {
            1 => Value::Obj(self.to_str(v)?),
            2 => Value::Obj(self.repr(v)?),
            3 => {
                let r = self.repr_string(v)?;
                self.new_str(crate::types::str::ascii_escape(&r))
            }
            _ => v.clone(),
        };
        let spec = spec.cloned().unwrap_or_else(|| Value::Obj(self.intern("")));
        self.format(&v, &spec)
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        if Vm::str_of(spec) == Some("") {
            if let Value::Obj(o) = v
                && o.as_str().is_some()
                && o.class.borrow().as_type().is_some_and(|t| t.builtin)
            {
                return Ok(v.clone());
            }
            if matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None) {
                return Ok(Value::Obj(self.to_str(v)?));
            }
        }
        match self.call_special(v, &self.names.__format__.clone(), std::slice::from_ref(spec))? {
            Some(r) if Vm::str_of(&r).is_some() => Ok(r),
            Some(r) => Err(self.type_error(format!("__format__ must return a str, not {}", self.type_name(&r)))),
            None => Err(self.type_error(format!("Type {} doesn't define __format__", self.type_name(v)))),
        }
    }
}

/// Is `m` called with the instance as its first argument when found on a type (CPython's
/// `Py_TPFLAGS_METHOD_DESCRIPTOR`: Python functions and built-in types' unbound methods)?
/// Anything else found there is bound through the descriptor protocol first, or called as it is.
pub(crate) fn is_method_descriptor(m: &Value) -> bool {
    match m.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(b)) => b.kind == crate::objects::function::BuiltinKind::Method && b.bound.is_none(),
        _ => false,
    }
}
