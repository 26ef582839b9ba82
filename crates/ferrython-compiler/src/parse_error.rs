//! Turning `ruff_python_parser` errors into CPython 3.11's `SyntaxError` wording and positions.
//!
//! CPython's messages come from its tokenizer and from `invalid_*` rules in its PEG grammar; ruff
//! reports the same problems with its own wording. Tokenizer-level problems (unclosed brackets,
//! unterminated strings, indentation) are re-detected by [`crate::prescan`], which mirrors CPython's
//! tokenizer; the rest are mapped here by error type.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{
    LexicalErrorType, ParseError, ParseErrorType, UnsupportedSyntaxError,
};
use ruff_text_size::{TextRange, TextSize};

use crate::prescan;
use crate::source_map::SourceMap;
use crate::{CompileError, CompileErrorKind};

pub(crate) fn convert(err: &ParseError, map: &SourceMap<'_>, filename: &str) -> CompileError {
    // The tokenizer runs ahead of the parser in CPython: its errors win when they come first.
    if let Some(tok_err) = prescan::tokenizer_error(map, filename, err.location.start()) {
        return tok_err;
    }
    let syntax = |msg: &str, range: TextRange| {
        CompileError::spanning(CompileErrorKind::SyntaxError, msg, map, filename, range)
    };
    match &err.error {
        ParseErrorType::UnexpectedIndentation => {
            let mut e = CompileError::spanning(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                map,
                filename,
                err.location,
            );
            e.end_offset = u32::MAX; // CPython reports -1; fixed up below.
            fix_minus_one(e)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Indent,
            ..
        } => expected_indented_block(err.location, map, filename),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => {
            let at = TextRange::empty(previous_token_end(map, err.location.start()));
            syntax("expected ':'", at)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument", err.location)
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument", err.location)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => syntax(
            "positional argument follows keyword argument unpacking",
            err.location,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            err.location,
        ),
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let what = describe_source(map, err.location);
            let text = map.source();
            let after = &text[usize::from(err.location.end()).min(text.len())..];
            let after = after.trim_start_matches([' ', '\t']);
            let msg = if after.starts_with('=') && !after.starts_with("==") && is_statement_start(map, err.location.start()) {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {what}")
            };
            syntax(&msg, err.location)
        }
        ParseErrorType::InvalidDeleteTarget => {
            let what = describe_source(map, err.location);
            syntax(&format!("cannot delete {what}"), err.location)
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let what = describe_source(map, err.location);
            syntax(
                &format!("'{what}' is an illegal expression for augmented assignment"),
                err.location,
            )
        }
        ParseErrorType::FStringError(_) | ParseErrorType::Lexical(LexicalErrorType::FStringError(_)) => {
            syntax(&format!("f-string: {}", fstring_message(&err.error)), err.location)
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let e = CompileError::spanning(
                CompileErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                map,
                filename,
                err.location,
            );
            fix_minus_one(CompileError { end_offset: u32::MAX, ..e })
        }
        _ => {
            let range = if err.location.is_empty() {
                err.location
            } else {
                first_token(map, err.location)
            };
            syntax("invalid syntax", range)
        }
    }
}

fn fstring_message(e: &ParseErrorType) -> String {
    let s = e.to_string();
    s.trim_start_matches("f-string: ").to_string()
}

/// CPython reports `end_offset == -1` for some tokenizer errors; the field is unsigned here, so those
/// become 0 (documented divergence: the VM renders -1 when it sees `u32::MAX`).
fn fix_minus_one(e: CompileError) -> CompileError {
    e
}

pub(crate) fn unsupported(
    err: &UnsupportedSyntaxError,
    map: &SourceMap<'_>,
    filename: &str,
) -> CompileError {
    CompileError::spanning(
        CompileErrorKind::SyntaxError,
        "invalid syntax",
        map,
        filename,
        err.range,
    )
}

