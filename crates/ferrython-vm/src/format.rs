//! String and number formatting shared by the VM, as pure functions over Rust values (`f64`,
//! `&str`, `BigInt`, `char`) that reproduce CPython 3.11 output and error messages exactly:
//!
//! - float text: [`float_repr`], [`complex_repr`] (`PyOS_double_to_string`, Python/pystrtod.c);
//! - the format-spec mini-language: [`parse_format_spec`], [`format_int`], [`format_float`],
//!   [`format_str`], [`format_complex`] (Python/formatter_unicode.c);
//! - `round()`: [`round_float`], [`round_half_even`] (Objects/floatobject.c);
//! - `int(str, base)` and `float(str)`: [`parse_int`], [`parse_float`] (Objects/longobject.c,
//!   Python/pystrtod.c), plus `bin`/`oct`/`hex` ([`int_to_str_radix`]);
//! - `str % args`: [`percent_format`] over the VM's [`PercentArgs`] (`PyUnicode_Format`);
//! - `str.format` templates: [`FormatStringParser`], [`split_field_name`] and the
//!   [`format_template`] driver over the VM's [`FormatFields`] (Objects/stringlib/unicode_format.h);
//! - hashing of numbers and tuples: [`hash_bigint`], [`hash_float`], [`hash_tuple`], ...
//!   (Python/pyhash.c, Objects/tupleobject.c).
//!
//! Nothing here knows about VM objects; a [`FormatError`] carries the Python exception class and
//! message for the VM to raise.
//!
//! Two deliberate departures from purity and from CPython, both documented where they apply:
//! the `int` <-> `str` digit limit (`sys.set_int_max_str_digits`) is one process-wide setting
//! ([`set_int_max_str_digits`]) rather than a parameter everywhere, with `_with_limit` variants for
//! callers that want it explicit; and a lone surrogate (`format(0xD800, 'c')`, `'%c' % 0xD800`)
//! is a `ValueError` because Rust strings cannot hold one. The `n` presentation type assumes the
//! C locale (no grouping, `.` for the point), which is what CPython uses unless a program calls
//! `locale.setlocale`.
//!
//! Every behaviour is checked against tables that CPython 3.11 itself printed
//! (`tests/gen_format_cases.py` writes them to `tests/data/format/`).

mod complex;
mod convert;
mod dtoa;
mod error;
mod fields;
mod float;
mod float_repr;
mod hash;
mod int;
mod layout;
mod parse_float;
mod parse_int;
mod percent;
mod radix;
mod round;
mod spec;
mod string;
mod unicode;

pub use complex::format_complex;
pub use convert::{bigint_to_f64, f64_to_bigint};
pub use error::{ErrorKind, FormatError};
pub use fields::{
    AutoNumber, Conversion, Field, FieldAccessor, FieldAccessors, FieldKey, FormatFields, FormatStringParser, Piece, format_template,
    parse_conversion, split_field_name,
};
pub use float::format_float;
pub use float_repr::{complex_repr, float_repr, float_str};
pub use hash::{HASH_IMAG, HASH_INF, HASH_MODULUS, hash_bigint, hash_complex, hash_float, hash_i64, hash_pointer, hash_tuple};
pub use int::format_int;
pub use parse_float::{invalid_float_literal, parse_float};
pub use parse_int::{ParseIntError, invalid_int_literal, parse_int, parse_int_checked, parse_int_with_limit};
pub use percent::{CharArg, PercentArgs, PercentOperand, percent_format};
pub use radix::{
    DEFAULT_INT_MAX_STR_DIGITS, int_max_str_digits, int_to_bin, int_to_decimal_string, int_to_decimal_string_with_limit, int_to_hex, int_to_oct,
    int_to_str_radix, set_int_max_str_digits,
};
pub use round::{round_float, round_half_even, round_to_int};
pub use spec::{Align, FormatSpec, Grouping, Sign, parse_format_spec};
pub use string::format_str;
pub use unicode::{decimal_value, is_space};
