//! The instructions of `match` statements (PEP 634), as CPython 3.11's `MATCH_MAPPING`,
//! `MATCH_SEQUENCE`, `MATCH_KEYS` and `MATCH_CLASS` (Python/ceval.c's `match_keys`, `match_class`).
//!
//! CPython decides what is a mapping or a sequence by the type flags `Py_TPFLAGS_MAPPING` and
//! `Py_TPFLAGS_SEQUENCE`: the built-in types' own, inherited along the MRO, and set by
//! `collections.abc.Mapping`/`Sequence` on the classes that derive from them or are registered with
//! them. Here the built-in types are recognised by their payload, and a class of Python code by
//! `isinstance(subject, collections.abc.Sequence)` (or `Mapping`) once `_collections_abc` is loaded,
//! which answers the same for inheritance and registration (see docs/divergences.md).

use std::rc::Rc;

use crate::PyResult;
use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::is_subtype;
use crate::vm::dict_ops;

impl Vm {
    /// `MATCH_MAPPING`: dict, mappingproxy and their subclasses, and classes that are
    /// `collections.abc.Mapping`s.
    pub(crate) fn match_is_mapping(&mut self, subject: &Value) -> PyResult<bool> {
        match subject.payload() {
            Some(Payload::Dict(_) | Payload::MappingProxy(_)) => Ok(true),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) | Payload::MemoryView(_)) => Ok(false),
            _ => self.is_collection_abc(subject, "Mapping"),
        }
    }

    /// `MATCH_SEQUENCE`: list, tuple, range, memoryview and their subclasses, and classes that are
    /// `collections.abc.Sequence`s (never str, bytes or bytearray, whose types carry no flag).
    pub(crate) fn match_is_sequence(&mut self, subject: &Value) -> PyResult<bool> {
        match subject.payload() {
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) | Payload::MemoryView(_)) => Ok(true),
            Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_) | Payload::MappingProxy(_)) => Ok(false),
            _ => self.is_collection_abc(subject, "Sequence"),
        }
    }

    /// Is `subject`, an instance of a class written in Python, a `collections.abc.<abc>`? (Only
    /// such classes can be registered or derive from the ABCs; without `_collections_abc` loaded
    /// none does.)
    fn is_collection_abc(&mut self, subject: &Value, abc: &str) -> PyResult<bool> {
        if self.class_of(subject).as_type().is_none_or(|t| t.builtin) {
            return Ok(false);
        }
        let module_name = self.intern("_collections_abc");
        let Some(module) = dict_ops::get_str(&self.sys_modules.clone(), &module_name) else { return Ok(false) };
        let name = self.intern(abc);
        let Some(abc) = self.getattr_opt(&module, &name)? else { return Ok(false) };
        crate::builtins::reflect::object_isinstance(self, subject, &abc)
    }

    /// `MATCH_KEYS`: the values of `keys` in the mapping `subject`, looked up with
    /// `subject.get(key, <sentinel>)` so that `__missing__` is not called; None when a key is
    /// missing. A key given twice (by value patterns) is a ValueError.
    #[inline(never)]
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = keys.as_obj().and_then(|o| o.as_tuple()).map(<[Value]>::to_vec).unwrap_or_default();
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let get_name = self.intern("get");
        let get = self.getattr(subject, &get_name)?;
        let seen = self.new_set(Default::default());
        let Value::Obj(seen) = seen else { unreachable!("a set is an object") };
        let sentinel = Value::Obj(crate::object::PyObject::new(self.types.object.clone(), Payload::Plain));
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if dict_ops::set_contains(self, &seen, &key)? {
                let r = self.repr(&key)?;
                let r = r.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            dict_ops::set_add(self, &seen, key.clone())?;
            let value = self.call(&get, &[key, sentinel.clone()], &[])?;
            if value.is(&sentinel) {
                return Ok(Value::None);
            }
            values.push(value);
        }
        Ok(self.new_tuple(values))
    }

    /// `MATCH_CLASS(nargs)`: if `subject` is an instance of `cls`, the tuple of the attributes the
    /// `nargs` positional sub-patterns (through `cls.__match_args__`) and the keyword ones (`names`)
    /// match against; None when it is not an instance or an attribute is missing.
    #[inline(never)]
    pub(crate) fn match_class(&mut self, subject: &Value, cls: &Value, nargs: usize, names: &Value) -> PyResult<Value> {
        let Some(cls_ref) = cls.as_obj().filter(|c| c.as_type().is_some()).cloned() else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !crate::builtins::reflect::object_isinstance(self, subject, cls)? {
            return Ok(Value::None);
        }
        let type_name = cls_ref.as_type().map(|t| t.name()).unwrap_or_default();
        let mut seen: Vec<PyRef> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = match self.getattr_opt(cls, &self.names.__match_args__.clone())? {
                Some(m) => {
                    if !matches!(&m, Value::Obj(o) if o.as_tuple().is_some() && Rc::ptr_eq(&o.class(), &self.types.tuple)) {
                        return Err(self.type_error(format!("{type_name}.__match_args__ must be a tuple (got {})", self.type_name(&m))));
                    }
                    (m.as_obj().and_then(|o| o.as_tuple()).map(<[Value]>::to_vec).unwrap_or_default(), false)
                }
                // Without `__match_args__`, the built-in types that match themselves accept one
                // positional sub-pattern (CPython's `_Py_TPFLAGS_MATCH_SELF`).
                None => (Vec::new(), self.matches_self(&cls_ref)),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!("{type_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)")));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let Some(name) = name.as_obj().filter(|n| n.as_str().is_some() && Rc::ptr_eq(&n.class(), &self.types.str)).cloned() else {
                        return Err(self.type_error(format!("__match_args__ elements must be strings (got {})", self.type_name(name))));
                    };
                    match self.match_class_attr(subject, &type_name, &name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let names: Vec<Value> = names.as_obj().and_then(|o| o.as_tuple()).map(<[Value]>::to_vec).unwrap_or_default();
        for name in names {
            let Value::Obj(name) = name else { continue };
            match self.match_class_attr(subject, &type_name, &name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// One attribute for `MATCH_CLASS`: an error if the name was already matched, None if the
    /// subject lacks it.
    fn match_class_attr(&mut self, subject: &Value, type_name: &str, name: &PyRef, seen: &mut Vec<PyRef>) -> PyResult<Option<Value>> {
        let text = name.as_str().map(|s| s.as_str()).unwrap_or("");
        if seen.iter().any(|s| s.as_str().map(|s| s.as_str()) == Some(text)) {
            let r = self.repr(&Value::Obj(name.clone()))?;
            let r = r.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            return Err(self.type_error(format!("{type_name}() got multiple sub-patterns for attribute {r}")));
        }
        seen.push(name.clone());
        self.getattr_opt(subject, name)
    }

    /// Do instances of `cls` match `cls(x)` as themselves: bool, bytearray, bytes, dict, float,
    /// frozenset, int, list, set, str, tuple and their subclasses.
    fn matches_self(&self, cls: &PyRef) -> bool {
        let t = &self.types;
        [&t.bool_, &t.bytearray, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str, &t.tuple]
            .iter()
            .any(|b| is_subtype(cls, b))
    }
}
