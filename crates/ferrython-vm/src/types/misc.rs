//! The remaining built-in types: `property`, `staticmethod`/`classmethod`, `super`, the singletons'
//! types (`NoneType`, `NotImplementedType`, `ellipsis`) and `module`. One file each under `misc/`.

pub mod methods;
pub mod module;
pub mod property;
pub mod singletons;
pub mod super_;

use crate::object::Payload;
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    property::init(vm);
    methods::init(vm);
    super_::init(vm);
    singletons::init(vm);
    module::init(vm);
}

/// Attributes of the remaining built-in objects that are not namespace entries.
pub fn special_attr(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    match &o.payload {
        Payload::Property(_) => property::property_attr(vm, o, name),
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => {
            let f = f.borrow().clone();
            methods::wrapper_attr(vm, &f, name)
        }
        Payload::Super(_) => super_::super_attr(vm, o, name),
        Payload::Module => module::module_getattr_hook(vm, o, name),
        Payload::File(_) => crate::types::file::file_attr(vm, o, name),
        _ => Ok(None),
    }
}

/// Put a computed attribute in a built-in type's namespace: a `property` whose getter is `get`, so
/// it takes precedence over `object`'s namespace entries (CPython's getset descriptors).
pub fn add_getset(vm: &mut Vm, ty: &PyRef, name: &'static str, get: NativeFn) {
    let f = vm.new_native(name, get, BuiltinKind::Function, Some(ty.clone()));
    let p = property::new_property(vm, [Value::Obj(f), Value::None, Value::None, Value::None]);
    vm.set_type_attr(ty, name, p);
}
