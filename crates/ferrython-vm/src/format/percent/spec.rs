//! Parsing one conversion specifier after a `%` (`unicode_format_arg_parse`):
//! `[(key)][flags][width|*][.precision|.*][h|l|L]type`.
//!
//! The counter `cnt` mirrors CPython's `fmtcnt` (characters left, going to -1 when the template
//! runs out) so that the exact moment "incomplete format" is raised, and which character a
//! conversion sees, match CPython's.

use num_traits::ToPrimitive;

use super::{ArgCursor, PercentArgs};
use crate::format::error::FormatError;

#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Flags {
    /// `-`
    pub ljust: bool,
    /// `+`
    pub sign: bool,
    /// ` `
    pub blank: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct ArgSpec {
    pub flags: Flags,
    pub width: Option<usize>,
    pub prec: Option<usize>,
    /// The conversion character.
    pub ch: char,
    /// Set for numeric conversions: the result's sign is laid out separately.
    pub numeric: bool,
}

/// Parses the specifier starting at `chars[*pos]` (just after the `%`), consuming `*` arguments
/// from `cursor` and, for `%(key)`, replacing the cursor's argument with `mapping[key]`.
pub(super) fn parse_arg_spec<A: PercentArgs>(
    chars: &[char],
    pos: &mut usize,
    cursor: &mut ArgCursor<'_, A::Value>,
    mapping: Option<&A::Value>,
    vm: &mut A,
) -> Result<ArgSpec, A::Error> {
    let read = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut cnt = chars.len() as isize - *pos as isize;
    let mut ch = read(*pos);
    let mut spec = ArgSpec { flags: Flags::default(), width: None, prec: None, ch, numeric: false };

    if ch == '(' {
        let Some(mapping) = mapping else {
            return Err(FormatError::type_error("format requires a mapping").into());
        };
        *pos += 1;
        cnt -= 1;
        let key_start = *pos;
        // Parentheses in the key must balance: "%((a))s" looks up "(a)".
        let mut depth = 1;
        while depth > 0 {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(*pos);
            if ch == ')' {
                depth -= 1;
            } else if ch == '(' {
                depth += 1;
            }
            *pos += 1;
        }
        if cnt < 0 || depth > 0 {
            return Err(FormatError::value("incomplete format key").into());
        }
        let key: String = chars[key_start..*pos - 1].iter().collect();
        let value = vm.get_item(mapping, &key)?;
        cursor.set_single(value);
    }

    loop {
        cnt -= 1;
        if cnt < 0 {
            break;
        }
        ch = read(*pos);
        *pos += 1;
        match ch {
            '-' => spec.flags.ljust = true,
            '+' => spec.flags.sign = true,
            ' ' => spec.flags.blank = true,
            '#' => spec.flags.alt = true,
            '0' => spec.flags.zero = true,
            _ => break,
        }
    }

    if ch == '*' {
        let v = cursor.next()?;
        let Some(width) = vm.exact_int(&v) else {
            return Err(FormatError::type_error("* wants int").into());
        };
        let width = width.to_isize().ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
        if width < 0 {
            spec.flags.ljust = true;
        }
        spec.width = Some(width.unsigned_abs());
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
    } else if let Some(d) = ch.to_digit(10) {
        let mut width = d as usize;
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(*pos);
            *pos += 1;
            let Some(d) = ch.to_digit(10) else {
                break;
            };
            width = width
                .checked_mul(10)
                .and_then(|w| w.checked_add(d as usize))
                .filter(|&w| w <= isize::MAX as usize)
                .ok_or_else(|| FormatError::value("width too big"))?;
        }
        spec.width = Some(width);
    }

    if ch == '.' {
        spec.prec = Some(0);
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
        if ch == '*' {
            let v = cursor.next()?;
            let Some(prec) = vm.exact_int(&v) else {
                return Err(FormatError::type_error("* wants int").into());
            };
            let prec = prec.to_i32().ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?;
            // A negative precision from '*' counts as zero.
            spec.prec = Some(prec.max(0) as usize);
            cnt -= 1;
            if cnt >= 0 {
                ch = read(*pos);
                *pos += 1;
            }
        } else if let Some(d) = ch.to_digit(10) {
            let mut prec = d as usize;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(*pos);
                *pos += 1;
                let Some(d) = ch.to_digit(10) else {
                    break;
                };
                prec = prec
                    .checked_mul(10)
                    .and_then(|p| p.checked_add(d as usize))
                    .filter(|&p| p <= i32::MAX as usize)
                    .ok_or_else(|| FormatError::value("precision too big"))?;
            }
            spec.prec = Some(prec);
        }
    }

    // A C length modifier is skipped: "%hd", "%ld", "%Lf" (but not "%lld").
    if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
    }
    if cnt < 0 {
        return Err(FormatError::value("incomplete format").into());
    }
    spec.ch = ch;
    Ok(spec)
}
