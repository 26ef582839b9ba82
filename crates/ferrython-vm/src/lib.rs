//! Ferrython's virtual machine: values and the heap, the built-in types, frames and the interpreter
//! loop, exceptions and tracebacks, `builtins`, `sys` and the import system.
//!
//! It depends on the compiler (for the bytecode format and to compile `exec`/`eval`/imports) and on
//! nothing above it: native modules beyond the core live in `ferrython-stdlib`, the command line and
//! the embedding API in `ferrython`.

pub mod builtins;
pub mod error;
pub mod format;
pub mod gc;
pub mod import;
pub mod modules;
pub mod object;
pub mod objects;
pub mod run;
pub mod runpy;
pub mod signals;
pub mod types;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use value::{PyRef, Value};
pub use vm::Vm;
