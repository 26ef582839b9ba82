//! Field names: `field_name_split`, `FieldNameIterator` and the auto-numbering state.

use crate::format::error::FormatError;
use crate::format::unicode::decimal_value;

/// What a field name starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKey<'a> {
    /// A positional argument: written (`{0}`, any Unicode digits) or auto-numbered (`{}`).
    Index(usize),
    /// A keyword argument.
    Name(&'a str),
}

/// One `.attr` or `[key]` after the first part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldAccessor<'a> {
    /// `.name`: `getattr(obj, name)`.
    Attr(&'a str),
    /// `[digits]`: `obj[int]`.
    Index(usize),
    /// `[text]`: `obj[str]`.
    Key(&'a str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

/// The numbering state shared by all fields of one `str.format` call, nested specs included:
/// `{}` fields count up, and mixing them with `{0}` fields is an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

impl Default for AutoNumber {
    fn default() -> Self {
        AutoNumber { state: AutoState::Init, next: 0 }
    }
}

impl AutoNumber {
    pub fn new() -> Self {
        Self::default()
    }
}

/// `get_integer`: the value of a nonempty all-digits string, `Ok(None)` if it is not one.
fn get_integer(s: &str) -> Result<Option<usize>, FormatError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// `field_name_split`: the first part of `name` (up to `.` or `[`) and an iterator over the
/// accessors after it. With `auto` (as `str.format` passes it; `_string.formatter_field_name_split`
/// does not), an empty first part takes the next automatic index, and switching between
/// automatic and manual numbering fails.
///
/// ```
/// use ferrython_vm::format::{split_field_name, AutoNumber, FieldAccessor, FieldKey};
/// let mut auto = AutoNumber::new();
/// let (key, rest) = split_field_name("0.real[x]", Some(&mut auto)).unwrap();
/// assert_eq!(key, FieldKey::Index(0));
/// let accessors: Vec<_> = rest.collect::<Result<_, _>>().unwrap();
/// assert_eq!(accessors, [FieldAccessor::Attr("real"), FieldAccessor::Key("x")]);
/// assert_eq!(split_field_name("", Some(&mut auto)).unwrap_err().message,
///            "cannot switch from manual field specification to automatic field numbering");
/// ```
pub fn split_field_name<'a>(name: &'a str, auto: Option<&mut AutoNumber>) -> Result<(FieldKey<'a>, FieldAccessors<'a>), FormatError> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let rest = FieldAccessors { s: &name[first_end..] };
    let index = get_integer(first)?;
    let empty = first.is_empty();
    let mut key = match index {
        Some(i) => FieldKey::Index(i),
        None => FieldKey::Name(first),
    };
    if let Some(auto) = auto {
        let numeric = empty || index.is_some();
        if auto.state == AutoState::Init && numeric {
            auto.state = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if numeric {
            match (auto.state, empty) {
                (AutoState::Manual, true) => {
                    return Err(FormatError::value(
                        "cannot switch from manual field specification to automatic field \
                         numbering",
                    ));
                }
                (AutoState::Auto, false) => {
                    return Err(FormatError::value(
                        "cannot switch from automatic field numbering to manual field \
                         specification",
                    ));
                }
                _ => {}
            }
        }
        if empty {
            key = FieldKey::Index(auto.next);
            auto.next += 1;
        }
    }
    Ok((key, rest))
}

/// `FieldNameIterator`: the accessors after a field name's first part, parsed one at a time (a
/// malformed accessor is reported only after the lookups before it). Ends after an error.
#[derive(Clone, Debug)]
pub struct FieldAccessors<'a> {
    s: &'a str,
}

impl<'a> FieldAccessors<'a> {
    fn fail(&mut self, message: &str) -> Option<Result<FieldAccessor<'a>, FormatError>> {
        self.s = "";
        Some(Err(FormatError::value(message)))
    }
}

impl<'a> Iterator for FieldAccessors<'a> {
    type Item = Result<FieldAccessor<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut chars = self.s.chars();
        let kind = chars.next()?;
        let body = chars.as_str();
        let (text, accessor) = match kind {
            '.' => {
                let end = body.find(['.', '[']).unwrap_or(body.len());
                self.s = &body[end..];
                (&body[..end], FieldAccessor::Attr(&body[..end]))
            }
            '[' => {
                let Some(end) = body.find(']') else {
                    return self.fail("Missing ']' in format string");
                };
                let text = &body[..end];
                self.s = &body[end + 1..];
                let accessor = match get_integer(text) {
                    Ok(Some(i)) => FieldAccessor::Index(i),
                    Ok(None) => FieldAccessor::Key(text),
                    Err(e) => {
                        self.s = "";
                        return Some(Err(e));
                    }
                };
                (text, accessor)
            }
            _ => return self.fail("Only '.' or '[' may follow ']' in format field specifier"),
        };
        if text.is_empty() {
            return self.fail("Empty attribute in format string");
        }
        Some(Ok(accessor))
    }
}
