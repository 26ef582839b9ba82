//! Attribute access: `object.__getattribute__`'s algorithm (data descriptors on the type, then the
//! instance dict, then other descriptors and plain class attributes), `type.__getattribute__` for
//! classes (the metatype, then the class's own MRO), and `__getattr__` as the fallback.

use std::rc::Rc;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::BuiltinKind;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

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
        if let Some(ns) = &*base.dict.borrow()
            && let Some(v) = dict_ops::get_str(ns, name)
        {
            return Some(v);
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

/// Is `o` an instance of a built-in class (not of a subclass, which may override its methods)?
#[inline]
pub(crate) fn is_builtin_instance(o: &PyObject) -> bool {
    o.class.borrow().as_type().is_some_and(|t| t.builtin)
}

/// A `property` (or a built-in type's getset) whose accessors can run directly: not an instance
/// of a `property` subclass, which may override `__get__`/`__set__`.
pub(crate) fn native_property(o: &PyObject) -> Option<&[std::cell::RefCell<Value>; 5]> {
    match &o.payload {
        Payload::Property(p) if o.class.borrow().as_type().is_some_and(|t| t.builtin) => Some(p),
        _ => None,
    }
}

/// Does the object in a type's namespace act as a data descriptor (defines `__set__`/`__delete__`)?
fn is_data_descriptor(vm: &mut Vm, descr: &Value) -> bool {
    match descr {
        Value::Obj(o) => match &o.payload {
            Payload::Property(_) | Payload::Member(_) => true,
            Payload::Function(_) | Payload::Builtin(_) | Payload::Str(_) => false,
            Payload::StaticMethod(_) | Payload::ClassMethod(_) if is_builtin_instance(o) => false,
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

/// A data descriptor that also has `__get__`, and so takes precedence over the instance dict on
/// reads (`_PyObject_GenericGetAttrWithDict`: a descriptor with only `__set__` does not).
fn is_data_descriptor_with_get(vm: &mut Vm, descr: &Value) -> bool {
    match descr.payload() {
        Some(Payload::Property(_) | Payload::Member(_)) => true,
        _ => is_data_descriptor(vm, descr) && lookup_type(&vm.class_of(descr), &vm.names.__get__.clone()).is_some(),
    }
}

impl Vm {
    pub fn getattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Value> {
        if let Some(Payload::Super(_)) = obj.payload() {
            return crate::types::misc::super_::super_getattr(self, obj, name);
        }
        if crate::types::weakref::proxy::is_proxy(obj) {
            return crate::types::weakref::proxy::getattr(self, obj, name);
        }
        let cls = self.class_of(obj);
        // A user-defined __getattribute__ replaces the whole algorithm.
        if !cls.as_type().is_some_and(|t| t.builtin)
            && let Some(ga) = lookup_type(&cls, &self.names.__getattribute__.clone())
            && !matches!(ga.payload(), Some(Payload::Builtin(_)))
        {
            let r = self.call_unbound(&ga, obj, &[Value::Obj(name.clone())]);
            return self.getattr_fallback(obj, &cls, name, r);
        }
        let r = self.generic_getattr(obj, &cls, name);
        match r {
            Ok(v) => Ok(v),
            Err(e) => self.getattr_fallback(obj, &cls, name, Err(e)),
        }
    }

    /// `getattr(obj, name)`, None when it raises AttributeError (`_PyObject_LookupAttr`).
    pub fn getattr_opt(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// On AttributeError, try `__getattr__`.
    fn getattr_fallback(&mut self, obj: &Value, cls: &PyRef, name: &PyRef, r: PyResult<Value>) -> PyResult<Value> {
        match r {
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                if let Some(ga) = lookup_type(cls, &self.names.__getattr__.clone()) {
                    return self.call_unbound(&ga, obj, &[Value::Obj(name.clone())]);
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
            if let Payload::Module = o.payload
                && let Some(d) = o.dict()
                && let Some(v) = dict_ops::get_str(&d, name)
            {
                return Ok(v);
            }
        }
        let descr = lookup_type(cls, name);
        if let Some(d) = &descr
            && is_data_descriptor_with_get(self, d)
        {
            return self.call_descriptor_get(d, obj, cls);
        }
        if let Value::Obj(o) = obj
            && let Some(dict) = o.dict()
            && let Some(v) = dict_ops::get_str(&dict, name)
        {
            return Ok(v);
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
        if let Some(d) = &meta_attr
            && is_data_descriptor_with_get(self, d)
        {
            return self.call_descriptor_get(d, &Value::Obj(cls_obj.clone()), meta);
        }
        if let Some(v) = lookup_type(cls_obj, name) {
            return match &v {
                Value::Obj(o) => match &o.payload {
                    Payload::Function(_) => Ok(v.clone()),
                    Payload::Builtin(b) => match b.kind {
                        BuiltinKind::ClassMethod => Ok(self.bind_builtin(o, Value::Obj(cls_obj.clone()))),
                        _ => Ok(v.clone()),
                    },
                    Payload::StaticMethod(f) if is_builtin_instance(o) => Ok(f.borrow().clone()),
                    Payload::ClassMethod(f) if is_builtin_instance(o) => {
                        let f = f.borrow().clone();
                        self.bind_classmethod(f, Value::Obj(cls_obj.clone()))
                    }
                    Payload::Property(_) if native_property(o).is_some() => Ok(v.clone()),
                    _ => {
                        let c = o.class();
                        if c.as_type().is_some_and(|t| !t.builtin)
                            && let Some(get) = lookup_type(&c, &self.names.__get__.clone())
                        {
                            return self.call_unbound(&get, &v, &[Value::None, Value::Obj(cls_obj.clone())]);
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
            Payload::StaticMethod(f) if is_builtin_instance(o) => Ok(f.borrow().clone()),
            Payload::ClassMethod(f) if is_builtin_instance(o) => {
                let f = f.borrow().clone();
                self.bind_classmethod(f, Value::Obj(cls.clone()))
            }
            Payload::Property(_) => self.call_descriptor_get(descr, obj, cls),
            _ => {
                let c = o.class();
                if c.as_type().is_some_and(|t| !t.builtin)
                    && let Some(get) = lookup_type(&c, &self.names.__get__.clone())
                {
                    return self.call_unbound(&get, descr, &[obj.clone(), Value::Obj(cls.clone())]);
                }
                Ok(descr.clone())
            }
        }
    }

    /// A classmethod's function bound to `owner`; a wrapped descriptor (a `property`, ...) is
    /// bound to the class through its own `__get__` (3.9 to 3.12's `cm_descr_get`).
    pub fn bind_classmethod(&mut self, f: Value, owner: Value) -> PyResult<Value> {
        if let Value::Obj(o) = &f
            && !matches!(o.payload, Payload::Function(_) | Payload::Builtin(_))
            && let Some(get) = lookup_type(&o.class(), &self.names.__get__.clone())
        {
            return self.call_unbound(&get, &f, &[owner.clone(), owner]);
        }
        Ok(self.new_bound_method(f, owner))
    }

    fn call_descriptor_get(&mut self, descr: &Value, obj: &Value, cls: &PyRef) -> PyResult<Value> {
        if let Some(p) = descr.as_obj().and_then(|o| native_property(o)) {
            let fget = p[0].borrow().clone();
            if fget.is_none() {
                return Err(crate::types::misc::property::no_accessor_error(self, descr, obj, "getter"));
            }
            return self.call(&fget, std::slice::from_ref(obj), &[]);
        }
        if let Some(Payload::Member(m)) = descr.payload() {
            return crate::types::misc::member::member_get(self, m, obj);
        }
        let c = self.class_of(descr);
        match lookup_type(&c, &self.names.__get__.clone()) {
            Some(get) => self.call_unbound(&get, descr, &[obj.clone(), Value::Obj(cls.clone())]),
            None => Ok(descr.clone()),
        }
    }

    pub fn new_bound_method(&self, func: Value, self_: Value) -> Value {
        Value::Obj(PyObject::new(self.types.method.clone(), Payload::BoundMethod(Box::new((func, self_)))))
    }

    /// `LoadMethod`: the plain function to call with `obj` prepended, when there is one.
    pub fn load_method(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        if let Value::Obj(o) = obj
            && (o.as_type().is_some() || matches!(o.payload, Payload::Module | Payload::Super(_) | Payload::WeakRef(_)))
        {
            return Ok(None);
        }
        let td = cls.as_type();
        if !td.is_some_and(|t| t.builtin)
            && lookup_type(&cls, &self.names.__getattribute__.clone()).is_some_and(|g| !matches!(g.payload(), Some(Payload::Builtin(_))))
        {
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
        if let Value::Obj(o) = obj
            && let Some(d) = o.dict()
            && dict_ops::get_str(&d, name).is_some()
        {
            return Ok(None);
        }
        Ok(Some(descr))
    }

    pub fn setattr(&mut self, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
        if crate::types::weakref::proxy::is_proxy(obj) {
            return crate::types::weakref::proxy::setattr(self, obj, name, Some(value));
        }
        let cls = self.class_of(obj);
        if !cls.as_type().is_some_and(|t| t.builtin)
            && let Some(sa) = lookup_type(&cls, &self.names.__setattr__.clone())
            && !matches!(sa.payload(), Some(Payload::Builtin(_)))
        {
            self.call_unbound(&sa, obj, &[Value::Obj(name.clone()), value])?;
            return Ok(());
        }
        self.generic_setattr(obj, &cls, name, Some(value))
    }

    pub fn delattr(&mut self, obj: &Value, name: &PyRef) -> PyResult<()> {
        if crate::types::weakref::proxy::is_proxy(obj) {
            return crate::types::weakref::proxy::setattr(self, obj, name, None);
        }
        let cls = self.class_of(obj);
        if !cls.as_type().is_some_and(|t| t.builtin)
            && let Some(da) = lookup_type(&cls, &self.names.__delattr__.clone())
            && !matches!(da.payload(), Some(Payload::Builtin(_)))
        {
            self.call_unbound(&da, obj, &[Value::Obj(name.clone())])?;
            return Ok(());
        }
        self.generic_setattr(obj, &cls, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (`value` None deletes).
    pub fn generic_setattr(&mut self, obj: &Value, cls: &PyRef, name: &PyRef, value: Option<Value>) -> PyResult<()> {
        if let Some(descr) = lookup_type(cls, name) {
            if let Some(p) = descr.as_obj().and_then(|o| native_property(o)) {
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
            if let Some(Payload::Member(m)) = descr.payload() {
                return crate::types::misc::member::member_set(self, m, obj, value);
            }
            if is_data_descriptor(self, &descr) {
                let dcls = self.class_of(&descr);
                let (mname, args) = match value.clone() {
                    Some(v) => (self.names.__set__.clone(), vec![obj.clone(), v]),
                    None => (self.names.__delete__.clone(), vec![obj.clone()]),
                };
                // A data descriptor without the method asked for (`__delete__` but no `__set__`):
                // `slot_tp_descr_set` fails looking it up.
                let Some(m) = lookup_type(&dcls, &mname) else {
                    return Err(self.attribute_error(&descr, &mname, mname.as_str().map(|s| s.as_str().to_string()).unwrap_or_default()));
                };
                self.call_unbound(&m, &descr, &args)?;
                return Ok(());
            }
        }
        let Value::Obj(o) = obj else {
            return Err(self.no_attribute_set(obj, cls, name));
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
                return Err(self.type_error(format!("cannot set '{n}' attribute of immutable type '{}'", td.name())));
            }
            if name.as_str().is_some_and(|s| s.as_str() == "__dict__") {
                return Err(self.attribute_error(obj, name, "attribute '__dict__' of 'type' objects is not writable".to_string()));
            }
            // Replacing one plain class attribute value by another (`Counter.count += 1`) changes no
            // cached classification, only the value, which cache hits read from the class: drop the
            // name from the lookup caches and keep the version. Anything else invalidates.
            let plain_update = value.as_ref().is_some_and(is_plain_class_value)
                && name.as_str().is_some_and(|s| !s.as_str().starts_with("__"))
                && lookup_type(o, name).is_some_and(|old| is_plain_class_value(&old));
            if plain_update {
                crate::objects::types::forget_cached_name(o, name);
            } else {
                crate::objects::types::invalidate_lookup_cache(o);
            }
        }
        if let Some(td) = o.as_type()
            && name.as_str().is_some_and(|s| s.as_str() == "__abstractmethods__")
        {
            // type_set_abstractmethods: the flag follows the truth of the new value.
            let abstract_ = match &value {
                Some(v) => self.is_true(v)?,
                None => false,
            };
            td.is_abstract.set(abstract_);
        }
        let is_del = o.as_type().is_some() && name.as_str().is_some_and(|s| s.as_str() == "__del__");
        // A function's `__dict__` is created on first use, as CPython's `func_dict` is.
        if let (Payload::Function(_), None, Some(_)) = (&o.payload, o.dict(), &value) {
            *o.dict.borrow_mut() = Some(self.new_dict());
        }
        if name.as_str().is_some_and(|s| s.as_str() == "__dict__") && o.as_type().is_none() && o.dict().is_some() {
            return crate::types::misc::member::set_instance_dict(self, o, value);
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
            None => Err(self.no_attribute_set(obj, cls, name)),
        };
        if is_del {
            crate::types::type_::update_finalizer_flag(self, o);
        }
        r
    }

    /// Setting or deleting an attribute of an object without a `__dict__`: the name is unknown, or
    /// read-only when the class has it (a method, a plain class attribute).
    fn no_attribute_set(&self, obj: &Value, cls: &PyRef, name: &PyRef) -> crate::PyErr {
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
        let msg = match lookup_type(cls, name) {
            Some(_) => format!("'{}' object attribute '{n}' is read-only", self.type_name(obj)),
            None => format!("'{}' object has no attribute '{n}'", self.type_name(obj)),
        };
        self.attribute_error(obj, name, msg)
    }

    /// Attributes every object has that are not in a namespace: `__class__`, `__dict__`, and the
    /// per-type ones (`__name__` of functions and classes, ...).
    fn special_attr(&mut self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
        match n {
            "__class__" => return Ok(Some(Value::Obj(self.class_of(obj)))),
            "__dict__" => {
                if let Value::Obj(o) = obj
                    && let Some(d) = o.dict()
                {
                    // CPython 3.11 materialises an instance's dict here (see `gc/count.rs`).
                    d.flags.set(d.flags.get() | crate::gc::DICT_EXPOSED);
                    if o.as_type().is_some() {
                        return Ok(Some(Value::Obj(PyObject::new(self.types.mappingproxy.clone(), Payload::MappingProxy(d)))));
                    }
                    return Ok(Some(Value::Obj(d)));
                }
            }
            _ => {}
        }
        crate::types::special_attr(self, obj, n)
    }
}

// ----- inline caches ------------------------------------------------------------------------------
//
// `LoadAttr`, `LoadMethod` and `StoreAttr` keep one `AttrCacheEntry` per instruction in their code
// object. An entry records the class's version tag and how the attribute resolved for instances of
// that class (nothing on the class, a plain function, a plain class value, a property). The tag
// changes whenever a namespace along the class's MRO changes (`invalidate_lookup_cache`), so while
// it matches, the classification `generic_getattr` would make is the same; what can still differ
// per instance is the instance dict, which every hit probes (first at the entry index where the
// name was last found). Anything unusual (a custom `__getattribute__`/`__setattr__`, other
// descriptors, classes and modules) is never cached and takes the general path.

use crate::objects::code::{AttrCacheEntry, AttrCacheKind, AttrCacheLine, PyCode};

/// The entry of instruction `ip` recorded for class version `version`, if any.
#[inline(always)]
fn cache_entry<'a>(cache: &'a [AttrCacheLine], code: &PyCode, ip: usize, version: u64) -> Option<&'a AttrCacheEntry> {
    let slot = *code.attr_slots.get(ip)? as usize;
    cache.get(slot)?.entries.iter().find(|e| e.version == version)
}

/// The value of `name` in `o`'s instance dict, trying entry `hint` first.
#[inline]
fn instance_dict_get(o: &PyObject, name: &PyRef, hint: &std::cell::Cell<u32>) -> Option<Value> {
    let d = o.dict.borrow();
    let dd = d.as_ref()?.as_dict()?.borrow();
    if let Some(e) = dd.entry(hint.get() as usize)
        && let Value::Obj(k) = &e.key
        && Rc::ptr_eq(k, name)
    {
        return Some(e.value.clone());
    }
    let s = name.as_str()?;
    let i = dd.lookup_str(s.hash(), name, s.as_str())?;
    hint.set(i as u32);
    dd.entry(i).map(|e| e.value.clone())
}

/// What a cache hit produced.
enum Hit {
    /// The attribute's value.
    Value(Value),
    /// A function (or native method) on the class, to bind to the object or call with it.
    Method(Value),
    /// A property's getter, to call with the object.
    Getter(Value),
}

/// The version tag of `o`'s class, if `o` is an object the caches handle.
#[inline]
fn cacheable_version(o: &PyObject) -> Option<u64> {
    if matches!(o.payload, Payload::Type(_) | Payload::Module | Payload::Super(_) | Payload::WeakRef(_)) {
        return None;
    }
    o.class.borrow().as_type().map(|t| t.version.get())
}

#[inline]
fn probe_load(code: &PyCode, ip: usize, o: &PyRef, name: &PyRef) -> Option<Hit> {
    let version = cacheable_version(o)?;
    let cache = code.attr_cache.borrow();
    let e = cache_entry(&cache, code, ip, version)?;
    match e.kind {
        AttrCacheKind::InstanceDict => instance_dict_get(o, name, &e.hint).map(Hit::Value),
        AttrCacheKind::Method => {
            if o.dict.borrow().is_some() && instance_dict_get(o, name, &e.hint).is_some() {
                return None;
            }
            e.value.upgrade().map(|f| Hit::Method(Value::Obj(f)))
        }
        AttrCacheKind::ClassValue => {
            if let Some(v) = instance_dict_get(o, name, &e.hint) {
                return Some(Hit::Value(v));
            }
            // The value is read from the class each time: assigning another plain value to a class
            // attribute keeps the version (see `generic_setattr`).
            let cls = o.class.borrow();
            lookup_type(&cls, name).map(Hit::Value)
        }
        AttrCacheKind::Property => {
            let p = e.value.upgrade()?;
            let Payload::Property(p) = &p.payload else { return None };
            let fget = p[0].borrow().clone();
            if fget.is_none() { None } else { Some(Hit::Getter(fget)) }
        }
        AttrCacheKind::Slot => {
            // An unset slot takes the general path, which raises (or calls `__getattr__`).
            let storage = o.slot_storage()?.borrow();
            storage.get(e.hint.get() as usize)?.clone().map(Hit::Value)
        }
        AttrCacheKind::Empty => None,
    }
}

impl Vm {
    /// `LoadAttr` at instruction `ip` of `code`.
    #[inline]
    pub(crate) fn load_attr_cached(&mut self, code: &PyCode, ip: usize, obj: &Value, name: &PyRef) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            match probe_load(code, ip, o, name) {
                Some(Hit::Value(v)) => return Ok(v),
                Some(Hit::Method(f)) => {
                    if let Some(Payload::Function(_)) = f.payload() {
                        return Ok(self.new_bound_method(f, obj.clone()));
                    }
                    let cls = o.class();
                    return self.bind_descriptor(&f, obj, &cls);
                }
                Some(Hit::Getter(fget)) => return self.call(&fget, std::slice::from_ref(obj), &[]),
                None => self.fill_load_cache(code, ip, o, name),
            }
        }
        self.getattr(obj, name)
    }

    /// `LoadMethod` at instruction `ip` of `code`: the function to call with `obj` prepended, or
    /// None when the attribute must be fetched (and called) as it is.
    #[inline]
    pub(crate) fn load_method_cached(&mut self, code: &PyCode, ip: usize, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            match probe_load(code, ip, o, name) {
                Some(Hit::Method(f)) => return Ok(Some(f)),
                Some(Hit::Value(_) | Hit::Getter(_)) => {}
                None => self.fill_load_cache(code, ip, o, name),
            }
        }
        self.load_method(obj, name)
    }

    /// Classify `name` for instances of `o`'s class and record it in the cache of instruction `ip`.
    fn fill_load_cache(&mut self, code: &PyCode, ip: usize, o: &PyRef, name: &PyRef) {
        let Some(version) = cacheable_version(o) else { return };
        let cls = o.class();
        if has_custom_hook(&cls, &self.names.__getattribute__.clone()) {
            return;
        }
        let mut entry = AttrCacheEntry { version, ..AttrCacheEntry::default() };
        entry.kind = match lookup_type(&cls, name) {
            None => AttrCacheKind::InstanceDict,
            Some(Value::Obj(d)) => match &d.payload {
                Payload::Function(_) => {
                    entry.value = Rc::downgrade(&d);
                    AttrCacheKind::Method
                }
                Payload::Builtin(b) if b.kind == BuiltinKind::Method => {
                    entry.value = Rc::downgrade(&d);
                    AttrCacheKind::Method
                }
                // A getter that raises AttributeError falls back to `__getattr__`: not cached.
                Payload::Property(_) if native_property(&d).is_some() && lookup_type(&cls, &self.names.__getattr__.clone()).is_none() => {
                    entry.value = Rc::downgrade(&d);
                    AttrCacheKind::Property
                }
                Payload::Member(m) if m.index < crate::types::misc::member::WEAKREF_SLOT && o.slot_storage().is_some() => {
                    entry.hint.set(m.index as u32);
                    AttrCacheKind::Slot
                }
                Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Property(_) => {
                    return;
                }
                _ if is_plain_class_value(&Value::Obj(d.clone())) => AttrCacheKind::ClassValue,
                _ => return,
            },
            Some(_) => AttrCacheKind::ClassValue,
        };
        self.store_cache_entry(code, ip, entry);
    }

    fn store_cache_entry(&self, code: &PyCode, ip: usize, entry: AttrCacheEntry) {
        let Some(&slot) = code.attr_slots.get(ip) else { return };
        let mut cache = code.attr_cache.borrow_mut();
        if cache.is_empty() {
            let lines = code.attr_slots.iter().filter(|&&s| s != u32::MAX).count();
            cache.resize(lines, AttrCacheLine::default());
        }
        let Some(line) = cache.get_mut(slot as usize) else { return };
        let i = match line.entries.iter().position(|e| e.version == entry.version) {
            Some(i) => i,
            None => {
                let i = line.next as usize % line.entries.len();
                line.next = line.next.wrapping_add(1);
                i
            }
        };
        line.entries[i] = entry;
    }

    /// `StoreAttr` at instruction `ip` of `code`.
    #[inline]
    pub(crate) fn store_attr_cached(&mut self, code: &PyCode, ip: usize, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj
            && let Payload::Slots(storage) = &o.payload
        {
            let version = o.class.borrow().as_type().map(|t| t.version.get());
            let entry = {
                let cache = code.attr_cache.borrow();
                version.and_then(|v| cache_entry(&cache, code, ip, v)).map(|e| (e.kind, e.hint.get() as usize))
            };
            match entry {
                Some((AttrCacheKind::Slot, i)) if i < storage.borrow().len() => {
                    let old = storage.borrow_mut()[i].replace(value);
                    drop(old);
                    return Ok(());
                }
                Some(_) => return self.setattr(obj, name, value),
                None => {
                    self.fill_store_cache(code, ip, o, name);
                    return self.setattr(obj, name, value);
                }
            }
        }
        if let Value::Obj(o) = obj
            && let Payload::Plain = o.payload
        {
            let version = o.class.borrow().as_type().map(|t| t.version.get());
            let hint = {
                let cache = code.attr_cache.borrow();
                match version.and_then(|v| cache_entry(&cache, code, ip, v)) {
                    Some(e) if e.kind == AttrCacheKind::InstanceDict => Some(e.hint.get() as usize),
                    _ => None,
                }
            };
            let Some(hint) = hint else {
                self.fill_store_cache(code, ip, o, name);
                return self.setattr(obj, name, value);
            };
            let dict = o.dict.borrow().clone();
            if let Some(d) = dict
                && let Some(cell) = d.as_dict()
            {
                let mut dd = cell.borrow_mut();
                if dd.entry(hint).is_some_and(|e| matches!(&e.key, Value::Obj(k) if Rc::ptr_eq(k, name))) {
                    let old = dd.set_value(hint, value);
                    drop(dd);
                    drop(old);
                    return Ok(());
                }
                drop(dd);
                dict_ops::set_str_raw(&d, name, value);
                // A new attribute goes at the end: remember where, for the next object of the class
                // (its attributes usually arrive in the same order).
                let dd = cell.borrow();
                let last = dd.entry_slots().wrapping_sub(1);
                if dd.entry(last).is_some_and(|e| matches!(&e.key, Value::Obj(k) if Rc::ptr_eq(k, name)))
                    && let Some(v) = version
                    && let Some(e) = cache_entry(&code.attr_cache.borrow(), code, ip, v)
                {
                    e.hint.set(last as u32);
                }
                return Ok(());
            }
        }
        self.setattr(obj, name, value)
    }

    /// Record, for instruction `ip`, that storing `name` on instances of `o`'s class just sets the
    /// instance dict (no `__setattr__`, no data descriptor on the class).
    fn fill_store_cache(&mut self, code: &PyCode, ip: usize, o: &PyRef, name: &PyRef) {
        let cls = o.class();
        let Some(td) = cls.as_type() else { return };
        // A slot member: the store writes the instance's slot storage.
        if let Some(Value::Obj(d)) = lookup_type(&cls, name)
            && let Payload::Member(m) = &d.payload
            && m.index < crate::types::misc::member::WEAKREF_SLOT
            && o.slot_storage().is_some()
            && !td.builtin
            && !has_custom_hook(&cls, &self.names.__setattr__.clone())
        {
            let entry = AttrCacheEntry { version: td.version.get(), kind: AttrCacheKind::Slot, ..AttrCacheEntry::default() };
            entry.hint.set(m.index as u32);
            self.store_cache_entry(code, ip, entry);
            return;
        }
        if td.builtin || o.dict.borrow().is_none() || name.as_str().is_none_or(|s| s.as_str().starts_with("__")) {
            return;
        }
        if has_custom_hook(&cls, &self.names.__setattr__.clone()) {
            return;
        }
        match lookup_type(&cls, name) {
            None => {}
            Some(Value::Obj(d)) if matches!(d.payload, Payload::Function(_)) => {}
            Some(Value::Obj(_)) => return,
            Some(_) => {}
        }
        let version = td.version.get();
        self.store_cache_entry(code, ip, AttrCacheEntry { version, kind: AttrCacheKind::InstanceDict, ..AttrCacheEntry::default() });
    }
}

/// A class attribute that instances see as it is: not a descriptor and not bound. Instances of
/// built-in classes other than functions and the descriptor types are neither data descriptors nor
/// bound (see `is_data_descriptor` and `bind_descriptor`).
fn is_plain_class_value(v: &Value) -> bool {
    match v {
        Value::Obj(d) => {
            !matches!(
                d.payload,
                Payload::Function(_)
                    | Payload::Builtin(_)
                    | Payload::StaticMethod(_)
                    | Payload::ClassMethod(_)
                    | Payload::Property(_)
                    | Payload::Member(_)
            ) && d.class().as_type().is_some_and(|t| t.builtin)
        }
        Value::Null => false,
        _ => true,
    }
}

/// Does `cls` replace the `object` implementation of the hook `name` (`__getattribute__`,
/// `__setattr__`) with Python code?
fn has_custom_hook(cls: &PyRef, name: &PyRef) -> bool {
    lookup_type(cls, name).is_some_and(|h| !matches!(h.payload(), Some(Payload::Builtin(_))))
}
