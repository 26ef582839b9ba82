//! `type`: class attributes, `repr`, `mro()`, `__subclasses__()`, `dir()`. Class creation
//! (`type(name, bases, ns)`, the `class` statement) is in `type_/new.rs`.

mod bases;
mod new;

use std::rc::Rc;

pub use new::{best_base, build_class, c3_mro, create_class, init_subclass_hooks};

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::{is_subtype, lookup_type};
use crate::vm::dict_ops;
use crate::vm::frame::Frame;

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_native(&t, "__new__", new::type_new, BuiltinKind::StaticMethod);
    vm.add_native(&t, "__prepare__", type_prepare, BuiltinKind::ClassMethod);
    vm.add_method(&t, "__call__", type_call);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__dir__", type_dir);
    bases::init(vm);
}

/// `type.__init__(cls, name, bases, ns, **kwds)`: the work was done by `__new__`.
fn type_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.positional().len() {
        2 | 4 => Ok(Value::None),
        _ => Err(vm.type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__prepare__(name, bases, **kwds)`: the namespace of a class body, a new dict.
fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("descriptor '__call__' requires a 'type' object")) };
    let cls = cls.clone();
    vm.type_call_default(&cls, &args.args[1..], args.kwnames)
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("expected a type")) };
    let qual = cls.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    let module = cls.dict().and_then(|d| dict_ops::get_str(&d, &vm.names.__module__));
    let s = match module.as_ref().and_then(Vm::str_of) {
        Some(m) if m != "builtins" => format!("<class '{m}.{qual}'>"),
        _ => format!("<class '{qual}'>"),
    };
    Ok(vm.new_str(s))
}

/// `type.mro(cls)`: the C3 linearization of the class's bases, computed afresh (a metaclass may
/// override it; `__mro__` is what was stored when the class was made).
fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first().filter(|c| c.as_obj().is_some_and(|o| o.as_type().is_some())) else {
        return Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument"));
    };
    let td = cls.as_type().expect("a type");
    let mro = if td.builtin {
        td.mro.borrow().clone()
    } else {
        let bases = td.bases.borrow().clone();
        c3_mro(vm, cls, &bases)?
    };
    Ok(vm.new_list(mro.into_iter().map(Value::Obj).collect()))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("expected a type")) };
    let subs = cls.as_type().map(|t| t.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect()).unwrap_or_default();
    Ok(vm.new_list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Obj(cls), obj] = args.args else { return Err(vm.type_error("expected 2 arguments")) };
    Ok(Value::Bool(is_subtype(&vm.class_of(obj), cls)))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Obj(cls), Value::Obj(sub)] = args.args else { return Err(vm.type_error("issubclass() arg 1 must be a class")) };
    Ok(Value::Bool(is_subtype(sub, cls)))
}

fn type_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let names = dir_names(vm, &this)?;
    Ok(vm.new_list(names))
}

/// `dir(obj)` before sorting: instance dict keys plus every name in the class MRO (for a class: its
/// MRO's names).
pub fn dir_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<Value>> {
    let mut seen: Vec<Value> = Vec::new();
    let set = vm.new_set(Default::default());
    let Value::Obj(set_ref) = &set else { unreachable!() };
    let add_dict = |vm: &mut Vm, d: &PyRef, seen: &mut Vec<Value>| -> PyResult<()> {
        let keys = d.as_dict().map(|d| d.borrow().keys()).unwrap_or_default();
        for k in keys {
            if !dict_ops::set_contains(vm, set_ref, &k)? {
                dict_ops::set_add(vm, set_ref, k.clone())?;
                seen.push(k);
            }
        }
        Ok(())
    };
    let classes: Vec<PyRef> = match obj {
        Value::Obj(o) if o.as_type().is_some() => o.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default(),
        _ => {
            if let Value::Obj(o) = obj
                && let Some(d) = o.dict()
            {
                add_dict(vm, &d, &mut seen)?;
            }
            vm.class_of(obj).as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default()
        }
    };
    for c in classes {
        if let Some(d) = c.dict() {
            add_dict(vm, &d, &mut seen)?;
        }
    }
    Ok(seen)
}

/// Attributes of class objects that are not namespace entries.
pub fn type_attr(vm: &mut Vm, cls: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let td = cls.as_type().expect("a type");
    Ok(match name {
        "__name__" => Some(vm.new_str(td.short_name())),
        "__qualname__" => Some(vm.new_str(td.qualname.borrow().clone())),
        "__base__" => {
            let bases = td.bases.borrow().clone();
            match bases.first() {
                None => Some(Value::None),
                Some(first) if td.builtin => Some(Value::Obj(first.clone())),
                Some(_) => Some(Value::Obj(best_base(vm, &bases)?)),
            }
        }
        "__doc__" => Some(Value::None),
        "__module__" => Some(vm.new_str("builtins")),
        "__basicsize__" => Some(Value::Int(16)),
        _ => None,
    })
}

/// Recompute `has_finalizer` (a `__del__` anywhere in the MRO) for `cls` and its subclasses.
pub fn update_finalizer_flag(vm: &Vm, cls: &PyRef) {
    let Some(td) = cls.as_type() else { return };
    td.has_finalizer.set(lookup_type(cls, &vm.names.__del__).is_some());
    let subs: Vec<PyRef> = td.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for s in subs {
        update_finalizer_flag(vm, &s);
    }
}

impl Vm {
    /// The innermost running frame. The pointer is valid while that frame executes: frames push
    /// themselves in `run_frame` and pop before returning.
    pub fn current_frame(&self) -> Option<*const Frame> {
        self.frames.last().copied()
    }
}

/// Look a name up on a class for `super()` starting after `start` in `obj_type`'s MRO.
pub fn super_lookup(obj_type: &PyRef, start: &PyRef, name: &PyRef) -> Option<Value> {
    let mro = obj_type.as_type()?.mro.borrow().clone();
    let pos = mro.iter().position(|c| Rc::ptr_eq(c, start))?;
    for c in &mro[pos + 1..] {
        if let Some(d) = c.dict()
            && let Some(v) = dict_ops::get_str(&d, name)
        {
            return Some(v);
        }
    }
    let _ = lookup_type;
    None
}
