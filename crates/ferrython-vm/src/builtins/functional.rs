//! Builtins: functional group.

use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let _ = vm;
}
