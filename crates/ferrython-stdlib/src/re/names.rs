//! `\N{name}` escapes. Ferrython has no Unicode character name table yet (CPython reads
//! `unicodedata`), so no name is known yet.
//! Every name is reported as undefined, with CPython's message and position.

pub fn lookup(_name: &str) -> Option<u32> {
    None
}
