//! `str.format` templates: the markup iterator and field-name parser of
//! Objects/stringlib/unicode_format.h, and a driver ([`format_template`]) that renders a template
//! through the VM's [`FormatFields`] implementation in CPython's order of evaluation.
//!
//! Parsing is lazy, as in CPython: an error late in a template is raised only after the fields
//! before it have been looked up and formatted (which can run user code).

mod name;
mod render;

pub use name::{AutoNumber, FieldAccessor, FieldAccessors, FieldKey, split_field_name};
pub use render::{Conversion, FormatFields, format_template, parse_conversion};

use super::error::FormatError;

/// A replacement field `{name!conversion:spec}`, as raw text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    /// `arg_name` plus any `.attr` / `[key]` accessors: see [`split_field_name`].
    pub name: &'a str,
    /// The character after `!`, unvalidated (CPython checks it only after looking the field up):
    /// see [`parse_conversion`].
    pub conversion: Option<char>,
    /// The format spec, which may contain nested `{}` fields.
    pub spec: &'a str,
    /// Whether `spec` contains `{`: it must be rendered as a template itself (one level deep at
    /// most) before the value is formatted with it.
    pub spec_needs_expanding: bool,
}

/// Literal text, then possibly a field: one item of `_string.formatter_parser`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub literal: &'a str,
    pub field: Option<Field<'a>>,
}

/// `MarkupIterator`: splits a template into [`Piece`]s, turning `{{` and `}}` into literal braces.
/// Yields at most one error, then ends.
///
/// ```
/// use ferrython_vm::format::{FormatStringParser, Piece};
/// let pieces: Vec<Piece> = FormatStringParser::new("a{{b{0!r:>{w}}").collect::<Result<_, _>>().unwrap();
/// assert_eq!(pieces[0].literal, "a{");
/// let field = pieces[1].field.unwrap();
/// assert_eq!((pieces[1].literal, field.name, field.conversion, field.spec), ("b", "0", Some('r'), ">{w}"));
/// ```
pub struct FormatStringParser<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> FormatStringParser<'a> {
    pub fn new(template: &'a str) -> Self {
        FormatStringParser { s: template, pos: 0 }
    }

    fn fail(&mut self, message: &str) -> Option<Result<Piece<'a>, FormatError>> {
        self.pos = self.s.len();
        Some(Err(FormatError::value(message)))
    }

    fn next_char(&mut self) -> Option<char> {
        let c = self.s[self.pos..].chars().next()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    /// `parse_field`: reads `name[!c][:spec]}` after an opening brace.
    fn parse_field(&mut self) -> Result<Field<'a>, &'static str> {
        let name_start = self.pos;
        let mut last = None;
        while let Some(c) = self.next_char() {
            match c {
                '{' => return Err("unexpected '{' in field name"),
                // Brackets are skipped whole, so `{0[}]}` names the key '}'.
                '[' => {
                    while let Some(c) = self.peek() {
                        if c == ']' {
                            break;
                        }
                        self.pos += c.len_utf8();
                    }
                    continue;
                }
                '}' | ':' | '!' => {
                    last = Some(c);
                    break;
                }
                _ => continue,
            }
        }
        let name_end = match last {
            Some(c) => self.pos - c.len_utf8(),
            None => self.pos,
        };
        let mut field = Field { name: &self.s[name_start..name_end], conversion: None, spec: "", spec_needs_expanding: false };
        match last {
            Some('}') => return Ok(field),
            Some('!') | Some(':') => {}
            _ => return Err("expected '}' before end of string"),
        }
        if last == Some('!') {
            let Some(conversion) = self.next_char() else {
                return Err("end of string while looking for conversion specifier");
            };
            field.conversion = Some(conversion);
            if let Some(c) = self.next_char() {
                if c == '}' {
                    return Ok(field);
                }
                if c != ':' {
                    return Err("expected ':' after conversion specifier");
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.next_char() {
            match c {
                '{' => {
                    field.spec_needs_expanding = true;
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &self.s[spec_start..self.pos - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err("unmatched '{' in format spec")
    }
}

impl<'a> Iterator for FormatStringParser<'a> {
    type Item = Result<Piece<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.s.len() {
            return None;
        }
        let start = self.pos;
        let mut brace = None;
        while let Some(c) = self.next_char() {
            if c == '{' || c == '}' {
                brace = Some(c);
                break;
            }
        }
        let at_end = self.pos >= self.s.len();
        let mut literal_end = self.pos;
        let mut markup_follows = brace.is_some();
        if brace == Some('}') && (at_end || self.peek() != Some('}')) {
            return self.fail("Single '}' encountered in format string");
        }
        if at_end && brace == Some('{') {
            return self.fail("Single '{' encountered in format string");
        }
        if let (false, Some(b)) = (at_end, brace) {
            if self.peek() == Some(b) {
                // An escaped brace: the literal keeps one of the two, and no field follows.
                self.pos += 1;
                markup_follows = false;
            } else {
                literal_end -= 1;
            }
        }
        let literal = &self.s[start..literal_end];
        if !markup_follows {
            return Some(Ok(Piece { literal, field: None }));
        }
        match self.parse_field() {
            Ok(field) => Some(Ok(Piece { literal, field: Some(field) })),
            Err(message) => self.fail(message),
        }
    }
}
