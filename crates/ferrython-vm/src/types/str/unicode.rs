//! Per-character Unicode properties with CPython 3.11's answers (Unicode 14.0, from the generated
//! `tables.rs`), and the case mappings Rust's `char` lacks (titlecase, full case folding).

use super::tables::{
    ALPHA, CASE_IGNORABLE, CASEFOLD_MAP, DIGIT, LOWER, NOT_PRINTABLE, NUMERIC, TITLE, TITLE_MAP,
    UPPER, XID_CONTINUE, XID_START,
};

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = u32::from(c);
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn in_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = u32::from(c);
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(&ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    crate::format::decimal_value(c).is_some()
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(&DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(&NUMERIC, c)
}

/// `Py_UNICODE_ISALNUM`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

pub fn is_space(c: char) -> bool {
    crate::format::is_space(c)
}

/// `Py_UNICODE_ISPRINTABLE`: everything but categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other
/// than the space itself.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_ranges(&NOT_PRINTABLE, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(&UPPER, c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(&LOWER, c)
}

/// Category Lt (`ǅ`): uppercase-initial digraphs.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(&TITLE, c)
}

/// `_PyUnicode_IsCased`.
pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_title(c)
}

pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(&XID_START, c)
}

pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(&XID_CONTINUE, c)
}

/// Appends the full titlecase mapping of `c` (`_PyUnicode_ToTitleFull`).
pub fn push_title(out: &mut String, c: char) {
    match in_map(&TITLE_MAP, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_uppercase()),
    }
}

/// Appends the full case folding of `c` (`_PyUnicode_ToFoldedFull`).
pub fn push_casefold(out: &mut String, c: char) {
    match in_map(&CASEFOLD_MAP, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_lowercase()),
    }
}

/// `_PyUnicode_IsCaseIgnorable`.
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(&CASE_IGNORABLE, c)
}
