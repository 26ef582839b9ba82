//! Ferrython's compiler: Python source to [`CodeObject`]s.
//!
//! Parsing is crates.io `ruff_python_parser` (pinned); this crate turns its AST into bytecode with
//! Python's scoping rules (a symbol table pass, then code generation) and can disassemble the result.
//! It owns the bytecode format ([`bytecode`]) that the VM executes, and must never depend on the VM.

pub mod anchors;
pub mod bytecode;

pub use bytecode::{CodeObject, Constant, Instruction, Location};

/// What the source is compiled as (`compile()`'s `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` string: a sequence of statements.
    Exec,
    /// A single expression whose value the code returns.
    Eval,
    /// One interactive statement: expression statements print their value (`PrintExpr`).
    Single,
}

/// The class of a compile error, as the Python exception it becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A syntax error with the attributes CPython's `SyntaxError` carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column in characters (CPython's `offset`).
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line the error is on, with its newline (CPython's `text`), if known.
    pub text: Option<String>,
}
