//! `member_descriptor` (Objects/descrobject.c's `PyMemberDescr_Type`): what `__slots__` puts in a
//! class's namespace for each slot. It is a data descriptor reading and writing one value of the
//! instance's slot storage (`PyObject::slot_storage`).
//!
//! The same payload with the indexes `DICT_SLOT` and `WEAKREF_SLOT` is the `getset_descriptor`
//! that a class whose instances gain a `__dict__` (or weak references) gets under `__dict__`
//! (`__weakref__`), as CPython's `subtype_getsets`.

use crate::PyResult;
use crate::object::{MemberData, Payload, PyObject};
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::is_subtype;

/// The index of a class's `__dict__` descriptor.
pub const DICT_SLOT: usize = usize::MAX;
/// The index of a class's `__weakref__` descriptor.
pub const WEAKREF_SLOT: usize = usize::MAX - 1;

pub fn init(vm: &mut Vm) {
    for ty in [vm.types.member_descriptor.clone(), vm.types.getset_descriptor.clone()] {
        vm.add_method(&ty, "__get__", member_get_method);
        vm.add_method(&ty, "__set__", member_set_method);
        vm.add_method(&ty, "__delete__", member_delete_method);
        vm.add_method(&ty, "__repr__", member_repr);
        super::add_getset(vm, &ty, "__doc__", member_doc, None);
    }
}

/// `__doc__`: None for a slot; the texts of CPython's `subtype_getsets` for `__dict__` and
/// `__weakref__`.
fn member_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = match args.args.first().and_then(Value::payload) {
        Some(Payload::Member(m)) if m.index == DICT_SLOT => "dictionary for instance variables (if defined)",
        Some(Payload::Member(m)) if m.index == WEAKREF_SLOT => "list of weak references to the object (if defined)",
        _ => return Ok(Value::None),
    };
    Ok(vm.new_str(text))
}

/// A member descriptor for slot `index` named `name` (already mangled) of class `owner`, or the
/// class's `__dict__`/`__weakref__` descriptor for `DICT_SLOT`/`WEAKREF_SLOT`.
pub fn new_member(vm: &Vm, name: PyRef, owner: PyRef, index: usize) -> Value {
    let cls = if index >= WEAKREF_SLOT { &vm.types.getset_descriptor } else { &vm.types.member_descriptor };
    Value::Obj(PyObject::new(cls.clone(), Payload::Member(Box::new(MemberData { name, owner, index }))))
}

fn data_of<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a MemberData> {
    match v.payload() {
        Some(Payload::Member(m)) => Ok(m),
        _ => Err(vm.type_error(format!("descriptor '{method}' for 'member_descriptor' objects doesn't apply to a '{}' object", vm.type_name(v)))),
    }
}

fn name_of(m: &MemberData) -> &str {
    m.name.as_str().map_or("", |s| s.as_str())
}

fn owner_name(m: &MemberData) -> String {
    m.owner.as_type().map(|t| t.name()).unwrap_or_default()
}

/// CPython's `descr_check`: the instance must be of the class that declared the slot.
fn check_instance<'a>(vm: &Vm, m: &MemberData, obj: &'a Value) -> PyResult<&'a PyRef> {
    match obj {
        Value::Obj(o) if is_subtype(&o.class(), &m.owner) && (m.index >= WEAKREF_SLOT || o.slot_storage().is_some()) => Ok(o),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name_of(m),
            owner_name(m),
            vm.type_name(obj)
        ))),
    }
}

/// `descr.__get__(obj)`: the slot's value, AttributeError while it is unset.
pub fn member_get(vm: &Vm, m: &MemberData, obj: &Value) -> PyResult<Value> {
    let o = check_instance(vm, m, obj)?;
    match m.index {
        DICT_SLOT => {
            // Once Python code holds the instance dict, CPython's collector sees it as an object
            // of its own (see `gc/count.rs`).
            let d = o.dict();
            if let Some(d) = &d {
                d.flags.set(d.flags.get() | crate::gc::DICT_EXPOSED);
            }
            return Ok(d.map_or(Value::None, Value::Obj));
        }
        WEAKREF_SLOT => return Ok(Value::None),
        _ => {}
    }
    let value = o.slot_storage().and_then(|s| s.borrow().get(m.index).cloned().flatten());
    match value {
        Some(v) => Ok(v),
        None => {
            let name = m.name.clone();
            Err(vm.attribute_error(obj, &name, format!("'{}' object has no attribute '{}'", vm.type_name(obj), name_of(m))))
        }
    }
}

