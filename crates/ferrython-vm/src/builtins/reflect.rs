//! Builtins that look at or change objects and namespaces: `isinstance`/`issubclass`, the attribute
//! functions, `callable`, `vars`/`dir`/`globals`/`locals`, `exec`/`eval`/`compile`, `format`/`ascii`.

mod attrs;
mod exec;
pub(crate) mod isinstance;
mod namespace;
mod text;

pub use isinstance::{object_isinstance, object_issubclass};
pub use namespace::sort_values;

use crate::builtins::add_function;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    add_function(vm, "isinstance", isinstance::builtin_isinstance);
    add_function(vm, "issubclass", isinstance::builtin_issubclass);
    add_function(vm, "getattr", attrs::builtin_getattr);
    add_function(vm, "setattr", attrs::builtin_setattr);
    add_function(vm, "hasattr", attrs::builtin_hasattr);
    add_function(vm, "delattr", attrs::builtin_delattr);
    add_function(vm, "callable", attrs::builtin_callable);
    add_function(vm, "vars", namespace::builtin_vars);
    add_function(vm, "dir", namespace::builtin_dir);
    add_function(vm, "globals", namespace::builtin_globals);
    add_function(vm, "locals", namespace::builtin_locals);
    add_function(vm, "exec", exec::builtin_exec);
    add_function(vm, "eval", exec::builtin_eval);
    add_function(vm, "compile", exec::builtin_compile);
    add_function(vm, "format", text::builtin_format);
    add_function(vm, "ascii", text::builtin_ascii);
}
