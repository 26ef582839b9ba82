//! Ferrython's compiler: Python source to [`CodeObject`]s.
//!
//! Parsing is crates.io `ruff_python_parser` (pinned); this crate turns its AST into bytecode with
//! Python's scoping rules (a symbol table pass, then code generation) and can disassemble the result.
//! It owns the bytecode format ([`bytecode`]) that the VM executes, and must never depend on the VM.
//!
//! The entry point is [`compile`]; [`disassemble`] renders a code object for humans and golden tests;
//! [`codeop::compile_command`] decides, line by line, when a statement typed at the prompt is complete.

pub mod anchors;
pub mod bytecode;
pub mod cache_file;
mod codegen;
pub mod codeop;
pub mod dis;
mod error;
mod future;
mod parse_error;
mod prescan;
mod source_map;
pub mod stack;
mod symtable;
mod teardown;

use std::rc::Rc;

use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{ParseOptions, parse_unchecked};

pub use bytecode::{CodeObject, Constant, Instruction, Location};
pub use dis::disassemble;
pub use stack::max_stack_depth;

use source_map::SourceMap;

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
    /// Source nested too deeply to compile ("maximum recursion depth exceeded during compilation");
    /// `lineno`/`offset` are 0 and `text` is `None`, as CPython's `RecursionError` has no position.
    RecursionError,
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
    /// CPython's compiler proper (symbol table and code generation errors such as "'return'
    /// outside function") reads `text` from the file named `filename` (`PyErr_ProgramTextObject`)
    /// instead of the source it compiles: `compile(src, "<string>", "exec")` gives `text` None.
    /// When set, the embedder should take `text` from that file, or use None if it cannot.
    pub text_from_file: bool,
}

/// Compile `source` (named `filename` in tracebacks) to a code object named `<module>`.
///
/// `Exec` compiles statements, `Eval` one expression whose value the code returns, `Single` one
/// interactive statement whose expression statements print their values. Errors are CPython's
/// `SyntaxError`/`IndentationError`/`TabError` with its messages and positions; source nested too
/// deeply gives [`CompileErrorKind::RecursionError`] instead of overflowing the stack.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    let map = SourceMap::new(source);
    // CPython's tokenizer rejects some sources before parsing (too many nested brackets or
    // indentation levels); doing the same keeps the parser's AST shallow.
    if let Some(err) = prescan::check_limits(&map, filename) {
        return Err(err);
    }
    let parse_mode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let options = ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    let mut max_depth = 0;
    let result = if let Some(first) = parsed.errors().first() {
        Err(parse_error::convert(first, &map, filename, parsed.tokens()))
    } else if let Some(unsupported) = parsed.unsupported_syntax_errors().first() {
        Err(parse_error::unsupported(unsupported, &map, filename))
    } else if let Some(tab) = prescan::tab_error(&map, filename) {
        Err(tab)
    } else {
        compile_ast(parsed.syntax(), &map, filename, mode, &mut max_depth)
    };
    // Dropping a very deep AST recursively could overflow the stack: take it apart first.
    let deep = max_depth > SHALLOW_DEPTH || result.as_ref().is_err_and(|e| e.kind == CompileErrorKind::RecursionError || !parsed.errors().is_empty());
    if deep {
        teardown::dismantle(parsed.into_syntax());
    }
    result.map(Rc::new)
}

/// ASTs nested deeper than this are taken apart before dropping (see `teardown`).
const SHALLOW_DEPTH: u32 = 200;

fn compile_ast(ast: &Mod, map: &SourceMap<'_>, filename: &str, mode: Mode, max_depth: &mut u32) -> Result<CodeObject, CompileError> {
    match ast {
        Mod::Module(m) => {
            if mode == Mode::Single && !is_single_statement(&m.body, map) {
                return Err(single_mode_error(&m.body, map, filename));
            }
            let future_annotations = future::check(&m.body, map, filename)?;
            let table = symtable::build(symtable::builder::Root::Module(&m.body), map, filename, future_annotations)?;
            *max_depth = table.max_depth;
            codegen::Compiler::new(&table, map, filename, mode, future_annotations).compile_module(&m.body)
        }
        Mod::Expression(e) => {
            let table = symtable::build(symtable::builder::Root::Expression(&e.body), map, filename, false)?;
            *max_depth = table.max_depth;
            codegen::Compiler::new(&table, map, filename, mode, false).compile_expression(&e.body)
        }
    }
}

/// `single` mode accepts one statement, or several simple statements on one line (`a = 1; a`), as
/// CPython's `statement_newline` rule.
fn is_single_statement(body: &[ruff_python_ast::Stmt], map: &SourceMap<'_>) -> bool {
    use ruff_python_ast::Stmt;
    use ruff_text_size::Ranged;
    let [first, rest @ ..] = body else {
        return true;
    };
    let line = map.line_col(first.range().start()).0;
    let simple = |s: &Stmt| {
        !matches!(
            s,
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::For(_) | Stmt::While(_) | Stmt::If(_) | Stmt::With(_) | Stmt::Match(_) | Stmt::Try(_)
        )
    };
    rest.is_empty() || (simple(first) && rest.iter().all(|s| simple(s) && map.line_col(s.range().start()).0 == line))
}

/// CPython's error for `single` input holding more than one statement: after a simple statement,
/// "multiple statements found..." at the end of its line; after a compound one, "invalid syntax" at
/// the next statement.
fn single_mode_error(body: &[ruff_python_ast::Stmt], map: &SourceMap<'_>, filename: &str) -> CompileError {
    use ruff_text_size::{Ranged, TextRange, TextSize};
    let first = &body[0];
    let compound = !matches!(
        first,
        ruff_python_ast::Stmt::Expr(_)
            | ruff_python_ast::Stmt::Assign(_)
            | ruff_python_ast::Stmt::AugAssign(_)
            | ruff_python_ast::Stmt::AnnAssign(_)
            | ruff_python_ast::Stmt::Pass(_)
            | ruff_python_ast::Stmt::Break(_)
            | ruff_python_ast::Stmt::Continue(_)
            | ruff_python_ast::Stmt::Return(_)
            | ruff_python_ast::Stmt::Raise(_)
            | ruff_python_ast::Stmt::Global(_)
            | ruff_python_ast::Stmt::Nonlocal(_)
            | ruff_python_ast::Stmt::Import(_)
            | ruff_python_ast::Stmt::ImportFrom(_)
            | ruff_python_ast::Stmt::Assert(_)
            | ruff_python_ast::Stmt::Delete(_)
    );
    if compound {
        let start = body[1].range().start();
        let len = prescan::token_len(&map.source()[usize::from(start)..]) as u32;
        return CompileError::spanning(CompileErrorKind::SyntaxError, "invalid syntax", map, filename, TextRange::at(start, TextSize::from(len)));
    }
    let (line, _) = map.line_col(first.range().end());
    let line_text = map.line_text(line).unwrap_or_default();
    let end = map.line_start(line) + line_text.trim_end_matches(['\n', '\r']).len() as u32;
    CompileError::spanning(
        CompileErrorKind::SyntaxError,
        "multiple statements found while compiling a single statement",
        map,
        filename,
        TextRange::empty(TextSize::from(end)),
    )
}
