//! `property` (Objects/descrobject.c): `fget`/`fset`/`fdel`/`doc`, the `getter`/`setter`/`deleter`
//! copies, `__get__`/`__set__`/`__delete__`, `__set_name__`. Attribute access on instances goes
//! through `vm/attr.rs`, which calls the accessors directly.

use std::cell::RefCell;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// Slots of `Payload::Property`.
const FGET: usize = 0;
const FSET: usize = 1;
const FDEL: usize = 2;
const DOC: usize = 3;
const NAME: usize = 4;

pub fn init(vm: &mut Vm) {
    let ty = vm.types.property.clone();
    vm.add_native(&ty, "__new__", property_new, BuiltinKind::StaticMethod);
    vm.add_method(&ty, "__init__", property_init);
    vm.add_method(&ty, "getter", property_getter);
    vm.add_method(&ty, "setter", property_setter);
    vm.add_method(&ty, "deleter", property_deleter);
    vm.add_method(&ty, "__get__", property_get);
    vm.add_method(&ty, "__set__", property_set);
    vm.add_method(&ty, "__delete__", property_delete);
    vm.add_method(&ty, "__set_name__", property_set_name);
    super::add_getset(vm, &ty, "__doc__", property_doc, None);
}

pub fn new_property(vm: &Vm, slots: [Value; 4]) -> Value {
    let [fget, fset, fdel, doc] = slots;
    let cells = [RefCell::new(fget), RefCell::new(fset), RefCell::new(fdel), RefCell::new(doc), RefCell::new(Value::None)];
    Value::Obj(PyObject::new(vm.types.property.clone(), Payload::Property(Box::new(cells))))
}

fn slots_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [RefCell<Value>; 5]> {
    match v.payload() {
        Some(Payload::Property(p)) => Ok(p),
        _ => Err(vm.type_error(format!("descriptor requires a 'property' object but received a '{}'", vm.type_name(v)))),
    }
}

