//! Native modules beyond the core (`math`, `time`, `os`, ...), registered with a VM by `register`.
//! Depends on the VM only.

pub mod math;
pub mod os;
pub mod posixpath;
mod pyargs;
pub mod re;
pub mod time;

use ferrython_vm::Vm;

/// Make this crate's modules importable in `vm`.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("math".into(), math::init);
    vm.native_modules.insert("os".into(), os::init);
    vm.native_modules.insert("posixpath".into(), posixpath::init);
    vm.native_modules.insert("time".into(), time::init);
    vm.native_modules.insert("_sre".into(), re::init_sre);
    vm.native_modules.insert("re".into(), re::init_re);
}
