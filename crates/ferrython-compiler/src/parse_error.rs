//! Turning `ruff_python_parser` errors into CPython 3.11's `SyntaxError` wording and positions.
//!
//! CPython's messages come from its tokenizer and from `invalid_*` rules in its PEG grammar; ruff
//! reports the same problems with its own wording. Tokenizer-level problems (unclosed brackets,
//! unterminated strings, indentation) are re-detected by [`crate::prescan`], which mirrors CPython's
//! tokenizer; the rest are mapped here by error type.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, UnsupportedSyntaxError};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::prescan;
use crate::source_map::SourceMap;
use crate::{CompileError, CompileErrorKind};

pub(crate) fn convert(err: &ParseError, map: &SourceMap<'_>, filename: &str, tokens: &[Token]) -> CompileError {
    let forgot_comma_here = match &err.error {
        ParseErrorType::ExpectedToken { expected, found } => {
            found_starts_expression(*found)
                && (*expected == TokenKind::Comma || (*expected == TokenKind::Rpar && plain_parenthesized(tokens, map, err.location.start())))
        }
        _ => false,
    };
    // The tokenizer runs ahead of the parser in CPython: its errors win when they come first. The
    // missing-comma rule has looked at the token after the second expression by then.
    if let Some(tok_err) = prescan::tokenizer_error(map, filename, err.location, forgot_comma_here) {
        return tok_err;
    }
    let syntax = |msg: &str, range: TextRange| CompileError::spanning(CompileErrorKind::SyntaxError, msg, map, filename, range);
    if forgot_comma_here {
        return forgot_comma(err.location, map, filename);
    }
    match &err.error {
        ParseErrorType::UnexpectedIndentation => {
            let mut e = CompileError::spanning(CompileErrorKind::IndentationError, "unexpected indent", map, filename, err.location);
            // CPython points at the end of the indentation and reports end_offset -1 (0 here).
            let line = map.line_text(e.lineno).unwrap_or_default();
            let indent = line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len();
            e.offset = line[..indent].chars().count() as u32;
            e.end_offset = 0;
            e
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block after ") => {
            expected_indented_block(err.location, msg, map, filename)
        }
        // Two expressions side by side inside brackets (ruff expects `,`, or `)` after a
        // parenthesized expression): CPython's `invalid_expression` rule.
        ParseErrorType::ExpectedExpression if in_fstring_braces(map, err.location) => {
            fstring_error("f-string: empty expression not allowed", err.location, map, filename)
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            missing_parentheses(err.location, map, filename).unwrap_or_else(|| syntax("invalid syntax", first_token(map, err.location)))
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => syntax("Generator expression must be parenthesized", err.location),
        ParseErrorType::ExpectedKeywordParam => {
            let star = TextRange::at(err.location.start(), TextSize::from(1));
            syntax("named arguments must follow bare *", star)
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Indent, .. } => expected_indented_block(err.location, "", map, filename),
        // The tokenizer's error for a backslash continuation with nothing after it.
        ParseErrorType::Lexical(LexicalErrorType::Eof) if map.source().trim_end_matches(['\n', '\r']).ends_with('\\') => {
            let e = syntax("unexpected EOF while parsing", TextRange::empty(end_of_input(map)));
            CompileError { end_offset: 0, ..e }
        }
        // A decorator with nothing after it: CPython's parser fails at the end marker, column -1.
        ParseErrorType::OtherError(msg) if msg.ends_with("after decorator") && usize::from(err.location.start()) >= map.source().len() => {
            let e = syntax("invalid syntax", TextRange::empty(end_of_input(map)));
            CompileError { offset: 0, end_offset: 0, ..e }
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected `except` or `finally`") => {
            if usize::from(err.location.start()) >= map.source().len() {
                // At the end of input CPython reports `end_offset` -1 (0 here).
                let e = syntax("expected 'except' or 'finally' block", TextRange::empty(end_of_input(map)));
                return CompileError { end_offset: 0, ..e };
            }
            syntax("expected 'except' or 'finally' block", first_token(map, err.location))
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Lpar, .. } => syntax("expected '('", first_token(map, err.location)),
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found: TokenKind::Equal } => {
            let (start, _) = atom_before(map, err.location.start());
            let after = usize::from(err.location.end());
            let range = TextRange::new(start, TextSize::from(atom_end(map, after) as u32));
            syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", range)
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, .. } => {
            let at = previous_token_end(map, err.location.start());
            match header_followed_by_token(map, at) {
                // CPython's grammar says "expected ':'" for these headers only when the line ends
                // there (`invalid_for_stmt` ...: `NEWLINE`); another token is just invalid syntax.
                Some((keyword, next)) if matches!(keyword.as_str(), "if" | "elif" | "while" | "for" | "class" | "with" | "case") => {
                    syntax("invalid syntax", next)
                }
                // `def` forces its colon (`&&':'`): the error is at the token found instead.
                Some((keyword, next)) if keyword == "def" => syntax("expected ':'", next),
                _ => syntax("expected ':'", TextRange::empty(at)),
            }
        }
        // Pattern errors (CPython's `invalid_*_pattern` rules and `complex_number`).
        ParseErrorType::ExpectedImaginaryNumber => syntax("imaginary number required in complex literal", err.location),
        ParseErrorType::ExpectedRealNumber => syntax("real number required in complex literal", err.location),
        // `case {**_}` is plain invalid syntax; `case x as _` has its own message.
        ParseErrorType::InvalidMatchPatternTarget if map.source()[..usize::from(err.location.start())].trim_end().ends_with("**") => {
            syntax("invalid syntax", err.location)
        }
        ParseErrorType::InvalidMatchPatternTarget => syntax("cannot use '_' as a target", err.location),
        ParseErrorType::OtherError(msg) if msg == "Positional patterns cannot follow keyword patterns" => {
            syntax("positional patterns follow keyword patterns", err.location)
        }
        ParseErrorType::OtherError(msg) if msg == "Pattern cannot follow a double star pattern" => {
            let at = tokens.iter().find(|t| t.start() == err.location.start()).map_or_else(|| first_token(map, err.location), |t| t.range());
            syntax("invalid syntax", at)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => syntax("non-default argument follows default argument", err.location),
        ParseErrorType::PositionalAfterKeywordArgument => {
            // CPython raises this after parsing the rest of the arguments, at the last token it read:
            // the bracket closing the argument list.
            let at = closing_bracket(tokens, err.location.end()).unwrap_or_else(|| next_token(map, err.location.end()));
            syntax("positional argument follows keyword argument", at)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => syntax("positional argument follows keyword argument unpacking", err.location),
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            syntax("iterable argument unpacking follows keyword argument unpacking", TextRange::at(err.location.start(), TextSize::from(1)))
        }
        ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidNamedAssignmentTarget | ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let what = describe_source(map, err.location);
            let text = map.source();
            let after = &text[usize::from(err.location.end()).min(text.len())..];
            let after = after.trim_start_matches([' ', '\t']);
            let rest = after.get(1..).unwrap_or("");
            let rest_line = rest.lines().next().unwrap_or("");
            let singleton = matches!(what, "True" | "False" | "None" | "list" | "tuple");
            let msg = if after.starts_with('=') && !after.starts_with("==") && !singleton && !has_assignment(rest_line) {
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
            syntax(&format!("'{what}' is an illegal expression for augmented assignment"), err.location)
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
            CompileError { end_offset: 0, ..e }
        }
        _ => {
            let range = if err.location.is_empty() { err.location } else { first_token(map, err.location) };
            syntax("invalid syntax", range)
        }
    }
}

fn fstring_message(e: &ParseErrorType) -> String {
    let s = e.to_string();
    s.trim_start_matches("f-string: ").to_string()
}

pub(crate) fn unsupported(err: &UnsupportedSyntaxError, map: &SourceMap<'_>, filename: &str) -> CompileError {
    CompileError::spanning(CompileErrorKind::SyntaxError, "invalid syntax", map, filename, err.range)
}

/// Name the expression at `range` the way CPython's error messages do ("literal", "function call").
fn describe_source(map: &SourceMap<'_>, range: TextRange) -> &'static str {
    let text = map.source().get(usize::from(range.start())..usize::from(range.end())).unwrap_or("");
    match ruff_python_parser::parse_expression(text) {
        Ok(parsed) => crate::codegen::describe_expr(parsed.expr()),
        Err(_) => "expression",
    }
}

/// Does `line` contain another assignment `=` (not `==`, `<=`, `>=`, `!=`) or `:=`?
fn has_assignment(line: &str) -> bool {
    let b = line.as_bytes();
    (0..b.len()).any(|i| b[i] == b'=' && b.get(i + 1) != Some(&b'=') && !matches!(i.checked_sub(1).map(|j| b[j]), Some(b'=' | b'<' | b'>' | b'!')))
}

fn found_starts_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lpar
            | TokenKind::Lsqb
            | TokenKind::Lbrace
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
    )
}

