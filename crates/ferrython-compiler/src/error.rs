//! Building [`CompileError`]s with CPython's positions.

use std::fmt;

use ruff_text_size::TextRange;

use crate::source_map::SourceMap;
use crate::{CompileError, CompileErrorKind};

impl CompileError {
    /// An error spanning `range`, positioned the way CPython reports its compiler and symtable errors
    /// (`offset` is the 1-based character column of the start, `end_offset` that of the end).
    pub(crate) fn spanning(kind: CompileErrorKind, msg: impl Into<String>, map: &SourceMap<'_>, filename: &str, range: TextRange) -> CompileError {
        let (lineno, col) = map.char_col(range.start());
        let (end_lineno, end_col) = map.char_col(range.end());
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset: col + 1,
            end_lineno,
            end_offset: end_col + 1,
            text: map.error_text(lineno),
            text_from_file: false,
        }
    }

    /// An error from CPython's compiler proper (symbol table, code generation, `__future__`), not
    /// its tokenizer or parser: its `text` comes from the file (see [`CompileError::text_from_file`]).
    pub(crate) fn in_compiler(kind: CompileErrorKind, msg: impl Into<String>, map: &SourceMap<'_>, filename: &str, range: TextRange) -> CompileError {
        CompileError { text_from_file: true, ..CompileError::spanning(kind, msg, map, filename, range) }
    }

    /// CPython's `RecursionError` for source nested too deeply to compile.
    pub(crate) fn too_deep(filename: &str) -> CompileError {
        CompileError {
            kind: CompileErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".to_string(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
            text_from_file: false,
        }
    }
}

impl fmt::Display for CompileErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
        })
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.lineno == 0 {
            return write!(f, "{}: {}", self.kind, self.msg);
        }
        write!(f, "{}: {} ({}, line {})", self.kind, self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for CompileError {}
