//! The error type of every fallible VM operation: a raised Python exception.

use crate::value::PyRef;

/// A raised Python exception (an instance of a `BaseException` subclass).
#[derive(Clone)]
pub struct PyErr {
    pub exc: PyRef,
}

impl PyErr {
    pub fn new(exc: PyRef) -> PyErr {
        PyErr { exc }
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr(<{}>)", self.exc.class().as_type().map(|t| t.name()).unwrap_or_default())
    }
}

pub type PyResult<T = crate::value::Value> = Result<T, PyErr>;
