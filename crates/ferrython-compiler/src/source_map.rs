//! Byte offsets to CPython positions: 1-based lines, 0-based byte columns (`co_positions()`) and 1-based
//! character columns (`SyntaxError.offset`).

use ruff_text_size::{TextRange, TextSize};

use crate::bytecode::Location;

pub(crate) struct SourceMap<'src> {
    source: &'src str,
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
}

impl<'src> SourceMap<'src> {
    pub(crate) fn new(source: &'src str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push((i + 1) as u32),
                // A lone `\r` ends a line too, as in CPython's tokenizer (universal newlines).
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push((i + 1) as u32),
                _ => {}
            }
            i += 1;
        }
        SourceMap { source, line_starts }
    }

    pub(crate) fn source(&self) -> &'src str {
        self.source
    }

    /// 0-based line index containing `offset`.
    fn line_index(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// `(line, byte column)`, line 1-based, column 0-based.
    pub(crate) fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let offset = u32::from(offset).min(self.source.len() as u32);
        let idx = self.line_index(offset);
        (idx as u32 + 1, offset - self.line_starts[idx])
    }

    pub(crate) fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.line_col(range.start());
        let (end_line, end_col) = self.line_col(range.end());
        Location { line, end_line, col, end_col }
    }

    /// 0-based column of `offset` counted in characters, as `SyntaxError.offset - 1`.
    pub(crate) fn char_col(&self, offset: TextSize) -> (u32, u32) {
        let offset = u32::from(offset).min(self.source.len() as u32);
        let idx = self.line_index(offset);
        let start = self.line_starts[idx] as usize;
        let end = floor_char_boundary(self.source, offset as usize);
        let col = self.source[start..end.max(start)].chars().count() as u32;
        (idx as u32 + 1, col)
    }

    /// The text of 1-based `line`, with its line ending, as `SyntaxError.text`.
    pub(crate) fn line_text(&self, line: u32) -> Option<String> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)? as usize;
        let end = self.line_starts.get(idx + 1).map_or(self.source.len(), |&e| e as usize);
        if start > self.source.len() || (start == end && idx + 1 >= self.line_starts.len()) {
            return None;
        }
        Some(self.source[start..end].to_string())
    }

    /// `SyntaxError.text` for an error on 1-based `line`: the line ending in one `\n`, as CPython's
    /// tokenizer buffer holds it (it translates `\r\n` and adds a newline to a last line without one).
    pub(crate) fn error_text(&self, line: u32) -> Option<String> {
        let text = self.line_text(line)?;
        Some(format!("{}\n", text.trim_end_matches(['\n', '\r'])))
    }

    /// Byte offset where 1-based `line` starts.
    pub(crate) fn line_start(&self, line: u32) -> u32 {
        let idx = (line.max(1) as usize - 1).min(self.line_starts.len() - 1);
        self.line_starts[idx]
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
