//! The built-in codecs behind `str.encode`, `bytes.decode` and `str(b, encoding)`: UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32 (with or without a byte order mark) with the `strict`, `ignore`, `replace`, `backslashreplace` and
//! `xmlcharrefreplace` error handlers, raising `UnicodeEncodeError`/`UnicodeDecodeError` with
//! CPython's attributes and messages (Objects/exceptions.c).

use std::fmt::Write as _;

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::dict_ops;
use crate::{PyErr, PyResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 (`unit == 2`) or UTF-32 (`unit == 4`); `big` is the byte order, `None` for the
    /// BOM-marked native (little-endian) form.
    Wide {
        unit: usize,
        big: Option<bool>,
    },
}

impl Codec {
    /// The codec's name as error messages print it.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide {
                unit: 2,
                big: Some(true),
            } => "utf-16-be",
            Codec::Wide { unit: 2, .. } => "utf-16-le",
            Codec::Wide {
                big: Some(true), ..
            } => "utf-32-be",
            Codec::Wide { .. } => "utf-32-le",
        }
    }

    /// The highest code point the codec encodes in one byte (ASCII, Latin-1).
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            _ => 0x100,
        }
    }
}

/// `codecs.lookup(name)` for the built-in codecs: case, `-` and spaces do not matter, and the
/// aliases of Lib/encodings/aliases.py are accepted. Otherwise `LookupError: unknown encoding: x`.
pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "ibm819" | "csisolatin1" | "iso_8859_1_1987" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Wide { unit: 2, big: None },
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Wide {
            unit: 2,
            big: Some(false),
        },
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Wide {
            unit: 2,
            big: Some(true),
        },
        "utf_32" | "utf32" | "u32" => Codec::Wide { unit: 4, big: None },
        "utf_32_le" | "utf_32le" => Codec::Wide {
            unit: 4,
            big: Some(false),
        },
        "utf_32_be" | "utf_32be" => Codec::Wide {
            unit: 4,
            big: Some(true),
        },
        _ => return Err(vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {name}"))),
    })
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(
        &vm.exc.lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// A UnicodeEncodeError/UnicodeDecodeError with `args` and the five attributes CPython sets.
fn unicode_error(
    vm: &Vm,
    cls: &crate::value::PyRef,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        vm.new_str(codec.name()),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    let exc = vm.new_exception_obj(cls, args.clone());
    if let Some(d) = exc.dict() {
        for (name, v) in ["encoding", "object", "start", "end", "reason"]
            .into_iter()
            .zip(args)
        {
            dict_ops::set_str_raw(&d, &vm.new_str_obj(name), v);
        }
    }
    PyErr::new(exc)
}

/// `s.encode(encoding, errors)`; `this` is the str object itself (the error's `object`).
pub fn encode(vm: &Vm, this: &Value, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if let Codec::Wide { unit, big } = codec {
        return Ok(encode_wide(s, unit, big));
    }
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if u32::from(c) < limit {
            out.push(u32::from(c) as u8);
            i += 1;
            continue;
        }
        // The error covers the whole run of unencodable characters.
        let mut end = i + 1;
        while end < chars.len() && u32::from(chars[end]) >= limit {
            end += 1;
        }
        let run = &chars[i..end];
        match errors {
            "strict" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_error(
                    vm,
                    &vm.exc.unicode_encode_error,
                    codec,
                    this.clone(),
                    i,
                    end,
                    &reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', run.len())),
            "backslashreplace" => {
                let mut esc = String::new();
                for &c in run {
                    push_backslash_escape(&mut esc, u32::from(c));
                }
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => {
                for &c in run {
                    out.extend_from_slice(format!("&#{};", u32::from(c)).as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(out)
}

fn push_backslash_escape(out: &mut String, n: u32) {
    let _ = if n < 0x100 {
        write!(out, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

/// UTF-16/UTF-32: a byte order mark first for the unmarked form, then code units.
fn encode_wide(s: &str, unit: usize, big: Option<bool>) -> Vec<u8> {
    let be = big == Some(true);
    let mut out = Vec::with_capacity((s.len() + 1) * unit);
    let mut push = |n: u32| {
        let bytes = n.to_le_bytes();
        let mut word = bytes[..unit].to_vec();
        if be {
            word.reverse();
        }
        out.extend_from_slice(&word);
    };
    if big.is_none() {
        push(0xFEFF);
    }
    for c in s.chars() {
        if unit == 4 {
            push(u32::from(c));
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                push(u32::from(*u));
            }
        }
    }
    out
}

/// Decoding UTF-16/UTF-32: the failure at the current unit, as (end, reason).
fn wide_unit(
    b: &[u8],
    pos: usize,
    unit: usize,
    be: bool,
) -> Result<(char, usize), (usize, &'static str)> {
    let read = |at: usize| -> Option<u32> {
        let w = b.get(at..at + unit)?;
        Some(if be {
            w.iter().fold(0u32, |acc, &x| acc << 8 | u32::from(x))
        } else {
            w.iter().rev().fold(0u32, |acc, &x| acc << 8 | u32::from(x))
        })
    };
    let Some(n) = read(pos) else {
        return Err((b.len(), "truncated data"));
    };
    if unit == 4 {
        if n > 0x10FFFF {
            return Err((pos + 4, "code point not in range(0x110000)"));
        }
        return char::from_u32(n).map(|c| (c, pos + 4)).ok_or((
            pos + 4,
            "code point in surrogate code point range(0xd800, 0xe000)",
        ));
    }
    match n {
        0xD800..=0xDBFF => match read(pos + 2) {
            Some(lo @ 0xDC00..=0xDFFF) => {
                let cp = 0x10000 + ((n - 0xD800) << 10) + (lo - 0xDC00);
                char::from_u32(cp)
                    .map(|c| (c, pos + 4))
                    .ok_or((pos + 4, "illegal encoding"))
            }
            Some(_) => Err((pos + 2, "illegal UTF-16 surrogate")),
            None => Err((b.len(), "unexpected end of data")),
        },
        0xDC00..=0xDFFF => Err((pos + 2, "illegal encoding")),
        _ => char::from_u32(n)
            .map(|c| (c, pos + 2))
            .ok_or((pos + 2, "illegal encoding")),
    }
}

fn decode_wide(
    vm: &Vm,
    b: &[u8],
    unit: usize,
    big: Option<bool>,
    errors: &str,
) -> PyResult<String> {
    let (mut be, mut pos) = (big == Some(true), 0);
    if big.is_none() {
        let (le_bom, be_bom): (&[u8], &[u8]) = if unit == 2 {
            (b"\xff\xfe", b"\xfe\xff")
        } else {
            (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
        };
        if b.starts_with(le_bom) {
            pos = unit;
        } else if b.starts_with(be_bom) {
            (be, pos) = (true, unit);
        }
    }
    let codec = Codec::Wide {
        unit,
        big: Some(be),
    };
    let mut out = String::with_capacity(b.len() / unit);
    while pos < b.len() {
        match wide_unit(b, pos, unit, be) {
            Ok((c, next)) => {
                out.push(c);
                pos = next;
            }
            Err((end, reason)) => {
                match errors {
                    "strict" => {
                        let object = vm.new_bytes(b.to_vec());
                        return Err(unicode_error(
                            vm,
                            &vm.exc.unicode_decode_error,
                            codec,
                            object,
                            pos,
                            end,
                            reason,
                        ));
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => {
                        for &x in &b[pos..end] {
                            push_backslash_escape(&mut out, u32::from(x));
                        }
                    }
                    _ => return Err(unknown_handler(vm, errors)),
                }
                pos = end;
            }
        }
    }
    Ok(out)
}

/// `b.decode(encoding, errors)`. `object` makes the bytes object a UnicodeDecodeError carries.
pub fn decode(vm: &Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Wide { unit, big } => return decode_wide(vm, b, unit, big, errors),
        Codec::Latin1 => return Ok(b.iter().map(|&x| char::from(x)).collect()),
        _ if b.is_ascii() => {
            // ASCII is valid in all three codecs.
            return Ok(String::from_utf8_lossy(b).into_owned());
        }
        _ => {}
    }
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        let (valid, bad_end, reason) = match codec {
            Codec::Utf8 => match std::str::from_utf8(&b[pos..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let valid = pos + e.valid_up_to();
                    match e.error_len() {
                        None => (valid, b.len(), "unexpected end of data"),
                        Some(n) => {
                            let first = b.get(valid).copied().unwrap_or(0);
                            let starts = matches!(first, 0xC2..=0xF4);
                            let reason = if starts {
                                "invalid continuation byte"
                            } else {
                                "invalid start byte"
                            };
                            (valid, valid + n, reason)
                        }
                    }
                }
            },
            _ => {
                let valid = b[pos..]
                    .iter()
                    .position(|x| !x.is_ascii())
                    .map_or(b.len(), |k| pos + k);
                if valid == b.len() {
                    out.push_str(&String::from_utf8_lossy(&b[pos..]));
                    break;
                }
                (valid, valid + 1, "ordinal not in range(128)")
            }
        };
        out.push_str(&String::from_utf8_lossy(&b[pos..valid]));
        match errors {
            "strict" => {
                let object = vm.new_bytes(b.to_vec());
                return Err(unicode_error(
                    vm,
                    &vm.exc.unicode_decode_error,
                    codec,
                    object,
                    valid,
                    bad_end,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "backslashreplace" => {
                for &x in &b[valid..bad_end] {
                    push_backslash_escape(&mut out, u32::from(x));
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        pos = bad_end;
    }
    Ok(out)
}

/// An `encoding`/`errors` argument: `encode() argument 'encoding' must be str, not int`.
pub fn text_arg<'a>(
    vm: &Vm,
    v: Option<&'a Value>,
    func: &str,
    what: &str,
    default: &'a str,
) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => Vm::str_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "{func}() argument '{what}' must be str, not {}",
                vm.type_name(v)
            ))
        }),
    }
}

fn attr(vm: &mut Vm, exc: &Value, name: &str) -> PyResult<Value> {
    let n = vm.intern(name);
    vm.getattr(exc, &n)
}

fn ssize(v: &Value) -> usize {
    match v {
        Value::Int(i) if *i >= 0 => *i as usize,
        _ => 0,
    }
}

/// `UnicodeEncodeError.__str__` (`UnicodeEncodeError_str`).
pub fn encode_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(exc) = args.args.first().cloned() else {
        return Ok(vm.new_str(""));
    };
    let (Ok(encoding), Ok(object), Ok(start), Ok(end), Ok(reason)) = (
        attr(vm, &exc, "encoding"),
        attr(vm, &exc, "object"),
        attr(vm, &exc, "start"),
        attr(vm, &exc, "end"),
        attr(vm, &exc, "reason"),
    ) else {
        return Ok(vm.new_str(""));
    };
    let (start, end) = (ssize(&start), ssize(&end));
    let encoding = vm.str_string(&encoding)?;
    let reason = vm.str_string(&reason)?;
    let text = Vm::str_of(&object).unwrap_or("");
    let single = if end == start + 1 {
        text.chars().nth(start)
    } else {
        None
    };
    let msg = match single {
        Some(c) => {
            let mut esc = String::new();
            push_backslash_escape(&mut esc, u32::from(c));
            format!(
                "'{encoding}' codec can't encode character '{esc}' in position {start}: {reason}"
            )
        }
        None => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    };
    Ok(vm.new_str(msg))
}

/// `UnicodeDecodeError.__str__` (`UnicodeDecodeError_str`).
pub fn decode_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(exc) = args.args.first().cloned() else {
        return Ok(vm.new_str(""));
    };
    let (Ok(encoding), Ok(object), Ok(start), Ok(end), Ok(reason)) = (
        attr(vm, &exc, "encoding"),
        attr(vm, &exc, "object"),
        attr(vm, &exc, "start"),
        attr(vm, &exc, "end"),
        attr(vm, &exc, "reason"),
    ) else {
        return Ok(vm.new_str(""));
    };
    let (start, end) = (ssize(&start), ssize(&end));
    let encoding = vm.str_string(&encoding)?;
    let reason = vm.str_string(&reason)?;
    let byte = match object.payload() {
        Some(crate::object::Payload::Bytes(b)) if end == start + 1 => b.get(start).copied(),
        _ => None,
    };
    let msg = match byte {
        Some(x) => {
            format!("'{encoding}' codec can't decode byte 0x{x:02x} in position {start}: {reason}")
        }
        None => format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        ),
    };
    Ok(vm.new_str(msg))
}
