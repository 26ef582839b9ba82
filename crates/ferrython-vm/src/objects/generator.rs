//! Generators: a suspended frame.

use crate::value::{PyRef, Value};
use crate::vm::frame::Frame;

pub struct GeneratorData {
    /// `None` while running or after finishing.
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub finished: bool,
    pub started: bool,
    pub name: Value,
    pub qualname: Value,
    /// The code object (for `gi_code`).
    pub code: PyRef,
}
