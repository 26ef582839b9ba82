//! Native storage of the built-in object types, one type per file.

pub mod code;
pub mod dict;
pub mod exception;
pub mod file;
pub mod function;
pub mod generator;
pub mod iter;
pub mod set;
pub mod str;
pub mod types;
pub mod weakref;
