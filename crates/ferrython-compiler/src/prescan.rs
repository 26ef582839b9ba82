//! A light re-implementation of the parts of CPython's tokenizer (`Parser/tokenizer.c`) that produce
//! errors: brackets (unmatched, mismatched, never closed, nested more than 200 deep), strings
//! (unterminated), indentation (inconsistent dedent, tabs versus spaces, more than 100 levels) and
//! invalid characters. It only tracks what those checks need.

use ruff_text_size::{TextRange, TextSize};

use crate::source_map::SourceMap;
use crate::{CompileError, CompileErrorKind};

/// CPython's `MAXLEVEL`: bracket nesting limit.
const MAX_LEVEL: usize = 200;
/// CPython's `MAXINDENT`: indentation levels limit.
const MAX_INDENT: usize = 100;

#[derive(Debug)]
enum TokError {
    /// An error at `offset`, with CPython's message and kind.
    At {
        kind: CompileErrorKind,
        msg: String,
        offset: usize,
        /// Use the end of the line as offset (CPython's dedent error).
        line_end: bool,
        /// `offset` counts indentation columns instead of `col + 1` (unexpected indent).
        end_offset_zero: bool,
    },
    /// An error spanning `start..end` (byte offsets).
    Span { kind: CompileErrorKind, msg: String, start: usize, end: usize },
    /// Input ended inside brackets: `opener` is the offset of the innermost unclosed one.
    NeverClosed { opener: usize, ch: u8 },
}

struct Tokenizer<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    /// Open brackets: (char, offset).
    brackets: Vec<(u8, usize)>,
    /// Indentation stack: (columns with tabs to 8, columns with tabs as 1).
    indents: Vec<(usize, usize)>,
    at_line_start: bool,
    /// Only check the nesting limits (used before parsing).
    limits_only: bool,
}

impl<'a> Tokenizer<'a> {
    fn new(text: &'a str, limits_only: bool) -> Self {
        Tokenizer { src: text.as_bytes(), text, pos: 0, brackets: Vec::new(), indents: vec![(0, 0)], at_line_start: true, limits_only }
    }

    fn err(&self, msg: impl Into<String>, offset: usize) -> TokError {
        TokError::At { kind: CompileErrorKind::SyntaxError, msg: msg.into(), offset, line_end: false, end_offset_zero: false }
    }

    /// Run to the end; `Ok(())` when the tokenizer would accept the input.
    fn run(&mut self) -> Result<(), TokError> {
        while self.pos < self.src.len() {
            if self.at_line_start {
                self.at_line_start = false;
                if self.brackets.is_empty() {
                    self.indentation()?;
                    continue;
                }
            }
            let c = self.src[self.pos];
            match c {
                b'#' => {
                    while self.pos < self.src.len() && !matches!(self.src[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'\n' | b'\r' => {
                    self.pos += 1;
                    if c == b'\r' && self.src.get(self.pos) == Some(&b'\n') {
                        self.pos += 1;
                    }
                    self.at_line_start = true;
                }
                b'\\' => {
                    // Line continuation: the next line is not a new logical line.
                    self.pos += 1;
                    if self.src.get(self.pos) == Some(&b'\r') {
                        self.pos += 1;
                    }
                    if self.src.get(self.pos) == Some(&b'\n') {
                        self.pos += 1;
                    }
                }
                b'(' | b'[' | b'{' => {
                    if self.brackets.len() >= MAX_LEVEL {
                        return Err(self.err("too many nested parentheses", self.pos));
                    }
                    self.brackets.push((c, self.pos));
                    self.pos += 1;
                }
                b')' | b']' | b'}' => {
                    if !self.limits_only {
                        let Some(&(open, open_at)) = self.brackets.last() else {
                            return Err(self.err(format!("unmatched '{}'", c as char), self.pos));
                        };
                        let expected = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if expected != c {
                            let here = line_of(self.src, self.pos);
                            let there = line_of(self.src, open_at);
                            let msg = if here != there {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}' on line {there}", c as char, open as char)
                            } else {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open as char)
                            };
                            return Err(self.err(msg, self.pos));
                        }
                    }
                    self.brackets.pop();
                    self.pos += 1;
                }
                b'\'' | b'"' => self.string(self.pos, self.pos)?,
                b'0'..=b'9' | b'.' if c != b'.' || self.src.get(self.pos + 1).is_some_and(u8::is_ascii_digit) => {
                    let after_dot = c == b'.';
                    self.pos += usize::from(after_dot);
                    let r = self.number(after_dot);
                    if !self.limits_only {
                        r?;
                    }
                }
                c if c.is_ascii_alphabetic() || c == b'_' => {
                    let start = self.pos;
                    while self.pos < self.src.len() && (self.src[self.pos].is_ascii_alphanumeric() || self.src[self.pos] == b'_') {
                        self.pos += 1;
                    }
                    // A string prefix directly followed by a quote.
                    if matches!(self.src.get(self.pos), Some(b'\'' | b'"'))
                        && self.pos - start <= 2
                        && self.text[start..self.pos].chars().all(|c| matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'u' | 'f'))
                    {
                        self.string(start, self.pos)?;
                    }
                }
                c if c >= 0x80 => {
                    let ch = self.text[self.pos..].chars().next().unwrap_or('\u{fffd}');
                    if !(self.limits_only || ch.is_alphanumeric() || ch == '_') {
                        return Err(self.err(format!("invalid character '{ch}' (U+{:04X})", ch as u32), self.pos));
                    }
                    self.pos += ch.len_utf8();
                }
                _ => self.pos += 1,
            }
        }
        if let Some(&(ch, opener)) = self.brackets.last()
            && !self.limits_only
        {
            return Err(TokError::NeverClosed { opener, ch });
        }
        Ok(())
    }

