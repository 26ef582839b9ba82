//! Attribute access: `object.__getattribute__`'s algorithm (data descriptors on the type, then the
//! instance dict, then other descriptors and plain class attributes), `type.__getattribute__` for
//! classes (the metatype, then the class's own MRO), and `__getattr__` as the fallback.

use std::rc::Rc;

use crate::object::{Payload, PyObject};
use crate::objects::function::BuiltinKind;
use crate::value::{PyRef, Value};
use crate::vm::dict_ops;
use crate::vm::Vm;
use crate::PyResult;

/// Find `name` in the namespaces of `cls`'s MRO (through the type's lookup cache).
#[inline]
pub fn lookup_type(cls: &PyRef, name: &PyRef) -> Option<Value> {
    let td = cls.as_type()?;
    let key = Rc::as_ptr(name) as usize;
    if let Some((_, hit)) = td.lookup_cache.borrow().get(&key) {
        return hit.clone();
    }
    let found = lookup_mro(td, name);
    td.lookup_cache.borrow_mut().insert(key, (name.clone(), found.clone()));
    found
}

fn lookup_mro(td: &crate::objects::types::TypeData, name: &PyRef) -> Option<Value> {
    let mro = td.mro.borrow();
    for base in mro.iter() {
        if let Some(ns) = &*base.dict.borrow() {
            if let Some(v) = dict_ops::get_str(ns, name) {
                return Some(v);
            }
        }
    }
    None
}

/// `issubclass(a, b)` by MRO.
#[inline]
pub fn is_subtype(a: &PyRef, b: &PyRef) -> bool {
    if Rc::ptr_eq(a, b) {
        return true;
    }
    match a.as_type() {
        Some(td) => td.mro.borrow().iter().any(|c| Rc::ptr_eq(c, b)),
        None => false,
    }
}

/// Does the object in a type's namespace act as a data descriptor (defines `__set__`/`__delete__`)?
fn is_data_descriptor(vm: &mut Vm, descr: &Value) -> bool {
    match descr {
        Value::Obj(o) => match &o.payload {
            Payload::Property(_) => true,
            Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Str(_) => false,
            _ => {
                let cls = o.class();
                if cls.as_type().is_some_and(|t| t.builtin) {
                    return false;
                }
                lookup_type(&cls, &vm.names.__set__.clone()).is_some() || lookup_type(&cls, &vm.names.__delete__.clone()).is_some()
            }
        },
        _ => false,
    }
}

impl Vm {
    pub fn getattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Value> {
        if let Some(Payload::Super(_)) = obj.payload() {
            return crate::types::misc::super_::super_getattr(self, obj, name);
        }
        let cls = self.class_of(obj);
        // A user-defined __getattribute__ replaces the whole algorithm.
        if !cls.as_type().is_some_and(|t| t.builtin) {
            if let Some(ga) = lookup_type(&cls, &self.names.__getattribute__.clone()) {
                if !matches!(ga.payload(), Some(Payload::Builtin(_))) {
                    let r = self.call(&ga, &[obj.clone(), Value::Obj(name.clone())], &[]);
                    return self.getattr_fallback(obj, &cls, name, r);
                }
            }
        }
        let r = self.generic_getattr(obj, &cls, name);
        match r {
            Ok(v) => Ok(v),
            Err(e) => self.getattr_fallback(obj, &cls, name, Err(e)),
        }
    }

