//! Compiling what is typed at the interactive prompt, one line at a time: is the text so far a
//! complete statement, the beginning of one (the prompt shows `... ` and reads another line), or an
//! error? CPython's `codeop.compile_command` decides this with the compiler flags
//! `PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT`; its prompt decides it in the interactive
//! tokenizer, which asks for another line when the parser needs one. The two agree except after an
//! empty line (codeop keeps asking after `def f():` and an empty line, `@dec` and an empty line, or
//! `try:` ... and an empty line; the prompt reports the error), and there this follows the prompt,
//! which is what a person sees. `tests/codeop` checks it against the prompt of CPython 3.11.
//!
//! Input is *incomplete* when it ends inside brackets, inside a triple-quoted string or after a
//! backslash continuation; when the parser ran out of input (a block header without its block,
//! `try:` without `except`, a decorator without its definition); and when it is one compound
//! statement not yet ended by a totally empty line (CPython's tokenizer ends a block at the prompt
//! only on a line with nothing on it: lines of spaces or comments are skipped). An empty line ends
//! the statement, so after one the parser's complaint is the error (`def f():` then an empty line is
//! "expected an indented block"), unless brackets or a string are still open.

use std::rc::Rc;

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Mod, PythonVersion, Stmt};
use ruff_python_parser::{LexicalErrorType, ParseErrorType, ParseOptions, parse_unchecked};
use ruff_text_size::Ranged;

use crate::{CodeObject, CompileError, Mode, compile, teardown};

/// Compile the lines typed so far (each ending in `\n`) in `single` mode: `Ok(None)` when more input
/// is needed, `Ok(Some(code))` for a complete statement, `Err` for a syntax error. `end_of_input`
/// (Ctrl-D on a continuation line) compiles what there is, complete or not, as CPython's tokenizer
/// does at end of file.
///
/// ```
/// use ferrython_compiler::codeop::compile_command;
/// assert!(compile_command("def f():\n", "<stdin>", false).unwrap().is_none());
/// assert!(compile_command("def f():\n    return 1\n\n", "<stdin>", false).unwrap().is_some());
/// assert_eq!(compile_command("1 +\n", "<stdin>", false).unwrap_err().msg, "invalid syntax");
/// ```
pub fn compile_command(source: &str, filename: &str, end_of_input: bool) -> Result<Option<Rc<CodeObject>>, CompileError> {
    // codeop: input of only blank lines and comments is `pass` (the prompt just asks again).
    if source.lines().all(|line| line.trim_start().is_empty() || line.trim_start().starts_with('#')) {
        return compile("pass\n", filename, Mode::Single).map(Some);
    }
    if !end_of_input && is_incomplete(source) {
        return Ok(None);
    }
    compile(source, filename, Mode::Single).map(Some)
}

/// Whether `source` is the beginning of a statement rather than a statement or an error.
fn is_incomplete(source: &str) -> bool {
    let options = ParseOptions::from(ruff_python_parser::Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    let len = source.len();
    let last_line_empty = source == "\n" || source.ends_with("\n\n") || source.ends_with("\n\r\n");
    let incomplete = match parsed.errors().first() {
        Some(err) => {
            let (start, end) = (usize::from(err.location.start()), usize::from(err.location.end()));
            match &err.error {
                // The tokenizer reached the end inside brackets or after a backslash.
                ParseErrorType::Lexical(LexicalErrorType::Eof) => true,
                // A string still open at the end: triple-quoted, or continued with a backslash.
                ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => end >= len,
                ParseErrorType::Lexical(LexicalErrorType::FStringError(_)) if start >= len => true,
                _ if last_line_empty => false,
                // Ruff reports a missing block at the header's newline; lines of spaces or comments
                // after it do not end the statement.
                ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block") => start >= content_end(&parsed),
                // The parser needed more tokens than there were.
                _ => start >= len,
            }
        }
        None => {
            !last_line_empty
                && matches!(parsed.syntax(), Mod::Module(m) if matches!(
                    m.body.as_slice(),
                    [Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::If(_) | Stmt::For(_) | Stmt::While(_) | Stmt::With(_) | Stmt::Try(_) | Stmt::Match(_)]
                ))
        }
    };
    teardown::dismantle(parsed.into_syntax());
    incomplete
}

/// End of the last token that is not a comment, newline or indentation change.
fn content_end(parsed: &ruff_python_parser::Parsed<Mod>) -> usize {
    parsed
        .tokens()
        .iter()
        .rev()
        .find(|t| {
            !matches!(
                t.kind(),
                TokenKind::Comment | TokenKind::Newline | TokenKind::NonLogicalNewline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndOfFile
            )
        })
        .map_or(0, |t| usize::from(t.end()))
}
