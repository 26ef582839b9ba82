//! `super` (Objects/typeobject.c): the zero-argument form reads the caller's first argument and its
//! `__class__` cell; lookups search the MRO of the instance's type after `__thisclass__` and bind
//! what they find to the instance (or, for `super(C, cls)`, to the class).

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::is_subtype;
use crate::vm::frame::Frame;

pub fn init(vm: &mut Vm) {
    let ty = vm.types.super_.clone();
    vm.add_native(&ty, "__new__", super_new, BuiltinKind::StaticMethod);
    vm.add_method(&ty, "__init__", super_init);
    vm.add_method(&ty, "__repr__", super_repr);
    vm.add_method(&ty, "__get__", super_get);
}

fn super_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn new_super(vm: &Vm, thisclass: PyRef, obj: Value) -> Value {
    Value::Obj(PyObject::new(vm.types.super_.clone(), Payload::Super(Box::new((thisclass, obj)))))
}

/// `super()`, `super(type)`, `super(type, obj)`.
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "super")?;
    let (ty, obj) = match args.positional().get(1..).unwrap_or(&[]) {
        [] => zero_arg_super(vm)?,
        [t] => (t.clone(), Value::Null),
        [t, o] => (t.clone(), o.clone()),
        p => {
            return Err(vm.type_error(format!("super() expected at most 2 arguments, got {}", p.len())));
        }
    };
    let thisclass = match &ty {
        Value::Obj(t) if t.as_type().is_some() => t.clone(),
        _ => {
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&ty))));
        }
    };
    if !matches!(obj, Value::Null) {
        start_type(vm, &thisclass, &obj)?;
    }
    Ok(new_super(vm, thisclass, obj))
}

/// The zero-argument form: `(__class__, first argument)` of the calling function.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(ptr) = vm.current_frame() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    // SAFETY: the frame calling `super()` is running (it is the innermost Python frame) and is only
    // read here.
    let frame: &Frame = unsafe { &*ptr };
    let co = &frame.code.code;
    if co.argcount == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let first = match co.cell2arg.iter().position(|a| *a == Some(0)) {
        Some(c) => frame.cells.get(c).and_then(|cell| match &cell.payload {
            Payload::Cell(v) => v.borrow().clone(),
            _ => None,
        }),
        None => frame.fast.first().cloned().flatten(),
    };
    let Some(first) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    let Some(i) = co.freevars.iter().position(|n| &**n == "__class__") else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let cell = frame.cells.get(co.cellvars.len() + i).and_then(|cell| match &cell.payload {
        Payload::Cell(v) => v.borrow().clone(),
        _ => None,
    });
    match cell {
        None => Err(vm.runtime_error("super(): empty __class__ cell")),
        Some(c @ Value::Obj(_)) if c.as_obj().is_some_and(|o| o.as_type().is_some()) => Ok((c, first)),
        Some(c) => Err(vm.runtime_error(format!("super(): __class__ is not a type ({})", vm.type_name(&c)))),
    }
}

