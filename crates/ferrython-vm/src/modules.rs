//! Native modules that live in the VM crate (`sys`), and helpers for native modules elsewhere.

pub mod atexit;
pub mod gc;
pub mod importlib;
pub mod sys;
pub mod types;
pub mod weakref;

use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// An `OSError` (the errno-specific subclass) from a Rust I/O error, as CPython builds it.
pub fn os_error_from_io(vm: &Vm, e: &std::io::Error, filename: Option<Value>) -> crate::PyErr {
    let errno = e.raw_os_error();
    let strerror = match errno {
        Some(n) => strerror(n),
        None => e.to_string(),
    };
    let cls: PyRef = errno.and_then(|n| crate::types::exception::os_error_subclass(vm, n as i64)).unwrap_or_else(|| vm.exc.os_error.clone());
    let mut args = vec![errno.map_or(Value::None, |n| Value::Int(n as i64)), vm.new_str(strerror.clone())];
    let exc = vm.new_exception_obj(&cls, args.clone());
    if let Some(d) = exc.dict() {
        crate::vm::dict_ops::set_str_raw(&d, &vm.names.errno, args.remove(0));
        crate::vm::dict_ops::set_str_raw(&d, &vm.names.strerror, vm.new_str(strerror));
        crate::vm::dict_ops::set_str_raw(&d, &vm.names.filename, filename.unwrap_or(Value::None));
        crate::vm::dict_ops::set_str_raw(&d, &vm.names.filename2, Value::None);
    }
    crate::PyErr::new(exc)
}

/// C's `strerror` text (glibc wording, as CPython shows it on Linux).
pub fn strerror(n: i32) -> String {
    let s = std::io::Error::from_raw_os_error(n).to_string();
    // Rust appends " (os error N)".
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