    /// On AttributeError, try `__getattr__`.
    fn getattr_fallback(&mut self, obj: &Value, cls: &PyRef, name: &PyRef, r: PyResult<Value>) -> PyResult<Value> {
        match r {
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                if let Some(ga) = lookup_type(cls, &self.names.__getattr__.clone()) {
                    return self.call(&ga, &[obj.clone(), Value::Obj(name.clone())], &[]);
                }
                Err(e)
            }
            r => r,
        }
    }

    /// `object.__getattribute__` (and `type.__getattribute__` when `obj` is a class).
    pub fn generic_getattr(&mut self, obj: &Value, cls: &PyRef, name: &PyRef) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() {
                return self.type_getattr(o, cls, name);
            }
            if let Payload::Module = o.payload {
                if let Some(d) = o.dict() {
                    if let Some(v) = dict_ops::get_str(&d, name) {
                        return Ok(v);
                    }
                }
            }
        }
        let descr = lookup_type(cls, name);
        if let Some(d) = &descr {
            if is_data_descriptor(self, d) {
                return self.call_descriptor_get(d, obj, cls);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = o.dict() {
                if let Some(v) = dict_ops::get_str(&dict, name) {
                    return Ok(v);
                }
            }
        }
        if let Some(d) = descr {
            return self.bind_descriptor(&d, obj, cls);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name))
    }

    pub fn no_attribute(&self, obj: &Value, name: &PyRef) -> crate::PyErr {
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
        let msg = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Module) => {
                let mname = o.dict().and_then(|d| dict_ops::get_str(&d, &self.names.__name__));
                match mname.as_ref().and_then(Vm::str_of) {
                    Some(m) => format!("module '{m}' has no attribute '{n}'"),
                    None => format!("module has no attribute '{n}'"),
                }
            }
            Value::Obj(o) if o.as_type().is_some() => {
                format!("type object '{}' has no attribute '{n}'", o.as_type().map(|t| t.name()).unwrap_or_default())
            }
            _ => format!("'{}' object has no attribute '{n}'", self.type_name(obj)),
        };
        self.attribute_error(obj, name, msg)
    }

    /// Attribute lookup on a class: the metatype's data descriptors, then the class MRO (binding
    /// descriptors with `instance=None`), then the metatype's other attributes.
    fn type_getattr(&mut self, cls_obj: &PyRef, meta: &PyRef, name: &PyRef) -> PyResult<Value> {
        let meta_attr = lookup_type(meta, name);
        if let Some(d) = &meta_attr {
            if is_data_descriptor(self, d) {
                return self.call_descriptor_get(d, &Value::Obj(cls_obj.clone()), meta);
            }
        }
        if let Some(v) = lookup_type(cls_obj, name) {
            return match &v {
                Value::Obj(o) => match &o.payload {
                    Payload::Function(_) => Ok(v.clone()),
                    Payload::Builtin(b) => match b.kind {
                        BuiltinKind::ClassMethod => Ok(self.bind_builtin(o, Value::Obj(cls_obj.clone()))),
                        _ => Ok(v.clone()),
                    },
                    Payload::StaticMethod(f) => Ok(f.borrow().clone()),
                    Payload::ClassMethod(f) => {
                        let f = f.borrow().clone();
                        Ok(self.new_bound_method(f, Value::Obj(cls_obj.clone())))
                    }
                    Payload::Property(_) => Ok(v.clone()),
                    _ => {
                        let c = o.class();
                        if c.as_type().is_some_and(|t| !t.builtin) {
                            if let Some(get) = lookup_type(&c, &self.names.__get__.clone()) {
                                return self.call(&get, &[v.clone(), Value::None, Value::Obj(cls_obj.clone())], &[]);
                            }
                        }
                        Ok(v.clone())
                    }
                },
                _ => Ok(v.clone()),
            };
        }
        if let Some(d) = meta_attr {
            return self.bind_descriptor(&d, &Value::Obj(cls_obj.clone()), meta);
        }
        if let Some(v) = self.special_attr(&Value::Obj(cls_obj.clone()), name)? {
            return Ok(v);
        }
        Err(self.no_attribute(&Value::Obj(cls_obj.clone()), name))
    }

    /// Bind a class attribute found for an instance: functions become bound methods, other
    /// descriptors run their `__get__`.
    pub fn bind_descriptor(&mut self, descr: &Value, obj: &Value, cls: &PyRef) -> PyResult<Value> {
        let Value::Obj(o) = descr else { return Ok(descr.clone()) };
        match &o.payload {
            Payload::Function(_) => Ok(self.new_bound_method(descr.clone(), obj.clone())),
            Payload::Builtin(b) => Ok(match b.kind {
                BuiltinKind::Method => self.bind_builtin(o, obj.clone()),
                BuiltinKind::ClassMethod => self.bind_builtin(o, Value::Obj(cls.clone())),
                _ => descr.clone(),
            }),
            Payload::StaticMethod(f) => Ok(f.borrow().clone()),
            Payload::ClassMethod(f) => {
                let f = f.borrow().clone();
                Ok(self.new_bound_method(f, Value::Obj(cls.clone())))
            }
            Payload::Property(_) => self.call_descriptor_get(descr, obj, cls),
            _ => {
                let c = o.class();
                if c.as_type().is_some_and(|t| !t.builtin) {
                    if let Some(get) = lookup_type(&c, &self.names.__get__.clone()) {
                        return self.call(&get, &[descr.clone(), obj.clone(), Value::Obj(cls.clone())], &[]);
                    }
                }
                Ok(descr.clone())
            }
        }
    }

    fn call_descriptor_get(&mut self, descr: &Value, obj: &Value, cls: &PyRef) -> PyResult<Value> {
        if let Some(Payload::Property(p)) = descr.payload() {
            let fget = p[0].borrow().clone();
            if fget.is_none() {
                return Err(crate::types::misc::property::no_accessor_error(self, descr, obj, "getter"));
            }
            return self.call(&fget, std::slice::from_ref(obj), &[]);
        }
        let c = self.class_of(descr);
        match lookup_type(&c, &self.names.__get__.clone()) {
            Some(get) => self.call(&get, &[descr.clone(), obj.clone(), Value::Obj(cls.clone())], &[]),
            None => Ok(descr.clone()),
        }
    }

    pub fn new_bound_method(&self, func: Value, self_: Value) -> Value {
        Value::Obj(PyObject::new(self.types.method.clone(), Payload::BoundMethod(Box::new((func, self_)))))
    }

    /// `LoadMethod`: the plain function to call with `obj` prepended, when there is one.
    pub fn load_method(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() || matches!(o.payload, Payload::Module | Payload::Super(_)) {
                return Ok(None);
            }
        }
        let td = cls.as_type();
        if !td.is_some_and(|t| t.builtin) && lookup_type(&cls, &self.names.__getattribute__.clone()).is_some_and(|g| !matches!(g.payload(), Some(Payload::Builtin(_)))) {
            return Ok(None);
        }
        let Some(descr) = lookup_type(&cls, name) else { return Ok(None) };
        let is_plain = match descr.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::Builtin(b)) => b.kind == BuiltinKind::Method,
            _ => false,
        };
        if !is_plain {
            return Ok(None);
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = o.dict() {
                if dict_ops::get_str(&d, name).is_some() {
                    return Ok(None);
                }
            }
        }
        Ok(Some(descr))
    }

    pub fn setattr(&mut self, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        if !cls.as_type().is_some_and(|t| t.builtin) {
            if let Some(sa) = lookup_type(&cls, &self.names.__setattr__.clone()) {
                if !matches!(sa.payload(), Some(Payload::Builtin(_))) {
                    self.call(&sa, &[obj.clone(), Value::Obj(name.clone()), value], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, &cls, name, Some(value))
    }

    pub fn delattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<()> {
        let cls = self.class_of(obj);
        if !cls.as_type().is_some_and(|t| t.builtin) {
            if let Some(da) = lookup_type(&cls, &self.names.__delattr__.clone()) {
                if !matches!(da.payload(), Some(Payload::Builtin(_))) {
                    self.call(&da, &[obj.clone(), Value::Obj(name.clone())], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, &cls, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (`value` None deletes).
    pub fn generic_setattr(&mut self, obj: &Value, cls: &PyRef, name: &PyRef, value: Option<Value>) -> PyResult<()> {
        if let Some(descr) = lookup_type(cls, name) {
            if let Some(Payload::Property(p)) = descr.payload() {
                let idx = if value.is_some() { 1 } else { 2 };
                let f = p[idx].borrow().clone();
                if f.is_none() {
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    return Err(crate::types::misc::property::no_accessor_error(self, &descr, obj, what));
                }
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call(&f, &args, &[])?;
                return Ok(());
            }
            if is_data_descriptor(self, &descr) {
                let dcls = self.class_of(&descr);
                let (mname, args) = match value.clone() {
                    Some(v) => (self.names.__set__.clone(), vec![descr.clone(), obj.clone(), v]),
                    None => (self.names.__delete__.clone(), vec![descr.clone(), obj.clone()]),
                };
                if let Some(m) = lookup_type(&dcls, &mname) {
                    self.call(&m, &args, &[])?;
                    return Ok(());
                }
            }
        }
        let Value::Obj(o) = obj else {
            return Err(self.no_attribute_set(obj, name));
        };
        if let (Payload::Exception(_), Some(v)) = (&o.payload, &value) {
            let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
            if crate::types::exception::set_exception_attr(self, o, n, v)? {
                return Ok(());
            }
        }
        if let Some(td) = o.as_type() {
            if td.builtin {
                let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
                return Err(self.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{}'",
                    td.name()
                )));
            }
            crate::objects::types::invalidate_lookup_cache(o);
        }
        let is_del = o.as_type().is_some() && name.as_str().is_some_and(|s| s.as_str() == "__del__");
        // A function's `__dict__` is created on first use, as CPython's `func_dict` is.
        if let (Payload::Function(_), None, Some(_)) = (&o.payload, o.dict(), &value) {
            *o.dict.borrow_mut() = Some(self.new_dict());
        }
        let r = match o.dict() {
            Some(d) => match value {
                Some(v) => {
                    dict_ops::set_str_raw(&d, name, v);
                    Ok(())
                }
                None => {
                    if dict_ops::del_str(&d, name).is_none() {
                        return Err(self.no_attribute(obj, name));
                    }
                    Ok(())
                }
            },
            None => Err(self.no_attribute_set(obj, name)),
        };
        if is_del {
            crate::types::type_::update_finalizer_flag(self, o);
        }
        r
    }

    fn no_attribute_set(&self, obj: &Value, name: &PyRef) -> crate::PyErr {
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
        self.attribute_error(obj, name, format!("'{}' object has no attribute '{n}'", self.type_name(obj)))
    }

    /// Attributes every object has that are not in a namespace: `__class__`, `__dict__`, and the
    /// per-type ones (`__name__` of functions and classes, ...).
    fn special_attr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
        match n {
            "__class__" => return Ok(Some(Value::Obj(self.class_of(obj)))),
            "__dict__" => {
                if let Value::Obj(o) = obj {
                    if let Some(d) = o.dict() {
                        if o.as_type().is_some() {
                            return Ok(Some(Value::Obj(PyObject::new(self.types.mappingproxy.clone(), Payload::MappingProxy(d)))));
                        }
                        return Ok(Some(Value::Obj(d)));
                    }
                }
            }
            _ => {}
        }
        crate::types::special_attr(self, obj, n)
    }
}
