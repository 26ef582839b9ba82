//! Character predicates and case folding as `_sre` defines them: Unicode rules for str patterns
//! (`\w` is `str.isalnum()` or `_`, `\d` is `str.isdecimal()`, `\s` is `str.isspace()`, simple
//! lowercase from Unicode 14), ASCII rules for bytes patterns and the ASCII flag (LOCALE is
//! treated as the C locale, where they agree).

use super::ast::Category;
use super::tables::{CASED, EXTRA_CASES, INVERSE_LOWER, LOWER};
use ferrython_vm::types::str::unicode;

fn as_char(c: u32) -> Option<char> {
    char::from_u32(c)
}

pub fn is_ascii_word(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == u32::from(b'_'))
}

pub fn is_word(c: u32, uni: bool) -> bool {
    if c < 128 || !uni {
        return is_ascii_word(c);
    }
    as_char(c).is_some_and(unicode::is_alnum)
}

pub fn is_digit(c: u32, uni: bool) -> bool {
    if c < 128 || !uni {
        return (u32::from(b'0')..=u32::from(b'9')).contains(&c);
    }
    as_char(c).is_some_and(unicode::is_decimal)
}

/// Note Unicode whitespace includes `'\x1c'..='\x1f'`, ASCII whitespace does not.
pub fn is_space(c: u32, uni: bool) -> bool {
    if !uni {
        return matches!(c, 9..=13 | 32);
    }
    as_char(c).is_some_and(unicode::is_space)
}

pub fn category(cat: Category, c: u32, uni: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, uni),
        Category::NotDigit => !is_digit(c, uni),
        Category::Space => is_space(c, uni),
        Category::NotSpace => !is_space(c, uni),
        Category::Word => is_word(c, uni),
        Category::NotWord => !is_word(c, uni),
    }
}

/// `_sre.unicode_tolower` / `_sre.ascii_tolower`.
#[inline]
pub fn lower(c: u32, uni: bool) -> u32 {
    if c < 128 {
        return if (u32::from(b'A')..=u32::from(b'Z')).contains(&c) { c + 32 } else { c };
    }
    if !uni {
        return c;
    }
    match LOWER.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => LOWER[i].1,
        Err(_) => c,
    }
}

/// ASCII uppercase (the C locale's `toupper`).
pub fn upper_ascii(c: u32) -> u32 {
    if (u32::from(b'a')..=u32::from(b'z')).contains(&c) { c - 32 } else { c }
}

/// `_sre.unicode_iscased` / `_sre.ascii_iscased`.
pub fn is_cased(c: u32, uni: bool) -> bool {
    if c < 128 || !uni {
        return c < 128 && (c as u8).is_ascii_alphabetic();
    }
    CASED
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The other lowercase characters that lowercase `c` also matches (`re._casefix`).
pub fn extra_cases(c: u32) -> &'static [u32] {
    match EXTRA_CASES.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => EXTRA_CASES[i].1,
        Err(_) => &[],
    }
}

/// The characters other than `y` whose lowercase is `y`.
pub fn lowering_to(y: u32) -> impl Iterator<Item = u32> {
    let start = INVERSE_LOWER.partition_point(|&(k, _)| k < y);
    INVERSE_LOWER[start..].iter().take_while(move |&&(k, _)| k == y).map(|&(_, c)| c)
}

/// Every lowercase character a character with lowercase `lo` matches case-insensitively.
pub fn fold_set(lo: u32, uni: bool) -> Vec<u32> {
    let mut v = vec![lo];
    if uni {
        v.extend_from_slice(extra_cases(lo));
    }
    v
}
