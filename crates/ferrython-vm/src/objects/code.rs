//! Runtime code objects: the compiler's `CodeObject` plus its constants and names as Python values.

use std::rc::Rc;

use ferrython_compiler::CodeObject;

use crate::value::{PyRef, Value};

pub struct PyCode {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// `co_names` as interned str objects.
    pub names: Vec<PyRef>,
    pub varnames: Vec<PyRef>,
    /// Python-visible `co_name`, `co_qualname`, `co_filename`.
    pub name: PyRef,
    pub qualname: PyRef,
    pub filename: PyRef,
}

impl PyCode {
    #[inline]
    pub fn is_generator(&self) -> bool {
        self.code.has_flag(ferrython_compiler::bytecode::code_flags::GENERATOR)
    }
}
