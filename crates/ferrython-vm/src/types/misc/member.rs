//! `member_descriptor` (Objects/descrobject.c's `PyMemberDescr_Type`): what `__slots__` puts in a
//! class's namespace for each slot. It is a data descriptor reading and writing one value of the
//! instance's slot storage (`PyObject::slot_storage`).

use crate::PyResult;
use crate::object::{MemberData, Payload, PyObject};
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::is_subtype;

pub fn init(vm: &mut Vm) {
    let ty = vm.types.member_descriptor.clone();
    vm.add_method(&ty, "__get__", member_get_method);
    vm.add_method(&ty, "__set__", member_set_method);
    vm.add_method(&ty, "__delete__", member_delete_method);
    vm.add_method(&ty, "__repr__", member_repr);
}

/// A member descriptor for slot `index` named `name` (already mangled) of class `owner`.
pub fn new_member(vm: &Vm, name: PyRef, owner: PyRef, index: usize) -> Value {
    Value::Obj(PyObject::new(vm.types.member_descriptor.clone(), Payload::Member(Box::new(MemberData { name, owner, index }))))
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
        Value::Obj(o) if is_subtype(&o.class(), &m.owner) && o.slot_storage().is_some() => Ok(o),
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

fn member_get_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
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
    let [this, obj, value] = args.args else {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.args.len().saturating_sub(1))));
    };
    let m = data_of(vm, this, "__set__")?;
    member_set(vm, m, obj, Some(value.clone()))?;
    Ok(Value::None)
}

fn member_delete_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, obj] = args.args else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.args.len().saturating_sub(1))));
    };
    let m = data_of(vm, this, "__delete__")?;
    member_set(vm, m, obj, None)?;
    Ok(Value::None)
}

fn member_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let m = data_of(vm, &this, "__repr__")?;
    Ok(vm.new_str(format!("<member '{}' of '{}' objects>", name_of(m), owner_name(m))))
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
