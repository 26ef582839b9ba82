//! `str % args` (`PyUnicode_Format` in Objects/unicodeobject.c), generic over the VM's values
//! through [`PercentArgs`]. The engine owns the parsing, the bookkeeping of which argument comes
//! next, the numeric conversions, the padding and every message CPython raises itself.

mod output;
mod spec;

use num_bigint::BigInt;

use super::error::FormatError;
use output::{format_arg, write_arg};
use spec::parse_arg_spec;

/// What `%c` got (`formatchar`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CharArg {
    /// A str of length one.
    Char(char),
    /// An int, or an object with `__index__`.
    Int(BigInt),
    /// Anything else, a str of another length included: "%c requires int or char".
    Neither,
}

/// What the engine needs from the VM. The value hooks return `Ok(None)` where CPython's
/// conversion would raise `TypeError` (the engine raises CPython's own message instead) and
/// `Err` for any other failure, which passes through.
pub trait PercentArgs {
    /// A VM value handle (cloned when an argument is used).
    type Value: Clone;
    type Error: From<FormatError>;

    /// `mapping[key]` for `%(key)s` (a missing key is the VM's `KeyError`).
    fn get_item(&mut self, mapping: &Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    fn str(&mut self, v: &Self::Value) -> Result<String, Self::Error>;
    fn repr(&mut self, v: &Self::Value) -> Result<String, Self::Error>;
    fn ascii(&mut self, v: &Self::Value) -> Result<String, Self::Error>;
    /// For `%d %i %u`: `int(v)` (so floats truncate); for `%o %x %X`: `operator.index(v)`.
    /// `None` when `v` is not a number or that conversion raises `TypeError`.
    fn int_value(&mut self, v: &Self::Value, conversion: char) -> Result<Option<BigInt>, Self::Error>;
    /// `PyFloat_AsDouble`: floats, `__float__`, `__index__`; `None` when none applies.
    fn float_value(&mut self, v: &Self::Value) -> Result<Option<f64>, Self::Error>;
    fn char_value(&mut self, v: &Self::Value) -> Result<CharArg, Self::Error>;
    /// For `*` widths and precisions: the value if `v` is an int (`PyLong_Check`, bool
    /// included, no `__index__`), else `None` ("* wants int").
    fn exact_int(&mut self, v: &Self::Value) -> Option<BigInt>;
    /// `type(v).__name__`, for messages.
    fn type_name(&mut self, v: &Self::Value) -> String;
}

/// The right operand of `%`, classified as CPython does.
pub enum PercentOperand<'a, V> {
    /// A tuple (or subclass): its items are the arguments.
    Tuple(&'a [V]),
    /// Not a tuple or str but with `__getitem__` (`PyMapping_Check`: dicts, and also lists):
    /// `%(key)s` works, it is one argument for plain `%s`, and unused it is no error.
    Mapping(V),
    /// Anything else: a single argument.
    Other(V),
}

/// Which argument comes next (`arglen`/`argidx` in CPython: -1/-2 mean "one object").
struct ArgCursor<'a, V> {
    items: &'a [V],
    single: Option<V>,
    argidx: isize,
    arglen: isize,
}

impl<V: Clone> ArgCursor<'_, V> {
    fn next(&mut self) -> Result<V, FormatError> {
        if self.argidx < self.arglen {
            let index = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                if let Some(v) = &self.single {
                    return Ok(v.clone());
                }
            } else if let Some(v) = self.items.get(index as usize) {
                return Ok(v.clone());
            }
        }
        Err(FormatError::type_error("not enough arguments for format string"))
    }

    fn set_single(&mut self, v: V) {
        self.single = Some(v);
        self.arglen = -1;
        self.argidx = -2;
    }
}

/// `template % args`: CPython's output, or its exception (`not enough arguments for format
/// string`, `unsupported format character 'y' (0x79) at index 3`, `* wants int`, ...), or the
/// error a VM hook returned. tests/format_percent.rs has a complete `PercentArgs` implementation.
pub fn percent_format<A: PercentArgs>(template: &str, args: PercentOperand<'_, A::Value>, vm: &mut A) -> Result<String, A::Error> {
    let (mut cursor, mapping) = match args {
        PercentOperand::Tuple(items) => (ArgCursor { items, single: None, argidx: 0, arglen: items.len() as isize }, None),
        PercentOperand::Mapping(v) => (ArgCursor { items: &[], single: Some(v.clone()), argidx: -2, arglen: -1 }, Some(v)),
        PercentOperand::Other(v) => (ArgCursor { items: &[], single: Some(v), argidx: -2, arglen: -1 }, None),
    };
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::with_capacity(template.len());
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            out.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut arg = parse_arg_spec(&chars, &mut pos, &mut cursor, mapping.as_ref(), vm)?;
        let value = cursor.next()?;
        let text = format_arg(&mut arg, &value, pos, vm)?;
        write_arg(&mut out, &mut arg, &text)?;
        if mapping.is_some() && cursor.argidx < cursor.arglen {
            return Err(not_all_converted().into());
        }
    }
    if cursor.argidx < cursor.arglen && mapping.is_none() {
        return Err(not_all_converted().into());
    }
    Ok(out)
}

fn not_all_converted() -> FormatError {
    FormatError::type_error("not all arguments converted during string formatting")
}
