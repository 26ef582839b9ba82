//! Converting one argument (`unicode_format_arg_format`, `mainformatlong`,
//! `_PyUnicode_FormatLong`, `formatfloat`, `formatchar`) and laying it out
//! (`unicode_format_arg_output`).

use num_bigint::BigInt;
use num_traits::Signed;

use super::spec::ArgSpec;
use super::{CharArg, PercentArgs};
use crate::format::error::{FormatError, push_repeated, truncate_200};
use crate::format::float_repr::{DtoaFlags, double_to_string};
use crate::format::int::char_from_code_point;
use crate::format::radix::int_to_decimal_string;

/// The text for one conversion, before padding. `index` is just past the conversion character.
pub(super) fn format_arg<A: PercentArgs>(arg: &mut ArgSpec, value: &A::Value, index: usize, vm: &mut A) -> Result<String, A::Error> {
    Ok(match arg.ch {
        's' => vm.str(value)?,
        'r' => vm.repr(value)?,
        'a' => vm.ascii(value)?,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let Some(n) = vm.int_value(value, arg.ch)? else {
                let required = if matches!(arg.ch, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
                let type_name = vm.type_name(value);
                return Err(FormatError::type_error(format!("%{} format: {required} is required, not {}", arg.ch, truncate_200(&type_name))).into());
            };
            arg.numeric = true;
            format_long(&n, arg.flags.alt, arg.prec, arg.ch)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let Some(x) = vm.float_value(value)? else {
                let type_name = vm.type_name(value);
                return Err(FormatError::type_error(format!("must be real number, not {}", truncate_200(&type_name))).into());
            };
            arg.numeric = true;
            let flags = DtoaFlags { alt: arg.flags.alt, ..DtoaFlags::default() };
            double_to_string(x, arg.ch, arg.prec.unwrap_or(6), flags)?
        }
        'c' => match vm.char_value(value)? {
            CharArg::Char(c) => c.to_string(),
            CharArg::Int(i) => {
                let cp = u32::try_from(&i).ok().filter(|&cp| cp <= 0x10ffff).ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
                char_from_code_point(cp)?.to_string()
            }
            CharArg::Neither => {
                return Err(FormatError::type_error("%c requires int or char").into());
            }
        },
        other => {
            let cp = u32::from(other);
            let shown = if (31..=126).contains(&cp) { other } else { '?' };
            return Err(FormatError::value(format!("unsupported format character '{shown}' (0x{cp:x}) at index {}", index - 1)).into());
        }
    })
}

/// `_PyUnicode_FormatLong`: `n` in decimal, octal or hex, zero-extended to `prec` digits, with
/// the `0o`/`0x` marker only for `#`, and everything upper-cased for `X`.
fn format_long(n: &BigInt, alt: bool, prec: Option<usize>, ch: char) -> Result<String, FormatError> {
    if prec.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err(FormatError::overflow("precision too large"));
    }
    let (marker, digits) = match ch {
        'o' => ("0o", n.magnitude().to_str_radix(8)),
        'x' | 'X' => ("0x", n.magnitude().to_str_radix(16)),
        _ => ("", int_to_decimal_string(&n.abs())?),
    };
    let mut out = String::new();
    if n.is_negative() {
        out.push('-');
    }
    if alt {
        out.push_str(marker);
    }
    if let Some(p) = prec {
        push_repeated(&mut out, '0', p.saturating_sub(digits.len()))?;
    }
    out.push_str(&digits);
    if ch == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// `unicode_format_arg_output`: precision truncation for `s r a`, the sign and `0x` prefix
/// ahead of zero padding, and width padding (right-padding is always with spaces).
/// The `0x`/`0X`/`0o` of the `#` flag counts as part of the sign: `%#010o` is `0o00000010`.
pub(super) fn write_arg(out: &mut String, arg: &mut ArgSpec, text: &str) -> Result<(), FormatError> {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let fill = if arg.numeric && arg.flags.zero { '0' } else { ' ' };
    let sign_flags = arg.flags.sign || arg.flags.blank;
    if arg.width.is_none_or(|w| w <= len) && arg.prec.is_none_or(|p| p >= len) && !sign_flags {
        out.push_str(text);
        return Ok(());
    }
    if let (Some(p), 's' | 'r' | 'a') = (arg.prec, arg.ch) {
        len = len.min(p);
    }
    let mut pindex = 0;
    let mut sign_char = None;
    if arg.numeric {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                sign_char = Some(c);
                len -= 1;
                pindex += 1;
            }
            _ if arg.flags.sign => sign_char = Some('+'),
            _ if arg.flags.blank => sign_char = Some(' '),
            _ => arg.numeric = false,
        }
    }
    let mut width = arg.width.unwrap_or(0).max(len);
    let prefix = arg.flags.alt && matches!(arg.ch, 'x' | 'X' | 'o');
    if let Some(sign) = sign_char {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    if prefix {
        if fill != ' ' {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !arg.flags.ljust {
        push_repeated(out, fill, width - len)?;
        width = len;
    }
    if fill == ' ' {
        if let Some(sign) = sign_char {
            out.push(sign);
        }
        if prefix {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex.min(chars.len())..(pindex + len).min(chars.len())]);
    if width > len {
        push_repeated(out, ' ', width - len)?;
    }
    Ok(())
}