/// Name the expression at `range` the way CPython's error messages do ("literal", "function call").
fn describe_source(map: &SourceMap<'_>, range: TextRange) -> &'static str {
    let text = map
        .source()
        .get(usize::from(range.start())..usize::from(range.end()))
        .unwrap_or("");
    match ruff_python_parser::parse_expression(text) {
        Ok(parsed) => crate::codegen::describe_expr(parsed.expr()),
        Err(_) => "expression",
    }
}

fn is_statement_start(map: &SourceMap<'_>, offset: TextSize) -> bool {
    let (line, _) = map.line_col(offset);
    let start = map.line_start(line) as usize;
    map.source()[start..usize::from(offset)]
        .chars()
        .all(|c| c == ' ' || c == '\t')
}

/// The first token of `range` (CPython points at one token for "invalid syntax").
fn first_token(map: &SourceMap<'_>, range: TextRange) -> TextRange {
    let text = map.source();
    let start = usize::from(range.start());
    let end = usize::from(range.end()).min(text.len());
    let slice = &text[start..end];
    let len = prescan::token_len(slice).max(1).min(slice.len());
    TextRange::new(range.start(), range.start() + TextSize::from(len as u32))
}

/// End of the last non-blank text before `offset` (where CPython puts "expected ':'").
fn previous_token_end(map: &SourceMap<'_>, offset: TextSize) -> TextSize {
    let text = map.source();
    let mut i = usize::from(offset).min(text.len());
    let bytes = text.as_bytes();
    while i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'\\') {
        i -= 1;
    }
    TextSize::from(i as u32)
}

/// "expected an indented block after 'if' statement on line 3" (an `IndentationError`).
fn expected_indented_block(at: TextRange, map: &SourceMap<'_>, filename: &str) -> CompileError {
    let text = map.source();
    let (line, _) = map.line_col(at.start());
    // Find the header line: the last non-blank, non-comment line before the error line.
    let mut header = line;
    let mut header_text = "";
    let mut l = line.saturating_sub(1);
    while l >= 1 {
        let t = map.line_text(l).unwrap_or_default();
        let trimmed = t.trim();
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            header = l;
            let start = map.line_start(l) as usize;
            header_text = text[start..].lines().next().unwrap_or("").trim_start();
            break;
        }
        l -= 1;
    }
    if at.start() >= TextSize::from(text.len() as u32) || header == line {
        header = line;
        let start = map.line_start(line) as usize;
        header_text = text[start..].lines().next().unwrap_or("").trim_start();
    }
    let first_word: String = header_text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let what = match first_word.as_str() {
        "def" => format!("function definition on line {header}"),
        "class" => format!("class definition on line {header}"),
        "async" => format!("function definition on line {header}"),
        kw @ ("if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except"
        | "finally" | "match" | "case") => format!("'{kw}' statement on line {header}"),
        _ => format!("statement on line {header}"),
    };
    let msg = format!("expected an indented block after {what}");
    if header == line {
        // At end of input CPython points just past the header's colon.
        let start = map.line_start(line);
        let line_text = map.line_text(line).unwrap_or_default();
        let end = start + line_text.trim_end_matches(['\n', '\r']).len() as u32;
        let mut e = CompileError::spanning(
            CompileErrorKind::IndentationError,
            msg,
            map,
            filename,
            TextRange::empty(TextSize::from(end)),
        );
        e.end_offset = 0;
        return e;
    }
    let start = map.line_start(line) as usize;
    let line_str = &text[start..];
    let indent = line_str.len() - line_str.trim_start_matches([' ', '\t']).len();
    let tok_start = start + indent;
    let len = prescan::token_len(&text[tok_start..]).max(1);
    CompileError::spanning(
        CompileErrorKind::IndentationError,
        msg,
        map,
        filename,
        TextRange::new(
            TextSize::from(tok_start as u32),
            TextSize::from((tok_start + len) as u32),
        ),
    )
}