/// `descr.__set__(obj, value)`, or `descr.__delete__(obj)` when `value` is None (AttributeError
/// with the bare name when the slot is already unset, as CPython's `PyMember_SetOne`).
pub fn member_set(vm: &Vm, m: &MemberData, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let o = check_instance(vm, m, obj)?;
    match m.index {
        DICT_SLOT => return set_instance_dict(vm, o, value),
        WEAKREF_SLOT => {
            let name = m.name.clone();
            return Err(vm.attribute_error(obj, &name, format!("attribute '__weakref__' of '{}' objects is not writable", owner_name(m))));
        }
        _ => {}
    }
    let Some(storage) = o.slot_storage() else { return Ok(()) };
    let deleting = value.is_none();
    let old = match storage.borrow_mut().get_mut(m.index) {
        Some(slot) => std::mem::replace(slot, value),
        None => None,
    };
    if deleting && old.is_none() {
        let name = m.name.clone();
        return Err(vm.attribute_error(obj, &name, name_of(m).to_string()));
    }
    // The old value is dropped here, after the storage borrow ended.
    drop(old);
    Ok(())
}

/// `obj.__dict__ = d` (`subtype_setdict`): a dict (or subclass); deleting leaves a fresh empty
/// dict, as CPython's lazily recreated one.
pub fn set_instance_dict(vm: &Vm, o: &PyRef, value: Option<Value>) -> PyResult<()> {
    let new = match value {
        None => vm.new_dict(),
        Some(Value::Obj(d)) if d.as_dict().is_some() => d,
        Some(other) => return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(&other)))),
    };
    let old = o.dict.borrow_mut().replace(new);
    drop(old);
    Ok(())
}

/// A native computed attribute of a built-in type (`getset::add_getset`: property-like accessors).
fn is_native_getset(v: Option<&Value>) -> bool {
    matches!(v.and_then(Value::payload), Some(Payload::Property(_)))
}

fn member_get_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if is_native_getset(args.args.first()) {
        return super::property::property_get(vm, args);
    }
    let (this, rest) = match args.args {
        [this, rest @ ..] => (this, rest),
        [] => return Err(vm.type_error("descriptor '__get__' of 'member_descriptor' object needs an argument")),
    };
    let m = data_of(vm, this, "__get__")?;
    match rest {
        [obj] | [obj, _] if !obj.is_none() => member_get(vm, m, obj),
        [_] | [_, _] => Ok(this.clone()),
        _ => Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", rest.len()))),
    }
}

fn member_set_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if is_native_getset(args.args.first()) {
        return super::property::property_set(vm, args);
    }
    let [this, obj, value] = args.args else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.args.len().saturating_sub(1))));
    };
    let m = data_of(vm, this, "__set__")?;
    member_set(vm, m, obj, Some(value.clone()))?;
    Ok(Value::None)
}

fn member_delete_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if is_native_getset(args.args.first()) {
        return super::property::property_delete(vm, args);
    }
    let [this, obj] = args.args else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.args.len().saturating_sub(1))));
    };
    let m = data_of(vm, this, "__delete__")?;
    member_set(vm, m, obj, None)?;
    Ok(Value::None)
}

fn member_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    if let Some(Payload::Property(p)) = this.payload()
        && let Some(Payload::Builtin(get)) = p[0].borrow().payload()
    {
        let owner = get.owner.as_ref().and_then(|o| o.as_type()).map(|t| t.name()).unwrap_or_default();
        return Ok(vm.new_str(format!("<attribute '{}' of '{owner}' objects>", get.name)));
    }
    let m = data_of(vm, &this, "__repr__")?;
    let kind = if m.index >= WEAKREF_SLOT { "attribute" } else { "member" };
    Ok(vm.new_str(format!("<{kind} '{}' of '{}' objects>", name_of(m), owner_name(m))))
}

/// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of a member descriptor.
pub fn member_attr(vm: &mut Vm, o: &PyRef, name: &str) -> Option<Value> {
    let Payload::Member(m) = &o.payload else { return None };
    Some(match name {
        "__name__" => Value::Obj(m.name.clone()),
        "__qualname__" => {
            let q = m.owner.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
            vm.new_str(format!("{q}.{}", name_of(m)))
        }
        "__objclass__" => Value::Obj(m.owner.clone()),
        "__doc__" => Value::None,
        _ => return None,
    })
}