/// "invalid syntax. Perhaps you forgot a comma?" spans the expression before the missing comma and
/// the one after it (approximated as the primaries next to the gap: names, numbers, strings, dotted
/// names, and calls, subscripts and parenthesized expressions, whose brackets are stepped over).
fn forgot_comma(at: TextRange, map: &SourceMap<'_>, filename: &str) -> CompileError {
    let text = map.source().as_bytes();
    let mut start = usize::from(at.start());
    while start > 0 && matches!(text[start - 1], b' ' | b'\t' | b'\n' | b'\r') {
        start -= 1;
    }
    loop {
        while start > 0 && is_atom_byte(text[start - 1]) {
            start -= 1;
        }
        if start == 0 || !matches!(text[start - 1], b')' | b']' | b'}') {
            break;
        }
        // Step back over the bracketed part to its opener, then on over what it is attached to.
        let mut depth = 0usize;
        while start > 0 {
            start -= 1;
            match text[start] {
                b')' | b']' | b'}' => depth += 1,
                b'(' | b'[' | b'{' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        // A bare parenthesized group is its inner expression, which CPython's span starts at.
        let attached = start > 0 && (is_atom_byte(text[start - 1]) || matches!(text[start - 1], b')' | b']' | b'}'));
        if text[start] == b'(' && !attached {
            start += 1;
            break;
        }
    }
    let mut end = usize::from(at.start());
    while end < text.len() && is_atom_byte(text[end]) {
        end += 1;
    }
    CompileError::spanning(
        CompileErrorKind::SyntaxError,
        "invalid syntax. Perhaps you forgot a comma?",
        map,
        filename,
        TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32)),
    )
}

