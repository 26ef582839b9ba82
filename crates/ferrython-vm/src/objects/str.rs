//! `str` storage: UTF-8 text with its length in characters and a cached hash.

use std::cell::Cell;

pub struct PyStr {
    text: Box<str>,
    /// Number of code points (`len()`); equals `text.len()` for ASCII.
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let char_len = if text.is_ascii() { text.len() } else { text.chars().count() };
        PyStr { text, char_len, hash: Cell::new(None) }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() { self.text.as_bytes().get(i).map(|b| *b as char) } else { self.text.chars().nth(i) }
    }

    /// Byte offset of character index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() { i.min(self.text.len()) } else { self.text.char_indices().nth(i).map_or(self.text.len(), |(b, _)| b) }
    }

    /// Hash of the text. CPython randomizes `str` hashes per process, so any good hash is faithful;
    /// this is FNV-1a folded into CPython's hash range (never -1).
    #[inline]
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_str(&self.text);
        self.hash.set(Some(h));
        h
    }
}

pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}
