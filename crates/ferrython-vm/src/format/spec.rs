//! The format-spec mini-language (`parse_internal_render_format_spec` in
//! Python/formatter_unicode.c, 3.11 with the `z` flag):
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.

use super::error::{FormatError, truncate_200};
use super::unicode::decimal_value;

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and `0x` prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `+`: a sign for positive numbers too.
    Plus,
    /// `-`: the default, a sign for negative numbers only.
    Minus,
    /// ` `: a space in place of `+`.
    Space,
}

/// The thousands separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_` (every four digits for `b`, `o`, `x`, `X`)
    Underscore,
}

impl Grouping {
    pub fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec, before the value's type supplies defaults (numbers align right, strings
/// left; ints default to `d`, strings to `s`, floats and complex to no type).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when given explicitly before an alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive zero (floats and complex only).
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// The `0` flag without an explicit fill: fill with `'0'`, and for numbers with no explicit
    /// alignment, pad after the sign.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type character, as written (`None` when omitted).
    pub ty: Option<char>,
}

/// Parses `spec` the way `type_name.__format__` does. `type_name` (e.g. `"int"`, or a subclass's
/// name) appears in the "Invalid format specifier" message.
///
/// An empty spec parses to [`FormatSpec::default()`], for which every `format_*` function gives
/// `str()` of the value; CPython short-circuits `format(x, '')` to `str(x)` *before* parsing, so
/// for instances of subclasses (whose `__str__` may differ) the VM should call `str()` itself.
///
/// ```
/// use ferrython_vm::format::{parse_format_spec, Align};
/// let spec = parse_format_spec("*^+10,.3f", "float").unwrap();
/// assert_eq!((spec.fill, spec.align, spec.width, spec.precision, spec.ty),
///            (Some('*'), Some(Align::Center), Some(10), Some(3), Some('f')));
/// assert_eq!(parse_format_spec("abc", "int").unwrap_err().message,
///            "Invalid format specifier 'abc' for object of type 'int'");
/// ```
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec::default();
    let mut pos = 0;
    let at = |i: usize| chars.get(i).copied();

    // If the second char is an alignment token, the first is the fill character.
    if let Some(align) = at(1).and_then(Align::from_char) {
        out.fill = at(0);
        out.align = Some(align);
        pos = 2;
    } else if let Some(align) = at(0).and_then(Align::from_char) {
        out.align = Some(align);
        pos = 1;
    }
    out.sign = match at(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if out.sign.is_some() {
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    // "The special case for 0-padding (backwards compat)": only without an explicit fill.
    if out.fill.is_none() && at(pos) == Some('0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = parse_integer(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(both_separators());
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    // "_," is refused here; ",," is not (its second comma is read as the type, and refused as
    // "Cannot specify ',' with ','.").
    if at(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = parse_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = at(pos),
        _ => {
            return Err(FormatError::value(format!("Invalid format specifier '{spec}' for object of type '{}'", truncate_200(type_name))));
        }
    }
    Ok(out)
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// `get_integer`: a run of (Unicode) decimal digits as a `Py_ssize_t`; `None` if there are none.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// A spec with the value type's defaults applied, ready for layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub fill: char,
    pub align: Align,
    pub sign: Option<Sign>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    /// `_` with `b`/`o`/`x`/`X`: groups of four.
    pub group_by_four: bool,
    pub precision: Option<usize>,
    /// The presentation type; `'\0'` is "none" (the default for floats and complex).
    pub ty: char,
}

impl FormatSpec {
    /// Applies a type's defaults, and checks that the grouping option suits the presentation type
    /// (the last step of CPython's parse, so its error comes before any type-specific one).
    pub(crate) fn resolve(&self, default_type: char, default_align: Align) -> Result<Resolved, FormatError> {
        let ty = self.ty.unwrap_or(default_type);
        let mut group_by_four = false;
        if let Some(grouping) = self.grouping {
            match ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
                'b' | 'o' | 'x' | 'X' if grouping == Grouping::Underscore => group_by_four = true,
                _ => {
                    return Err(FormatError::value(format!("Cannot specify '{}' with {}.", grouping.as_char(), quoted_code(ty))));
                }
            }
        }
        let align = match self.align {
            Some(align) => align,
            None if self.zero_pad && default_align == Align::Right => Align::AfterSign,
            None => default_align,
        };
        let fill = match self.fill {
            Some(fill) => fill,
            None if self.zero_pad => '0',
            None => ' ',
        };
        Ok(Resolved {
            fill,
            align,
            sign: self.sign,
            no_neg_zero: self.no_neg_zero,
            alternate: self.alternate,
            width: self.width,
            grouping: self.grouping,
            group_by_four,
            precision: self.precision,
            ty,
        })
    }
}

/// A presentation type in a message: `'d'` when printable ASCII, else `'\x..'` (CPython's
/// `"'%c'"` versus `"'\\x%x'"`).
pub(crate) fn quoted_code(ty: char) -> String {
    let cp = u32::from(ty);
    if cp > 32 && cp < 128 { format!("'{ty}'") } else { format!("'\\x{cp:x}'") }
}

/// "Unknown format code 'd' for object of type 'float'".
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!("Unknown format code {} for object of type '{}'", quoted_code(ty), truncate_200(type_name)))
}