fn is_atom_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'\'' | b'"') || c >= 0x80
}

/// The atom (identifier, number, string, dotted name) ending before `offset`, skipping blanks:
/// `(start, end)`.
fn atom_before(map: &SourceMap<'_>, offset: TextSize) -> (TextSize, TextSize) {
    let text = map.source().as_bytes();
    let mut end = usize::from(offset).min(text.len());
    while end > 0 && matches!(text[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && is_atom_byte(text[start - 1]) {
        start -= 1;
    }
    (TextSize::from(start as u32), TextSize::from(end as u32))
}

/// End of the atom starting at the first non-blank byte at or after `offset`.
fn atom_end(map: &SourceMap<'_>, offset: usize) -> usize {
    let text = map.source().as_bytes();
    let mut i = offset.min(text.len());
    while i < text.len() && matches!(text[i], b' ' | b'\t') {
        i += 1;
    }
    while i < text.len() && is_atom_byte(text[i]) {
        i += 1;
    }
    i
}

/// Is `at` right after a `{` inside an f-string (an empty replacement field)?
fn in_fstring_braces(map: &SourceMap<'_>, at: TextRange) -> bool {
    let text = map.source().as_bytes();
    let i = usize::from(at.start());
    i > 0 && text.get(i - 1) == Some(&b'{') && matches!(text.get(i), Some(b'}' | b'!' | b':' | b'='))
}

/// CPython 3.11 reports f-string errors just past the end of the string token.
fn fstring_error(msg: &str, at: TextRange, map: &SourceMap<'_>, filename: &str) -> CompileError {
    let text = map.source();
    let (line, _) = map.line_col(at.start());
    let line_start = map.line_start(line) as usize;
    let i = usize::from(at.start());
    let before = &text[line_start..i];
    let quote = before.rfind(['\'', '"']).map_or(b'\'', |q| before.as_bytes()[q]);
    let end = text[i..].bytes().position(|c| c == quote).map_or(text.len(), |p| i + p + 1);
    CompileError::spanning(CompileErrorKind::SyntaxError, msg, map, filename, TextRange::empty(TextSize::from(end as u32)))
}

/// `print 'x'` / `exec 'x'`: CPython's Python 2 hint.
fn missing_parentheses(at: TextRange, map: &SourceMap<'_>, filename: &str) -> Option<CompileError> {
    let text = map.source();
    let (line, _) = map.line_col(at.start());
    let start = map.line_start(line) as usize;
    let line_text = text[start..].lines().next().unwrap_or("");
    let indent = line_text.len() - line_text.trim_start().len();
    let stmt = line_text.trim();
    let word = stmt.split([' ', '\t']).next().unwrap_or("");
    if !matches!(word, "print" | "exec")
        || usize::from(at.start()) != start + indent + word.len() + (stmt[word.len()..].len() - stmt[word.len()..].trim_start().len())
    {
        return None;
    }
    let range = TextRange::new(TextSize::from((start + indent) as u32), TextSize::from((start + indent + stmt.len()) as u32));
    Some(CompileError::spanning(
        CompileErrorKind::SyntaxError,
        format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
        map,
        filename,
        range,
    ))
}

/// Is what stands between the parenthesis open at `offset` and `offset` a plain expression, so that an
/// expression right after it is CPython's "Perhaps you forgot a comma?"? Not after a conditional
/// expression, a comprehension, a starred item, `not`, `lambda`, `yield` or `await` (where CPython's
/// rule does not match the same way), nor after the legacy `print`/`exec` names.
fn plain_parenthesized(tokens: &[Token], map: &SourceMap<'_>, offset: TextSize) -> bool {
    let end = tokens.partition_point(|t| t.start() < offset);
    let mut depth = 0usize;
    for (i, t) in tokens[..end].iter().enumerate().rev() {
        match t.kind() {
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth > 0 => depth -= 1,
            TokenKind::Lpar => {
                let first = tokens.get(i + 1).and_then(|f| map.source().get(f.range().to_std_range()));
                return !matches!(first, Some("print" | "exec"));
            }
            TokenKind::Lsqb | TokenKind::Lbrace => return false,
            TokenKind::If
            | TokenKind::Else
            | TokenKind::For
            | TokenKind::Async
            | TokenKind::Not
            | TokenKind::Lambda
            | TokenKind::Yield
            | TokenKind::Await
            | TokenKind::Star
            | TokenKind::DoubleStar
                if depth == 0 =>
            {
                return false;
            }
            _ => {}
        }
    }
    false
}

/// The bracket that closes the innermost bracket open at `offset`.
fn closing_bracket(tokens: &[Token], offset: TextSize) -> Option<TextRange> {
    let first = tokens.partition_point(|t| t.start() < offset);
    let mut depth = 0usize;
    for t in &tokens[first..] {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return Some(t.range()),
            },
            _ => {}
        }
    }
    None
}