    /// Measure the indentation of a new logical line and check it against the stack.
    fn indentation(&mut self) -> Result<(), TokError> {
        let line_start = self.pos;
        let (mut col, mut altcol) = (0usize, 0usize);
        while self.pos < self.src.len() {
            match self.src[self.pos] {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        // Blank lines and comment-only lines do not count.
        if self.pos >= self.src.len() || matches!(self.src[self.pos], b'#' | b'\n' | b'\r' | b'\\') {
            return Ok(());
        }
        let tab_error = |offset| TokError::At {
            kind: CompileErrorKind::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            offset,
            line_end: false,
            end_offset_zero: true,
        };
        let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != alttop && !self.limits_only {
                return Err(tab_error(line_start));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(TokError::At {
                    kind: CompileErrorKind::IndentationError,
                    msg: "too many levels of indentation".into(),
                    offset: line_start,
                    line_end: false,
                    end_offset_zero: true,
                });
            }
            if altcol <= alttop && !self.limits_only {
                return Err(tab_error(line_start));
            }
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |i| i.0) {
                self.indents.pop();
            }
            let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
            if col != top && !self.limits_only {
                return Err(TokError::At {
                    kind: CompileErrorKind::IndentationError,
                    msg: "unindent does not match any outer indentation level".into(),
                    offset: self.pos,
                    line_end: true,
                    end_offset_zero: true,
                });
            }
            if altcol != alttop && !self.limits_only {
                return Err(tab_error(line_start));
            }
        }
        Ok(())
    }

