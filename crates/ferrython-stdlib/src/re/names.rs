//! `\N{name}` escapes: CPython looks names up with `unicodedata.lookup` (case-insensitive,
//! aliases included); here the `unicode_names2` tables answer.

pub fn lookup(name: &str) -> Option<u32> {
    unicode_names2::character(name).map(u32::from)
}