fn next_token(map: &SourceMap<'_>, offset: TextSize) -> TextRange {
    let text = map.source();
    let mut i = usize::from(offset);
    while i < text.len() && matches!(text.as_bytes()[i], b' ' | b'\t') {
        i += 1;
    }
    let len = prescan::token_len(&text[i..]).max(1).min(text.len() - i);
    TextRange::at(TextSize::from(i as u32), TextSize::from(len as u32))
}

/// The first token of `range` (CPython points at one token for "invalid syntax").
fn first_token(map: &SourceMap<'_>, range: TextRange) -> TextRange {
    let text = map.source();
    let start = usize::from(range.start());
    let end = usize::from(range.end()).min(text.len());
    let slice = &text[start..end];
    let len = prescan::token_len(slice).min(slice.len());
    TextRange::new(range.start(), range.start() + TextSize::from(len as u32))
}

/// When a token follows `at` on its line: the first word of the statement's line (`async` skipped)
/// and the range of that token.
fn header_followed_by_token(map: &SourceMap<'_>, at: TextSize) -> Option<(String, TextRange)> {
    let text = map.source();
    let start = usize::from(at);
    let rest = &text[start..];
    let skipped = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    let next = start + skipped;
    if matches!(text[next..].chars().next(), None | Some('\n' | '\r' | '#' | '\\')) {
        return None;
    }
    let (line, _) = map.line_col(at);
    let line_text = map.line_text(line)?;
    let keyword: String = line_text.trim_start().trim_start_matches("async ").chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    let len = prescan::token_len(&text[next..]).max(1);
    Some((keyword, TextRange::at(TextSize::from(next as u32), TextSize::from(len as u32))))
}

