//! The standard library beyond the core, registered with a VM by `register`: native modules
//! (`math`, `time`, `os`, ...) and the Python-written modules of `lib/`, compiled into the binary as
//! frozen modules (see `build.rs`). Depends on the VM only.

pub mod _json;
pub mod _random;
pub mod _sha512;
pub mod asyncio;
pub mod math;
pub mod os;
pub mod posixpath;
mod pyargs;
pub mod re;
pub mod time;

use ferrython_vm::Vm;
use ferrython_vm::import::frozen::FrozenModule;

mod frozen {
    include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
}

/// The folder the frozen modules were built from: `-X frozen_modules=off` imports them from
/// here instead (when it still exists), so an edit is seen without rebuilding.
pub const LIB_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lib");

/// Make this crate's modules importable in `vm`.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("_json".into(), _json::init);
    vm.native_modules.insert("_random".into(), _random::init);
    vm.native_modules.insert("_sha512".into(), _sha512::init);
    vm.native_modules.insert("_asyncio".into(), asyncio::init);
    vm.native_modules.insert("math".into(), math::init);
    vm.native_modules.insert("os".into(), os::init);
    vm.native_modules.insert("posixpath".into(), posixpath::init);
    vm.native_modules.insert("time".into(), time::init);
    for &(name, is_package, source) in frozen::FROZEN {
        vm.import.frozen.modules.insert(name.into(), FrozenModule { source, is_package });
    }
    vm.native_modules.insert("_sre".into(), re::init_sre);
}
