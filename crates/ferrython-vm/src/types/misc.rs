//! The remaining built-in types: `property`, `staticmethod`/`classmethod`, `super`, the singletons'
//! types (`NoneType`, `NotImplementedType`, `ellipsis`) and `module`. One file each under `misc/`.

pub mod getset;
pub mod member;
pub mod methods;
pub mod module;
pub mod property;
pub mod singletons;
pub mod super_;

pub use getset::add_getset;

use crate::PyResult;
use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    property::init(vm);
    methods::init(vm);
    super_::init(vm);
    singletons::init(vm);
    module::init(vm);
    getset::init(vm);
    member::init(vm);
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
        Payload::Member(_) => Ok(member::member_attr(vm, o, name)),
        _ => Ok(None),
    }
}