/// CPython's `supercheck`: the type whose MRO is searched (`obj` itself when it is a subclass of
/// `thisclass`, else `type(obj)`, else `obj.__class__`).
fn start_type(vm: &mut Vm, thisclass: &PyRef, obj: &Value) -> PyResult<PyRef> {
    if let Value::Obj(o) = obj
        && o.as_type().is_some()
        && is_subtype(o, thisclass)
    {
        return Ok(o.clone());
    }
    let cls = vm.class_of(obj);
    if is_subtype(&cls, thisclass) {
        return Ok(cls);
    }
    if let Ok(Value::Obj(c)) = vm.getattr(obj, &vm.names.__class__.clone())
        && c.as_type().is_some()
        && is_subtype(&c, thisclass)
    {
        return Ok(c);
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

fn parts(vm: &Vm, v: &Value) -> PyResult<(PyRef, Value)> {
    match v.payload() {
        Some(Payload::Super(s)) => Ok((s.0.clone(), s.1.clone())),
        _ => Err(vm.type_error(format!("descriptor requires a 'super' object but received a '{}'", vm.type_name(v)))),
    }
}

/// Attribute lookup on a super object (`super_getattro`).
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &PyRef) -> PyResult<Value> {
    let (thisclass, obj) = parts(vm, sup)?;
    let skip = matches!(obj, Value::Null) || name.as_str().is_some_and(|s| s.as_str() == "__class__");
    if !skip {
        let start = start_type(vm, &thisclass, &obj)?;
        if let Some(found) = crate::types::type_::super_lookup(&start, &thisclass, name) {
            let is_class = matches!(&obj, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &start));
            return if is_class { bind_to_class(vm, &found, &start) } else { vm.bind_descriptor(&found, &obj, &start) };
        }
    }
    let cls = vm.types.super_.clone();
    vm.generic_getattr(sup, &cls, name)
}

/// `descr.__get__(None, cls)` for what `super(C, cls)` finds.
pub(crate) fn bind_to_class(vm: &mut Vm, found: &Value, cls: &PyRef) -> PyResult<Value> {
    let Value::Obj(o) = found else {
        return Ok(found.clone());
    };
    match &o.payload {
        Payload::Function(_) => Ok(found.clone()),
        Payload::Property(_) if crate::vm::attr::native_property(o).is_some() => Ok(found.clone()),
        Payload::Builtin(b) => Ok(match b.kind {
            BuiltinKind::ClassMethod => vm.bind_builtin(o, Value::Obj(cls.clone())),
            _ => found.clone(),
        }),
        Payload::StaticMethod(f) if crate::vm::attr::is_builtin_instance(o) => Ok(f.borrow().clone()),
        Payload::ClassMethod(f) if crate::vm::attr::is_builtin_instance(o) => {
            let f = f.borrow().clone();
            vm.bind_classmethod(f, Value::Obj(cls.clone()))
        }
        _ => match vm.special(found, &vm.names.__get__.clone()) {
            Some(get) if o.class().as_type().is_some_and(|t| !t.builtin) => {
                vm.call(&get, &[found.clone(), Value::None, Value::Obj(cls.clone())], &[])
            }
            _ => Ok(found.clone()),
        },
    }
}

fn super_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("super.__repr__ needs an argument"));
    };
    let (thisclass, obj) = parts(vm, this)?;
    let tname = thisclass.as_type().map(|t| t.name()).unwrap_or_default();
    let s = match obj {
        Value::Null => format!("<super: <class '{tname}'>, NULL>"),
        obj => {
            let start = start_type(vm, &thisclass, &obj)?;
            let oname = start.as_type().map(|t| t.name()).unwrap_or_default();
            format!("<super: <class '{tname}'>, <{oname} object>>")
        }
    };
    Ok(vm.new_str(s))
}

/// `super(C).__get__(obj)`: an unbound super binds like a descriptor.
fn super_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("super.__get__ needs an argument"));
    };
    let (thisclass, bound) = parts(vm, this)?;
    let obj = args.args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() || !matches!(bound, Value::Null) {
        return Ok(this.clone());
    }
    start_type(vm, &thisclass, &obj)?;
    Ok(new_super(vm, thisclass, obj))
}

/// `__thisclass__`, `__self__`, `__self_class__`.
pub fn super_attr(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let Payload::Super(s) = &o.payload else {
        return Ok(None);
    };
    let (thisclass, obj) = (s.0.clone(), s.1.clone());
    Ok(match name {
        "__thisclass__" => Some(Value::Obj(thisclass)),
        "__self__" => Some(Vm::none_if_null(obj)),
        "__self_class__" => match obj {
            Value::Null => Some(Value::None),
            obj => Some(Value::Obj(start_type(vm, &thisclass, &obj)?)),
        },
        _ => None,
    })
}