    /// Skip a number, with CPython's errors for malformed ones.
    fn number(&mut self, after_dot: bool) -> Result<(), TokError> {
        let start = self.pos;
        let radix_name = match (if after_dot { b'.' } else { self.src[self.pos] }, self.src.get(self.pos + 1).map(u8::to_ascii_lowercase)) {
            (b'0', Some(b'x')) => Some(("hexadecimal", 16)),
            (b'0', Some(b'o')) => Some(("octal", 8)),
            (b'0', Some(b'b')) => Some(("binary", 2)),
            _ => None,
        };
        // Errors are reported one column before the offending character, as CPython does.
        let bad = |t: &Self, what: &str, at: usize| t.err(format!("invalid {what} literal"), at.saturating_sub(1));
        if let Some((what, radix)) = radix_name {
            self.pos += 2;
            loop {
                let c = self.src.get(self.pos).copied().unwrap_or(b'\n');
                if c == b'_' {
                    self.pos += 1;
                    let next = self.src.get(self.pos).copied().unwrap_or(b'\n');
                    if !(next as char).is_digit(radix) {
                        return Err(bad(self, what, self.pos));
                    }
                } else if (c as char).is_digit(radix) {
                    self.pos += 1;
                } else if c.is_ascii_alphanumeric() || (radix == 8 || radix == 2) && c.is_ascii_digit() {
                    return Err(bad(self, what, self.pos));
                } else {
                    return Ok(());
                }
            }
        }
        let mut digits_only = !after_dot;
        loop {
            let c = self.src.get(self.pos).copied().unwrap_or(b'\n');
            match c {
                b'0'..=b'9' => self.pos += 1,
                b'_' => {
                    self.pos += 1;
                    if !self.src.get(self.pos).is_some_and(u8::is_ascii_digit) {
                        return Err(bad(self, "decimal", self.pos));
                    }
                }
                b'.' | b'e' | b'E' | b'j' | b'J' => {
                    digits_only = false;
                    self.pos += 1;
                    if matches!(c, b'e' | b'E') && matches!(self.src.get(self.pos), Some(b'+' | b'-')) {
                        self.pos += 1;
                    }
                }
                _ => break,
            }
        }
        // CPython's `verify_end_of_number`: a letter straight after a number is an error, unless
        // it starts a keyword that may follow a number (`1if x else 2`, only a warning).
        let literal = &self.text[start..self.pos];
        let (what, at) = match literal.as_bytes().last() {
            Some(b'j' | b'J') => ("imaginary", self.pos),
            // An exponent without digits: the `e` itself is checked.
            Some(b'e' | b'E') => ("decimal", self.pos - 1),
            _ => ("decimal", self.pos),
        };
        let rest = &self.src[at..];
        if let Some(&c) = rest.first() {
            let keyword = match c {
                b'a' => rest.starts_with(b"and"),
                b'e' => rest.starts_with(b"else"),
                b'f' => rest.starts_with(b"for"),
                b'i' => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
                b'o' => rest.starts_with(b"or"),
                b'n' => rest.starts_with(b"not"),
                _ => false,
            };
            if !keyword && (c.is_ascii_alphanumeric() || c == b'_') {
                return Err(bad(self, what, at));
            }
        }
        if digits_only && literal.len() > 1 && literal.starts_with('0') && literal.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            return Err(TokError::At {
                kind: CompileErrorKind::SyntaxError,
                msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                offset: start,
                line_end: false,
                end_offset_zero: false,
            })
            .map_err(|e| match e {
                // CPython underlines the leading zeros (and underscores among them).
                TokError::At { kind, msg, offset, .. } => {
                    let zeros = literal.bytes().take_while(|&b| b == b'0' || b == b'_').count();
                    TokError::Span { kind, msg, start: offset, end: offset + zeros }
                }
                other => other,
            });
        }
        Ok(())
    }

    /// Skip a string literal whose quote is at `quote` (prefix starting at `start`).
    fn string(&mut self, start: usize, quote: usize) -> Result<(), TokError> {
        let q = self.src[quote];
        let triple = self.src.get(quote + 1) == Some(&q) && self.src.get(quote + 2) == Some(&q);
        let raw = self.text[start..quote].to_ascii_lowercase().contains('r');
        self.pos = quote + if triple { 3 } else { 1 };
        loop {
            let Some(&c) = self.src.get(self.pos) else {
                let kind = if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
                let line = line_of(self.src, self.src.len().saturating_sub(usize::from(!triple && self.src.ends_with(b"\n"))));
                let detected = if triple {
                    let n = self.src.iter().filter(|&&b| b == b'\n').count();
                    if self.src.ends_with(b"\n") { n } else { n + 1 }
                } else {
                    line
                };
                return Err(self.err(format!("{kind} (detected at line {detected})"), start));
            };
            match c {
                b'\\' => {
                    self.pos += 2;
                    let _ = raw;
                }
                b'\n' | b'\r' if !triple => {
                    let line = line_of(self.src, self.pos);
                    return Err(self.err(format!("unterminated string literal (detected at line {line})"), start));
                }
                c if c == q => {
                    if !triple {
                        self.pos += 1;
                        return Ok(());
                    }
                    if self.src.get(self.pos + 1) == Some(&q) && self.src.get(self.pos + 2) == Some(&q) {
                        self.pos += 3;
                        return Ok(());
                    }
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
    }
}

fn line_of(src: &[u8], offset: usize) -> usize {
    src[..offset.min(src.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

fn to_error(e: TokError, map: &SourceMap<'_>, filename: &str) -> CompileError {
    match e {
        TokError::At { kind, msg, offset, line_end, end_offset_zero } => {
            let at = TextSize::from(offset as u32);
            let mut err = CompileError::spanning(kind, msg, map, filename, TextRange::empty(at));
            // CPython's tokenizer errors show the line without its newline.
            err.text = err.text.map(|t| t.trim_end_matches(['\n', '\r']).to_string());
            if line_end {
                let len = err.text.as_deref().map_or(0, |t| t.chars().count()) as u32;
                err.offset = len + 1;
                err.end_offset = 0;
                err.text = map.error_text(err.lineno);
            }
            if end_offset_zero {
                err.end_offset = 0;
                err.text = map.error_text(err.lineno);
            }
            err
        }
        TokError::Span { kind, msg, start, end } => {
            let range = TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32));
            let mut err = CompileError::spanning(kind, msg, map, filename, range);
            err.text = err.text.map(|t| t.trim_end_matches(['\n', '\r']).to_string());
            err
        }
        TokError::NeverClosed { opener, ch } => {
            let at = TextSize::from(opener as u32);
            let mut err = CompileError::spanning(
                CompileErrorKind::SyntaxError,
                format!("'{}' was never closed", ch as char),
                map,
                filename,
                TextRange::empty(at),
            );
            err.end_offset = 0;
            err
        }
    }
}

/// Errors CPython raises before parsing anything deep: bracket nesting beyond 200 and indentation
/// beyond 100 levels.
pub(crate) fn check_limits(map: &SourceMap<'_>, filename: &str) -> Option<CompileError> {
    let mut t = Tokenizer::new(map.source(), true);
    t.run().err().map(|e| to_error(e, map, filename))
}

/// The tokenizer error CPython would report instead of a parser error at `parse_error_at`: one found
/// before that point, or "never closed" brackets when the parser failed at the end of input.
/// Where the token after offset `end` starts: whitespace, line ends, comments and line continuations
/// skipped; the end of the source when nothing follows.
fn next_token_start(src: &[u8], mut i: usize) -> usize {
    loop {
        while i < src.len() && matches!(src[i], b' ' | b'\t' | b'\x0c' | b'\r' | b'\n') {
            i += 1;
        }
        if src.get(i) == Some(&b'#') {
            while i < src.len() && src[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if src.get(i) == Some(&b'\\') && matches!(src.get(i + 1), Some(b'\n' | b'\r')) {
            i += 2;
            continue;
        }
        return i.min(src.len());
    }
}

/// The tokenizer error that CPython reports instead of the parser's error at `parse_error` (after a
/// syntax error it tokenizes the rest of the source, `_PyPegen_tokenize_full_source_to_check_for_errors`).
/// `looked_ahead`: the parser had fetched the token after the error's before failing.
pub(crate) fn tokenizer_error(map: &SourceMap<'_>, filename: &str, parse_error: TextRange, looked_ahead: bool) -> Option<CompileError> {
    let parse_error_at = parse_error.start();
    let mut t = Tokenizer::new(map.source(), false);
    let e = t.run().err()?;
    let before = match &e {
        TokError::Span { start: offset, .. } | TokError::At { offset, .. } => {
            *offset <= usize::from(parse_error_at) || {
                // Errors on the same line as the parser error still come from the tokenizer first.
                line_of(t.src, *offset) <= line_of(t.src, usize::from(parse_error_at))
            }
        }
        // An unclosed bracket wins when the last token the parser had fetched (the error's, or the
        // one after it) is on a later line than the bracket, or is the end of the input.
        TokError::NeverClosed { opener, .. } => {
            let fetched = match looked_ahead {
                true => next_token_start(t.src, usize::from(parse_error.end())),
                false => usize::from(parse_error_at),
            };
            line_of(t.src, fetched) > line_of(t.src, *opener) || fetched >= t.src.len().saturating_sub(1)
        }
    };
    before.then(|| to_error(e, map, filename))
}

/// A `TabError` in source that parsed: CPython's tokenizer rejects inconsistent tabs and spaces that
/// ruff accepts.
pub(crate) fn tab_error(map: &SourceMap<'_>, filename: &str) -> Option<CompileError> {
    let mut t = Tokenizer::new(map.source(), false);
    match t.run() {
        Err(e @ TokError::At { kind: CompileErrorKind::TabError, .. }) => Some(to_error(e, map, filename)),
        _ => None,
    }
}

/// Length in bytes of the token at the start of `s` (for error ranges).
pub(crate) fn token_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    if first == '\n' || first == '\r' {
        return 0;
    }
    if first.is_alphanumeric() || first == '_' {
        return s.char_indices().find(|(_, c)| !(c.is_alphanumeric() || *c == '_')).map_or(s.len(), |(i, _)| i);
    }
    first.len_utf8()
}
