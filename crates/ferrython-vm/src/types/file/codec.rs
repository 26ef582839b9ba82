//! The text encodings `open()` supports natively (UTF-8, ASCII, Latin-1), with the error messages of
//! CPython's codecs.

use crate::vm::Vm;
use crate::PyErr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Look an encoding name up the way `codecs.lookup` normalises it.
    pub fn lookup(name: &str) -> Option<Codec> {
        let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
        match n.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            "ascii" | "us_ascii" | "646" => Some(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" => Some(Codec::Latin1),
            _ => None,
        }
    }

    /// The codec's canonical name, as its error messages show it.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Decode the longest valid prefix of `bytes`; the error (if any) is for the first bad byte.
    pub fn decode_prefix(self, bytes: &[u8]) -> (String, Option<DecodeError>) {
        match self {
            Codec::Utf8 => match std::str::from_utf8(bytes) {
                Ok(s) => (s.to_string(), None),
                Err(e) => {
                    let pos = e.valid_up_to();
                    let valid = String::from_utf8_lossy(&bytes[..pos]).into_owned();
                    // A truncated sequence at the very end may still be completed by more input.
                    let reason = match e.error_len() {
                        None => None,
                        Some(_) => Some(DecodeError { pos, byte: bytes[pos], reason: utf8_reason(&bytes[pos..]) }),
                    };
                    (valid, reason)
                }
            },
            Codec::Ascii => match bytes.iter().position(|b| *b >= 0x80) {
                None => (bytes.iter().map(|b| *b as char).collect(), None),
                Some(pos) => (
                    bytes[..pos].iter().map(|b| *b as char).collect(),
                    Some(DecodeError { pos, byte: bytes[pos], reason: "ordinal not in range(128)" }),
                ),
            },
            Codec::Latin1 => (bytes.iter().map(|b| *b as char).collect(), None),
        }
    }

    /// Decode all of `bytes` (end of input: a truncated sequence is an error too).
    pub fn decode_all(self, vm: &Vm, bytes: &[u8]) -> Result<String, PyErr> {
        let (s, err) = self.decode_prefix(bytes);
        if let Some(e) = err {
            return Err(self.decode_error(vm, &e));
        }
        if s.len() < bytes.len() && self == Codec::Utf8 {
            let pos = s.len();
            return Err(self.decode_error(vm, &DecodeError { pos, byte: bytes[pos], reason: "unexpected end of data" }));
        }
        Ok(s)
    }

    pub fn decode_error(self, vm: &Vm, e: &DecodeError) -> PyErr {
        let msg = format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", self.name(), e.byte, e.pos, e.reason);
        vm.new_error(&vm.exc.unicode_decode_error, msg)
    }

    /// Encode `s`, or CPython's `UnicodeEncodeError` for the first character out of range.
    pub fn encode(self, vm: &Vm, s: &str) -> Result<Vec<u8>, PyErr> {
        let limit = match self {
            Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
            Codec::Ascii => 128,
            Codec::Latin1 => 256,
        };
        let mut out = Vec::with_capacity(s.len());
        for (i, c) in s.chars().enumerate() {
            if (c as u32) < limit {
                out.push(c as u32 as u8);
            } else {
                let shown = crate::types::str::ascii_escape(&c.to_string());
                let msg = format!("'{}' codec can't encode character '{shown}' in position {i}: ordinal not in range({limit})", self.name());
                return Err(vm.new_error(&vm.exc.unicode_encode_error, msg));
            }
        }
        Ok(out)
    }

    /// Bytes `c` takes in this encoding (for positions after newline translation).
    pub fn char_len(self, c: char) -> usize {
        match self {
            Codec::Utf8 => c.len_utf8(),
            Codec::Ascii | Codec::Latin1 => 1,
        }
    }
}

pub struct DecodeError {
    pub pos: usize,
    pub byte: u8,
    pub reason: &'static str,
}

/// CPython's wording for an invalid UTF-8 sequence starting at `rest[0]`.
fn utf8_reason(rest: &[u8]) -> &'static str {
    let b = rest[0];
    if (0x80..0xC2).contains(&b) || b > 0xF4 {
        "invalid start byte"
    } else {
        "invalid continuation byte"
    }
}
