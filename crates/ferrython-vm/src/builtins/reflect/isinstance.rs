//! `isinstance` and `issubclass`: CPython's `PyObject_IsInstance`/`PyObject_IsSubclass`
//! (Objects/abstract.c), with tuples, `__instancecheck__`/`__subclasscheck__` on the metaclass, and the
//! `__bases__`/`__class__` protocol for class-like objects.

use std::rc::Rc;

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::{is_subtype, lookup_type};

pub fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, cls] = args.exact::<2>(vm, "isinstance")?;
    Ok(Value::Bool(object_isinstance(vm, obj, cls)?))
}

pub fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [derived, cls] = args.exact::<2>(vm, "issubclass")?;
    Ok(Value::Bool(object_issubclass(vm, derived, cls)?))
}

/// The metaclass's `hook` (`__instancecheck__`/`__subclasscheck__`) when it is not `type`'s own,
/// which runs natively below.
fn metaclass_hook(vm: &Vm, cls: &Value, hook: &PyRef) -> Option<Value> {
    let meta = vm.class_of(cls);
    if Rc::ptr_eq(&meta, &vm.types.type_) {
        return None;
    }
    let m = lookup_type(&meta, hook)?;
    // `type`'s own hook is the native algorithm below.
    match m.payload() {
        Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, &vm.types.type_)) => None,
        _ => Some(m),
    }
}

/// `isinstance(obj, cls)`.
pub fn object_isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    // Quick test for an exact match (CPython does it before any hook).
    if let Value::Obj(c) = cls {
        if Rc::ptr_eq(&vm.class_of(obj), c) {
            return Ok(true);
        }
        if let Payload::Tuple(items) = &c.payload {
            let items = items.to_vec();
            return vm.with_recursion(" in __instancecheck__", |vm| {
                for item in &items {
                    if object_isinstance(vm, obj, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
    }
    let hook = vm.names.__instancecheck__.clone();
    if let Some(check) = metaclass_hook(vm, cls, &hook) {
        let r = vm.with_recursion(" in __instancecheck__", |vm| vm.call(&check, &[cls.clone(), obj.clone()], &[]))?;
        return vm.is_true(&r);
    }
    recursive_isinstance(vm, obj, cls)
}

/// `type.__instancecheck__`: the MRO test, then `obj.__class__` when it differs from `type(obj)`.
pub fn recursive_isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Obj(c) = cls
        && c.as_type().is_some()
    {
        let oc = vm.class_of(obj);
        if is_subtype(&oc, c) {
            return Ok(true);
        }
        // A `__class__` that lies (proxies, mocks) is honoured, as CPython does.
        let class_attr = lookup_type(&oc, &vm.names.__class__.clone());
        let object_class = lookup_type(&vm.types.object, &vm.names.__class__.clone());
        let overridden = match (&class_attr, &object_class) {
            (Some(a), Some(b)) => !a.is(b),
            (a, _) => a.is_some(),
        };
        // (A weak proxy's `__class__` is its referent's.)
        if (oc.as_type().is_some_and(|t| !t.builtin) && overridden || crate::types::weakref::proxy::is_proxy(obj))
            && let Ok(Value::Obj(icls)) = vm.getattr(obj, &vm.names.__class__.clone())
            && !Rc::ptr_eq(&icls, &oc)
            && icls.as_type().is_some()
        {
            return Ok(is_subtype(&icls, c));
        }
        return Ok(false);
    }
    if !has_bases(vm, cls)? {
        return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    match vm.getattr(obj, &vm.names.__class__.clone()) {
        Ok(icls) => abstract_issubclass(vm, &icls, cls),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `issubclass(derived, cls)`.
pub fn object_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Obj(c) = cls
        && let Payload::Tuple(items) = &c.payload
    {
        let items = items.to_vec();
        return vm.with_recursion(" in __subclasscheck__", |vm| {
            for item in &items {
                if object_issubclass(vm, derived, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    let hook = vm.names.__subclasscheck__.clone();
    if let Some(check) = metaclass_hook(vm, cls, &hook) {
        let r = vm.with_recursion(" in __subclasscheck__", |vm| vm.call(&check, &[cls.clone(), derived.clone()], &[]))?;
        return vm.is_true(&r);
    }
    recursive_issubclass(vm, derived, cls)
}

/// `type.__subclasscheck__`.
pub fn recursive_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let (Value::Obj(d), Value::Obj(c)) = (derived, cls)
        && d.as_type().is_some()
        && c.as_type().is_some()
    {
        return Ok(is_subtype(d, c));
    }
    if !has_bases(vm, derived)? {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if !has_bases(vm, cls)? {
        return Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    abstract_issubclass(vm, derived, cls)
}

/// Does `v` have a tuple `__bases__` (CPython's `check_class`)?
fn has_bases(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = v
        && o.as_type().is_some()
    {
        return Ok(true);
    }
    let name = vm.intern("__bases__");
    match vm.getattr(v, &name) {
        Ok(b) => Ok(matches!(b.payload(), Some(Payload::Tuple(_)))),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Walk `__bases__` looking for `cls` (class-like objects that are not types).
fn abstract_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    let mut derived = derived.clone();
    let name = vm.intern("__bases__");
    loop {
        if derived.is(cls) {
            return Ok(true);
        }
        if let (Value::Obj(d), Value::Obj(c)) = (&derived, cls)
            && d.as_type().is_some()
            && c.as_type().is_some()
        {
            return Ok(is_subtype(d, c));
        }
        let bases = match vm.getattr(&derived, &name) {
            Ok(b) => b,
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => return Ok(false),
            Err(e) => return Err(e),
        };
        let Some(items) = bases.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()) else {
            return Ok(false);
        };
        match items.len() {
            0 => return Ok(false),
            1 => derived = items[0].clone(),
            _ => {
                return vm.with_recursion(" in __subclasscheck__", |vm| {
                    for b in &items {
                        if abstract_issubclass(vm, b, cls)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                });
            }
        }
    }
}