/// Where CPython's tokenizer puts the end of input (its `ENDMARKER`): the end of the last line, before
/// its newline (`def f():\n\n` ends on line 2, column 0).
fn end_of_input(map: &SourceMap<'_>) -> TextSize {
    let text = map.source();
    let last = text.strip_suffix('\n').map_or(text, |t| t.strip_suffix('\r').unwrap_or(t));
    TextSize::from(last.len() as u32)
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

/// "expected an indented block after 'if' statement on line 3" (an `IndentationError`). `ruff_msg` is
/// ruff's "Expected an indented block after `if` statement", naming the clause. CPython points at the
/// first token after the header, or just past the header's colon at the end of input.
fn expected_indented_block(at: TextRange, ruff_msg: &str, map: &SourceMap<'_>, filename: &str) -> CompileError {
    let keyword = if ruff_msg.contains("function definition") { Some("def") } else { ruff_msg.split('`').nth(1) };
    let text = map.source();
    let (line, _) = map.line_col(at.start());
    let line_text = map.line_text(line).unwrap_or_default();
    let line_start = map.line_start(line) as usize;
    // Ruff points at the header's newline when the next line is not indented.
    let on_header = text[usize::from(at.start()).min(text.len())..]
        .lines()
        .next()
        .is_none_or(|rest| rest.trim().is_empty() || rest.trim_start().starts_with('#'))
        && usize::from(at.start()) > line_start + line_text.len() - line_text.trim_start().len();
    let first_word_of =
        |t: &str| -> String { t.trim_start().trim_start_matches("async ").chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    // Search back for the header line starting with the clause's keyword, from the error's line when
    // ruff points at the header's end (a header may span lines: `class A(\n    B):`).
    let mut header = 0;
    {
        let mut l = if on_header { line } else { line.saturating_sub(1) };
        let mut fallback = None;
        while l >= 1 {
            let t = map.line_text(l).unwrap_or_default();
            let trimmed = t.trim_start();
            if !trimmed.trim().is_empty() && !trimmed.starts_with('#') {
                fallback.get_or_insert(l);
                if keyword.is_none_or(|k| k == first_word_of(trimmed)) {
                    header = l;
                    break;
                }
            }
            l -= 1;
        }
        if header == 0 {
            header = fallback.unwrap_or(line);
        }
    }
    let header_text = map.line_text(header).unwrap_or_default();
    let what = match first_word_of(&header_text).as_str() {
        "def" => format!("function definition on line {header}"),
        "class" => format!("class definition on line {header}"),
        kw @ ("if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except" | "finally" | "match" | "case") => {
            format!("'{kw}' statement on line {header}")
        }
        _ => format!("statement on line {header}"),
    };
    let msg = format!("expected an indented block after {what}");
    // The first token on a later, non-blank line.
    let mut l = if on_header { line + 1 } else { line };
    let token = loop {
        let Some(t) = map.line_text(l) else {
            break None;
        };
        let trimmed = t.trim_start();
        if !trimmed.trim().is_empty() && !trimmed.starts_with('#') {
            let start = map.line_start(l) as usize + (t.len() - trimmed.len());
            break Some(start);
        }
        l += 1;
    };
    match token {
        Some(tok_start) => {
            let len = prescan::token_len(&text[tok_start..]).max(1);
            CompileError::spanning(
                CompileErrorKind::IndentationError,
                msg,
                map,
                filename,
                TextRange::new(TextSize::from(tok_start as u32), TextSize::from((tok_start + len) as u32)),
            )
        }
        None => {
            // Nothing but blank lines and comments follows: CPython reports the end of input.
            let mut e = CompileError::spanning(CompileErrorKind::IndentationError, msg, map, filename, TextRange::empty(end_of_input(map)));
            e.end_offset = 0;
            e
        }
    }
}
