//! Rendering a `str.format` template (`build_string`, `output_markup`, `get_field_object`).

use super::FormatStringParser;
use super::name::{AutoNumber, FieldAccessor, FieldKey, split_field_name};
use crate::format::error::{ErrorKind, FormatError};

/// A `!` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `!s`: `str(obj)`
    Str,
    /// `!r`: `repr(obj)`
    Repr,
    /// `!a`: `ascii(obj)`
    Ascii,
}

/// `do_conversion`'s check: "Unknown conversion specifier x" (or `\x..` when not printable).
pub fn parse_conversion(c: char) -> Result<Conversion, FormatError> {
    match c {
        's' => Ok(Conversion::Str),
        'r' => Ok(Conversion::Repr),
        'a' => Ok(Conversion::Ascii),
        _ => {
            let cp = u32::from(c);
            Err(FormatError::value(if cp > 32 && cp < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{cp:x}")
            }))
        }
    }
}

/// What `str.format` needs from the VM: argument lookup, attribute and item access, the three
/// conversions and `format(obj, spec)`. Errors the VM raises pass through unchanged; the ones
/// CPython raises in the template machinery itself arrive as [`FormatError`]s via `From`.
pub trait FormatFields {
    type Value;
    type Error: From<FormatError>;

    /// `args[index]`, `None` when out of range (the driver raises CPython's IndexError).
    fn positional(&mut self, index: usize) -> Option<Self::Value>;

    /// False for `str.format_map`, which has no positional arguments: a positional field is then
    /// "Format string contains positional fields".
    fn has_positional(&self) -> bool {
        true
    }

    /// `kwargs[name]` (or `mapping[name]` for `format_map`); the VM raises `KeyError(name)` for
    /// a missing key, including when there are no keyword arguments at all.
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;

    /// `getattr(obj, name)` for a `.name` accessor.
    fn getattr(&mut self, obj: &Self::Value, name: &str) -> Result<Self::Value, Self::Error>;

    /// `obj[index]` for a `[digits]` accessor.
    fn getitem_index(&mut self, obj: &Self::Value, index: usize) -> Result<Self::Value, Self::Error>;

    /// `obj[key]` for a `[text]` accessor (the key is a str).
    fn getitem_str(&mut self, obj: &Self::Value, key: &str) -> Result<Self::Value, Self::Error>;

    /// `str(obj)`, `repr(obj)` or `ascii(obj)`, as a str value.
    fn convert(&mut self, obj: Self::Value, conversion: Conversion) -> Result<Self::Value, Self::Error>;

    /// `format(obj, spec)`.
    fn format(&mut self, obj: &Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// `template.format(...)`: renders every field through `fields`, in CPython's order (look the
/// field up, walk its accessors, convert, expand a nested spec, format), with nested specs one
/// level deep at most ("Max string recursion exceeded") and auto-numbering shared across them.
pub fn format_template<F: FormatFields>(template: &str, fields: &mut F) -> Result<String, F::Error> {
    let mut auto = AutoNumber::new();
    build_string(template, fields, 2, &mut auto)
}

fn build_string<F: FormatFields>(template: &str, fields: &mut F, recursion_depth: u32, auto: &mut AutoNumber) -> Result<String, F::Error> {
    if recursion_depth == 0 {
        return Err(FormatError::value("Max string recursion exceeded").into());
    }
    let mut out = String::with_capacity(template.len());
    for piece in FormatStringParser::new(template) {
        let piece = piece?;
        out.push_str(piece.literal);
        let Some(field) = piece.field else {
            continue;
        };
        let mut obj = field_object(field.name, fields, auto)?;
        if let Some(c) = field.conversion {
            obj = fields.convert(obj, parse_conversion(c)?)?;
        }
        let text = if field.spec_needs_expanding {
            let spec = build_string(field.spec, fields, recursion_depth - 1, auto)?;
            fields.format(&obj, &spec)?
        } else {
            fields.format(&obj, field.spec)?
        };
        out.push_str(&text);
    }
    Ok(out)
}

/// `get_field_object`.
fn field_object<F: FormatFields>(name: &str, fields: &mut F, auto: &mut AutoNumber) -> Result<F::Value, F::Error> {
    let (key, accessors) = split_field_name(name, Some(auto))?;
    let mut obj = match key {
        FieldKey::Name(name) => fields.keyword(name)?,
        FieldKey::Index(index) => {
            if !fields.has_positional() {
                return Err(FormatError::value("Format string contains positional fields").into());
            }
            fields
                .positional(index)
                .ok_or_else(|| FormatError::new(ErrorKind::IndexError, format!("Replacement index {index} out of range for positional args tuple")))?
        }
    };
    for accessor in accessors {
        obj = match accessor? {
            FieldAccessor::Attr(name) => fields.getattr(&obj, name)?,
            FieldAccessor::Index(index) => fields.getitem_index(&obj, index)?,
            FieldAccessor::Key(key) => fields.getitem_str(&obj, key)?,
        };
    }
    Ok(obj)
}