/// `property.__new__(cls, ...)`: an empty property of class `cls` (`__init__` fills it); a
/// subclass's instances also get a `__dict__`.
fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = new_property(vm, [Value::None, Value::None, Value::None, Value::None]);
    if let (Some(Value::Obj(cls)), Value::Obj(o)) = (args.args.first(), &p)
        && let Some(td) = cls.as_type()
        && !td.builtin
    {
        if !crate::vm::attr::is_subtype(cls, &vm.types.property) {
            return Err(vm.type_error(format!("property.__new__({}): {} is not a subtype of property", td.name(), td.name())));
        }
        let Payload::Property(cells) = &o.payload else { unreachable!("a new property") };
        let cells: [RefCell<Value>; 5] = std::array::from_fn(|i| RefCell::new(cells[i].borrow().clone()));
        let payload = Payload::Property(Box::new(cells));
        let obj = if td.has_instance_dict { PyObject::with_dict(cls.clone(), payload, vm.new_dict()) } else { PyObject::new(cls.clone(), payload) };
        return Ok(Value::Obj(obj));
    }
    Ok(p)
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`; the doc defaults to `fget.__doc__`.
fn property_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("property.__init__ needs an argument"));
    };
    let rest = Args { args: &args.args[1..], kwnames: args.kwnames };
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    // property() is not an Argument Clinic function: its keyword error is worded differently.
    if let Some(k) = rest.kwnames.iter().filter_map(Vm::str_of).find(|k| !NAMES.contains(k)) {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for property()")));
    }
    let [fget, fset, fdel, doc] = rest.bind::<4>(vm, "property", NAMES, 0)?;
    let fget = fget.unwrap_or(Value::None);
    let mut doc = doc.unwrap_or(Value::None);
    if doc.is_none() && !fget.is_none() {
        let name = vm.names.__doc__.clone();
        doc = match vm.getattr(&fget, &name) {
            Ok(d) => d,
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Value::None,
            Err(e) => return Err(e),
        };
    }
    let p = slots_of(vm, this)?;
    *p[FGET].borrow_mut() = fget;
    *p[FSET].borrow_mut() = fset.unwrap_or(Value::None);
    *p[FDEL].borrow_mut() = fdel.unwrap_or(Value::None);
    *p[DOC].borrow_mut() = doc;
    Ok(Value::None)
}

/// A copy of the property with one accessor replaced (`property_copy`): the doc is recomputed from
/// the new getter when the old one came from the old getter.
fn copy_with(vm: &mut Vm, args: Args, slot: usize, what: &str) -> PyResult<Value> {
    let [this, func] = args.args else {
        return Err(vm.type_error(format!("{what}() takes exactly one argument ({} given)", args.args.len().saturating_sub(1))));
    };
    let p = slots_of(vm, this)?;
    let mut vals: Vec<Value> = (0..4).map(|i| p[i].borrow().clone()).collect();
    let name = p[NAME].borrow().clone();
    let old_fget = vals[FGET].clone();
    vals[slot] = func.clone();
    if slot == FGET && !old_fget.is_none() {
        let doc_name = vm.names.__doc__.clone();
        let old_doc = vm.getattr(&old_fget, &doc_name).unwrap_or(Value::None);
        if old_doc.is(&vals[DOC]) {
            vals[DOC] = Value::None;
        }
    }
    let cls = Value::Obj(vm.class_of(this));
    let new = vm.call(&cls, &vals, &[])?;
    if let Some(Payload::Property(q)) = new.payload() {
        *q[NAME].borrow_mut() = name;
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    copy_with(vm, args, FGET, "getter")
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    copy_with(vm, args, FSET, "setter")
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    copy_with(vm, args, FDEL, "deleter")
}

/// CPython's "property 'x' of 'C' object has no getter" (the name only once `__set_name__` ran).
pub fn no_accessor_error(vm: &mut Vm, prop: &Value, obj: &Value, what: &str) -> crate::PyErr {
    let cls = vm.class_of(obj);
    let qual = cls.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    let name = match prop.payload() {
        Some(Payload::Property(p)) => p[NAME].borrow().clone(),
        _ => Value::None,
    };
    let msg = match Vm::str_of(&name) {
        Some(n) => format!("property '{n}' of '{qual}' object has no {what}"),
        None => format!("property of '{qual}' object has no {what}"),
    };
    match name.as_obj() {
        Some(n) => vm.attribute_error(obj, &n.clone(), msg),
        None => vm.new_error(&vm.exc.attribute_error, msg),
    }
}

pub(crate) fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, obj) = match args.args {
        [this, obj] | [this, obj, _] => (this, obj),
        _ => {
            return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", args.args.len().saturating_sub(1))));
        }
    };
    if obj.is_none() {
        return Ok(this.clone());
    }
    let fget = slots_of(vm, this)?[FGET].borrow().clone();
    if fget.is_none() {
        return Err(no_accessor_error(vm, this, obj, "getter"));
    }
    vm.call(&fget, std::slice::from_ref(obj), &[])
}

pub(crate) fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, obj, value] = args.args else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.args.len().saturating_sub(1))));
    };
    let fset = slots_of(vm, this)?[FSET].borrow().clone();
    if fset.is_none() {
        return Err(no_accessor_error(vm, this, obj, "setter"));
    }
    vm.call(&fset, &[obj.clone(), value.clone()], &[])?;
    Ok(Value::None)
}

pub(crate) fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, obj] = args.args else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.args.len().saturating_sub(1))));
    };
    let fdel = slots_of(vm, this)?[FDEL].borrow().clone();
    if fdel.is_none() {
        return Err(no_accessor_error(vm, this, obj, "deleter"));
    }
    vm.call(&fdel, std::slice::from_ref(obj), &[])?;
    Ok(Value::None)
}

fn property_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, _owner, name] = args.args else {
        return Err(vm.type_error(format!("__set_name__() takes 2 positional arguments but {} were given", args.args.len().saturating_sub(1))));
    };
    *slots_of(vm, this)?[NAME].borrow_mut() = name.clone();
    Ok(Value::None)
}

fn property_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Ok(Value::None);
    };
    Ok(slots_of(vm, this)?[DOC].borrow().clone())
}

/// `fget`, `fset`, `fdel`, `__isabstractmethod__`.
pub fn property_attr(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let Payload::Property(p) = &o.payload else {
        return Ok(None);
    };
    let slot = match name {
        "fget" => FGET,
        "fset" => FSET,
        "fdel" => FDEL,
        "__isabstractmethod__" => {
            // True when any accessor is abstract (property_get___isabstractmethod__).
            let accessors: Vec<Value> = p[..3].iter().map(|c| c.borrow().clone()).collect();
            for f in accessors {
                if super::methods::is_abstract(vm, &f)? {
                    return Ok(Some(Value::Bool(true)));
                }
            }
            return Ok(Some(Value::Bool(false)));
        }
        _ => return Ok(None),
    };
    Ok(Some(p[slot].borrow().clone()))
}
