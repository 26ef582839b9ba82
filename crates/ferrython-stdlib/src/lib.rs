//! Native modules beyond the core (`math`, `time`, `os`, ...), registered with a VM by `register`.
//! Depends on the VM only.

pub mod math;

use ferrython_vm::Vm;

/// Make this crate's modules importable in `vm`.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("math".into(), math::init);
}
