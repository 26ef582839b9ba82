//! `misc`: methods of the built-in type.

use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let _ = vm;
}

/// Attributes of the remaining built-in objects that are not namespace entries.
pub fn special_attr(vm: &mut Vm, o: &crate::value::PyRef, name: &str) -> crate::PyResult<Option<crate::value::Value>> {
    let _ = (vm, o, name);
    Ok(None)
}
