//! `staticmethod` and `classmethod` (Objects/funcobject.c): wrappers of a callable that change how it
//! binds. Since 3.10 they expose the wrapped function's `__name__`, `__doc__`, ... and `__wrapped__`.

use std::cell::RefCell;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let sm = vm.types.staticmethod.clone();
    vm.add_native(&sm, "__new__", staticmethod_new, BuiltinKind::StaticMethod);
    vm.add_method(&sm, "__init__", wrapper_init);
    vm.add_method(&sm, "__get__", staticmethod_get);
    vm.add_method(&sm, "__call__", staticmethod_call);
    vm.add_method(&sm, "__repr__", wrapper_repr);
    super::add_getset(vm, &sm, "__doc__", wrapper_doc, None);
    let cm = vm.types.classmethod.clone();
    vm.add_native(&cm, "__new__", classmethod_new, BuiltinKind::StaticMethod);
    vm.add_method(&cm, "__init__", wrapper_init);
    vm.add_method(&cm, "__get__", classmethod_get);
    vm.add_method(&cm, "__repr__", wrapper_repr);
    super::add_getset(vm, &cm, "__doc__", wrapper_doc, None);
}

/// The single callable argument of `staticmethod(f)`/`classmethod(f)` after `cls`.
fn wrapped_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    match args.positional().get(1..) {
        Some([f]) => Ok(f.clone()),
        Some(p) => Err(vm.type_error(format!("{name} expected 1 argument, got {}", p.len()))),
        None => Err(vm.type_error(format!("{name} expected 1 argument, got 0"))),
    }
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = wrapped_arg(vm, &args, "staticmethod")?;
    let cls = class_arg(vm, &args, vm.types.staticmethod.clone())?;
    Ok(new_wrapper(vm, &cls, Payload::StaticMethod(RefCell::new(f))))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = wrapped_arg(vm, &args, "classmethod")?;
    let cls = class_arg(vm, &args, vm.types.classmethod.clone())?;
    Ok(new_wrapper(vm, &cls, Payload::ClassMethod(RefCell::new(f))))
}

/// The class `__new__` was called for: `base` itself or a subclass of it.
fn class_arg(vm: &Vm, args: &Args, base: crate::value::PyRef) -> PyResult<crate::value::PyRef> {
    match args.args.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() && crate::vm::attr::is_subtype(c, &base) => Ok(c.clone()),
        Some(other) => {
            let name = base.as_type().map(|t| t.name()).unwrap_or_default();
            Err(vm.type_error(format!("{name}.__new__(X): X is not a subtype of {name} ({})", vm.type_name(other))))
        }
        None => Ok(base),
    }
}

/// A staticmethod/classmethod of class `cls`; a subclass's instances also get a `__dict__`.
fn new_wrapper(vm: &Vm, cls: &crate::value::PyRef, payload: Payload) -> Value {
    let td = cls.as_type().expect("checked to be a type");
    Value::Obj(if td.builtin || !td.has_instance_dict {
        PyObject::new(cls.clone(), payload)
    } else {
        PyObject::with_dict(cls.clone(), payload, vm.new_dict())
    })
}

fn wrapper_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn inner(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::StaticMethod(f) | Payload::ClassMethod(f)) => Ok(f.borrow().clone()),
        _ => Err(vm.type_error(format!("descriptor requires a 'staticmethod' object but received a '{}'", vm.type_name(v)))),
    }
}

fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("__get__ needs an argument"));
    };
    inner(vm, this)
}

fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("__call__ needs an argument"));
    };
    let f = inner(vm, this)?;
    vm.call(&f, &args.args[1..], args.kwnames)
}

/// `classmethod.__get__(obj, type=None)`: bind the function to `type` (or `type(obj)`).
fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, obj, owner) = match args.args {
        [this, obj] => (this, obj, Value::None),
        [this, obj, owner] => (this, obj, owner.clone()),
        _ => {
            return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", args.args.len().saturating_sub(1))));
        }
    };
    let f = inner(vm, this)?;
    let owner = if owner.is_none() { Value::Obj(vm.class_of(obj)) } else { owner };
    vm.bind_classmethod(f, owner)
}

fn wrapper_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("__repr__ needs an argument"));
    };
    let f = inner(vm, this)?;
    let r = vm.repr_string(&f)?;
    let kind = vm.type_name(this);
    Ok(vm.new_str(format!("<{kind}({r})>")))
}

fn wrapper_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Ok(Value::None);
    };
    let f = inner(vm, this)?;
    let name = vm.names.__doc__.clone();
    match vm.getattr(&f, &name) {
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(Value::None),
        r => r,
    }
}

/// `__func__`, `__wrapped__`, and the attributes copied from the wrapped function.
pub fn wrapper_attr(vm: &mut Vm, f: &Value, name: &str) -> PyResult<Option<Value>> {
    match name {
        "__func__" | "__wrapped__" => Ok(Some(f.clone())),
        "__isabstractmethod__" => Ok(Some(Value::Bool(is_abstract(vm, f)?))),
        "__name__" | "__qualname__" | "__module__" | "__annotations__" => {
            let n = vm.intern(name);
            match vm.getattr(f, &n) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(None),
                Err(e) => Err(e),
            }
        }
        _ => Ok(None),
    }
}

/// Whether `f.__isabstractmethod__` is true (`_PyObject_IsAbstract`): a missing attribute is false.
pub fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    if matches!(f, Value::None) {
        return Ok(false);
    }
    let name = vm.intern("__isabstractmethod__");
    match vm.getattr(f, &name) {
        Ok(v) => vm.is_true(&v),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Ok(false),
        Err(e) => Err(e),
    }
}
