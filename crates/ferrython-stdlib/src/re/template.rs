//! Replacement templates (`\1`, `\g<name>`, `\g<0>`, escapes) for `sub` and `Match.expand`,
//! parsed with CPython 3.11's `_parser.parse_template` rules and errors.

use super::ast::MAXGROUPS;
use super::parser::{ascii_repr, ch, is_identifier, parse_py_int, py_repr};

#[derive(Debug, Clone)]
pub enum Piece {
    /// Literal code points (bytes for a bytes template).
    Literal(Vec<u32>),
    Group(usize),
}

pub enum TemplateError {
    /// `re.error(msg, template, pos)`.
    Re { msg: String, pos: usize },
    /// `IndexError(msg)`.
    Index(String),
}

struct Tokens<'a> {
    s: &'a [u32],
    i: usize,
    is_text: bool,
}

impl Tokens<'_> {
    /// The next token: a character, or a backslash and the one after it.
    fn get(&mut self) -> Result<Option<(u32, Option<u32>)>, TemplateError> {
        let Some(&c) = self.s.get(self.i) else { return Ok(None) };
        if c == u32::from(b'\\') {
            match self.s.get(self.i + 1) {
                Some(&d) => {
                    self.i += 2;
                    Ok(Some((c, Some(d))))
                }
                None => Err(TemplateError::Re { msg: "bad escape (end of pattern)".into(), pos: self.s.len() - 1 }),
            }
        } else {
            self.i += 1;
            Ok(Some((c, None)))
        }
    }

    /// The next token if it is a plain character.
    fn peek_plain(&self) -> Option<u32> {
        match self.s.get(self.i) {
            Some(&c) if c != u32::from(b'\\') => Some(c),
            _ => None,
        }
    }

    fn error(&self, msg: String, offset: usize) -> TemplateError {
        let msg =
            if self.is_text { msg } else { msg.chars().map(|c| if c.is_ascii() { c.to_string() } else { format!("\\x{:02x}", c as u32) }).collect() };
        TemplateError::Re { msg, pos: self.i - offset }
    }
}

fn is_oct(c: Option<u32>) -> bool {
    c.is_some_and(|c| (u32::from(b'0')..=u32::from(b'7')).contains(&c))
}

fn is_digit(c: Option<u32>) -> bool {
    c.is_some_and(|c| (u32::from(b'0')..=u32::from(b'9')).contains(&c))
}

/// Parse `template` for a pattern with `groups` groups and the named groups `groupindex`.
/// Deprecation warnings (non-ASCII group names) are appended to `warnings`.
pub fn parse(
    template: &[u32],
    is_text: bool,
    groups: usize,
    groupindex: &[(String, usize)],
    warnings: &mut Vec<String>,
) -> Result<Vec<Piece>, TemplateError> {
    let mut t = Tokens { s: template, i: 0, is_text };
    let mut pieces = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let add_group = |t: &Tokens, index: usize, offset: usize, lit: &mut Vec<u32>, pieces: &mut Vec<Piece>| {
        if index > groups {
            return Err(t.error(format!("invalid group reference {index}"), offset));
        }
        if !lit.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(lit)));
        }
        pieces.push(Piece::Group(index));
        Ok(())
    };
    while let Some((c, esc)) = t.get()? {
        let Some(e) = esc else {
            lit.push(c);
            continue;
        };
        match ch(e) {
            'g' => {
                if t.peek_plain() != Some(u32::from(b'<')) {
                    return Err(t.error("missing <".into(), 0));
                }
                t.i += 1;
                let name = get_until_gt(&mut t)?;
                let len = name.chars().count();
                let index = if is_identifier(&name) {
                    if !is_text && !name.is_ascii() {
                        warnings.push(format!("bad character in group name {} at position {}", ascii_repr(&name), t.i - len - 1));
                    }
                    match groupindex.iter().find(|(n, _)| *n == name) {
                        Some((_, g)) => *g,
                        None => return Err(TemplateError::Index(format!("unknown group name {}", py_repr(&name)))),
                    }
                } else {
                    let Some(v) = parse_py_int(&name) else {
                        return Err(t.error(format!("bad character in group name {}", py_repr(&name)), len + 1));
                    };
                    if v >= MAXGROUPS as u128 {
                        return Err(t.error(format!("invalid group reference {v}"), len + 1));
                    }
                    if !name.bytes().all(|b| b.is_ascii_digit()) {
                        let shown = if is_text { py_repr(&name) } else { ascii_repr(&name) };
                        warnings.push(format!("bad character in group name {shown} at position {}", t.i - len - 1));
                    }
                    v as usize
                };
                add_group(&t, index, len + 1, &mut lit, &mut pieces)?;
            }
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match t.peek_plain() {
                        Some(d) if is_oct(Some(d)) => {
                            v = v * 8 + (d - u32::from(b'0'));
                            t.i += 1;
                        }
                        _ => break,
                    }
                }
                lit.push(v & 0xff);
            }
            '1'..='9' => {
                let mut text = vec![e];
                if is_digit(t.peek_plain()) {
                    let d = t.peek_plain().expect("checked");
                    t.i += 1;
                    text.push(d);
                    if is_oct(Some(e)) && is_oct(Some(d)) && is_oct(t.peek_plain()) {
                        let d3 = t.peek_plain().expect("checked");
                        t.i += 1;
                        text.push(d3);
                        let v = text.iter().fold(0, |a, &d| a * 8 + (d - u32::from(b'0')));
                        if v > 0o377 {
                            let s: String = text.iter().map(|&d| ch(d)).collect();
                            return Err(t.error(format!("octal escape value \\{s} outside of range 0-0o377"), 4));
                        }
                        lit.push(v);
                        continue;
                    }
                }
                let index = text.iter().fold(0usize, |a, &d| a * 10 + (d - u32::from(b'0')) as usize);
                add_group(&t, index, text.len(), &mut lit, &mut pieces)?;
            }
            other => {
                let simple = match other {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some(92),
                    _ => None,
                };
                match simple {
                    Some(v) => lit.push(v),
                    None if other.is_ascii_alphabetic() => return Err(t.error(format!("bad escape \\{other}"), 2)),
                    None => {
                        lit.push(c);
                        lit.push(e);
                    }
                }
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Literal(lit));
    }
    Ok(pieces)
}

/// `getuntil('>', 'group name')` after `\g<`.
fn get_until_gt(t: &mut Tokens) -> Result<String, TemplateError> {
    let mut out = String::new();
    loop {
        match t.get()? {
            None => {
                if out.is_empty() {
                    return Err(t.error("missing group name".into(), 0));
                }
                return Err(t.error("missing >, unterminated name".into(), out.chars().count()));
            }
            Some((c, None)) if c == u32::from(b'>') => {
                if out.is_empty() {
                    return Err(t.error("missing group name".into(), 1));
                }
                return Ok(out);
            }
            Some((c, esc)) => {
                out.push(ch(c));
                if let Some(e) = esc {
                    out.push(ch(e));
                }
            }
        }
    }
}
