//! Padding and digit grouping shared by the numeric formatters: `calc_number_widths`,
//! `fill_number` and `calc_padding` from Python/formatter_unicode.c, and
//! `_PyUnicode_InsertThousandsGrouping` from Objects/unicodeobject.c.

use super::error::{FormatError, push_repeated, reserve};
use super::spec::{Align, Sign};

/// A number already converted to text and split the way `parse_number` splits it:
/// `[-]<prefix><digits>[.<remainder>]`, where the remainder is whatever follows the integer digits
/// (fraction, exponent, `%`, or the character of `format(65, 'c')`).
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or `0X`) for the `#` flag.
    pub prefix: &'a str,
    /// The integer digits, ASCII; empty for `inf`, `nan` and the `c` presentation.
    pub digits: &'a str,
    pub has_decimal: bool,
    pub remainder: &'a str,
}

/// The layout options that apply to a number.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NumberStyle {
    pub fill: char,
    pub align: Align,
    pub width: Option<usize>,
    pub sign: Option<Sign>,
    /// The thousands separator and group size.
    pub separator: Option<(char, usize)>,
}

/// Writes `parts` laid out as
/// `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`,
/// where at most one of the three paddings is nonempty. With fill `'0'` and `=` alignment the
/// padding is made of digits instead, so that separators run through it: `format(1234, '010,')`
/// is `'00,001,234'`.
pub(crate) fn write_number(out: &mut String, parts: &NumberParts<'_>, style: &NumberStyle) -> Result<(), FormatError> {
    let sign = match (style.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let n_sign = usize::from(sign.is_some());
    let n_prefix = parts.prefix.chars().count();
    let n_decimal = usize::from(parts.has_decimal);
    let n_remainder = parts.remainder.chars().count();
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width = style.width.map_or(-1, |w| w as i128);

    let min_width = if style.fill == '0' && style.align == Align::AfterSign { width - non_digit as i128 } else { 0 };
    // Only the 'c' presentation and inf/nan have no digits, and they are never grouped.
    let grouped = if parts.digits.is_empty() { String::new() } else { group_digits(parts.digits, min_width, style.separator)? };
    let n_grouped = grouped.chars().count();

    let n_padding = width - (non_digit + n_grouped) as i128;
    let (mut lpad, mut spad, mut rpad) = (0usize, 0usize, 0usize);
    if n_padding > 0 {
        let n = usize::try_from(n_padding).map_err(|_| FormatError::memory())?;
        match style.align {
            Align::Left => rpad = n,
            Align::Center => {
                lpad = n / 2;
                rpad = n - lpad;
            }
            Align::AfterSign => spad = n,
            Align::Right => lpad = n,
        }
    }
    reserve(out, non_digit + grouped.len())?;
    push_repeated(out, style.fill, lpad)?;
    if let Some(sign) = sign {
        out.push(sign);
    }
    out.push_str(parts.prefix);
    push_repeated(out, style.fill, spad)?;
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_repeated(out, style.fill, rpad)
}

/// `_PyUnicode_InsertThousandsGrouping`: inserts `separator` between groups of digits counted
/// from the right, left-padding with `'0'` digits (and separators) up to `min_width` characters.
pub(crate) fn group_digits(digits: &str, min_width: i128, separator: Option<(char, usize)>) -> Result<String, FormatError> {
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i128;
    // Built right to left, then reversed; everything pushed is ASCII.
    let mut rev: Vec<u8> = Vec::new();
    let push_group = |rev: &mut Vec<u8>, n_chars: i128, n_zeros: i128, remaining: i128| {
        let end = remaining as usize;
        let start = end - n_chars as usize;
        rev.extend(digits[start..end].iter().rev());
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
    };
    let capacity = (remaining.max(min_width) as usize).saturating_mul(2);
    rev.try_reserve(capacity).map_err(|_| FormatError::memory())?;

    let mut finished = false;
    if let Some((sep, size)) = separator {
        let mut use_separator = false;
        let sep_byte = u8::try_from(sep).unwrap_or(b',');
        let size = size as i128;
        // The grouping is "\3" or "\4": the same size repeated forever, so the loop ends only
        // by its break.
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            if use_separator {
                rev.push(sep_byte);
            }
            push_group(&mut rev, n_chars, n_zeros, remaining);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        // No grouping: one group of all the digits, zero-padded to `min_width`.
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        push_group(&mut rev, remaining, n_zeros, remaining);
    }
    rev.reverse();
    String::from_utf8(rev).map_err(|_| FormatError::memory())
}

/// `calc_padding`: left and right padding for `nchars` characters in `width` with `align`
/// (`=` pads nothing on the left: it only exists for numbers, whose layout is above).
pub(crate) fn calc_padding(nchars: usize, width: Option<usize>, align: Align) -> (usize, usize) {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let left = match align {
        Align::Right => total - nchars,
        Align::Center => (total - nchars) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    (left, total - nchars - left)
}

/// Pads `body` (of `nchars` characters) with `fill` according to `width` and `align`.
pub(crate) fn pad(body: &str, nchars: usize, fill: char, width: Option<usize>, align: Align) -> Result<String, FormatError> {
    let (left, right) = calc_padding(nchars, width, align);
    let mut out = String::new();
    reserve(&mut out, body.len())?;
    push_repeated(&mut out, fill, left)?;
    out.push_str(body);
    push_repeated(&mut out, fill, right)?;
    Ok(out)
}
