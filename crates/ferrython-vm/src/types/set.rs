//! `set`: methods of the built-in type.

use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let _ = vm;
}
