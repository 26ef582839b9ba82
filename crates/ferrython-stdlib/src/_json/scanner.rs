//! The JSON decoder's scanner (CPython's `scan_once_unicode` and `scanstring_unicode`): one value
//! from a position in a str, calling the decoder's hooks, with CPython's error messages and
//! positions. It walks the UTF-8 bytes (every JSON delimiter is ASCII) and converts byte offsets to
//! character indexes only where Python sees them: errors and the end index it returns.

use std::collections::HashMap;

use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyErr, Value, Vm};

/// Why scanning stopped without a value.
pub enum Fail {
    /// No JSON value starts at this byte offset (`StopIteration(idx)` in Python).
    NoValue(usize),
    /// A Python exception: a `JSONDecodeError`, or whatever a hook raised.
    Error(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Error(e)
    }
}

/// The decoder's settings (`JSONDecoder`'s attributes), as `json.scanner.make_scanner` reads them.
pub struct Hooks {
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    /// None: the built-in `float` (parsed here, correctly rounded as `float()` is).
    pub parse_float: Option<Value>,
    /// None: the built-in `int`.
    pub parse_int: Option<Value>,
    pub parse_constant: Value,
}

pub struct Scanner<'a> {
    pub text: &'a str,
    /// The str object being scanned, for `JSONDecodeError.doc`.
    pub doc: &'a Value,
    pub hooks: &'a Hooks,
    /// Object keys seen so far, so equal keys share one str object (CPython's `memo`).
    memo: HashMap<&'a str, Value>,
}

const WHITESPACE: &[u8] = b" \t\n\r";

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str, doc: &'a Value, hooks: &'a Hooks) -> Scanner<'a> {
        Scanner { text, doc, hooks, memo: HashMap::new() }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// The character index of byte offset `pos`.
    pub fn char_index(&self, pos: usize) -> usize {
        let prefix = &self.text.as_bytes()[..pos.min(self.text.len())];
        if prefix.is_ascii() { pos } else { prefix.iter().filter(|&&b| (b as i8) >= -0x40).count() }
    }

    /// `JSONDecodeError(msg, doc, pos)` at byte offset `pos`.
    pub fn error(&self, vm: &mut Vm, msg: &str, pos: usize) -> Fail {
        let pos = self.char_index(pos);
        Fail::Error(decode_error(vm, msg, self.doc, pos))
    }

    fn skip_whitespace(&self, mut pos: usize) -> usize {
        let b = self.bytes();
        while pos < b.len() && WHITESPACE.contains(&b[pos]) {
            pos += 1;
        }
        pos
    }

    /// The value starting at byte offset `pos` and the offset after it.
    pub fn scan_once(&mut self, vm: &mut Vm, pos: usize) -> Result<(Value, usize), Fail> {
        let b = self.bytes();
        let Some(&c) = b.get(pos) else { return Err(Fail::NoValue(pos)) };
        let rest = &b[pos..];
        match c {
            b'"' => {
                let (s, end) = self.scan_string(vm, pos + 1)?;
                Ok((vm.new_str(s), end))
            }
            b'{' => {
                vm.enter_recursion(" while decoding a JSON object from a unicode string")?;
                let r = self.parse_object(vm, pos + 1);
                vm.recursion_depth -= 1;
                r
            }
            b'[' => {
                vm.enter_recursion(" while decoding a JSON array from a unicode string")?;
                let r = self.parse_array(vm, pos + 1);
                vm.recursion_depth -= 1;
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((Value::None, pos + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), pos + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), pos + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant(vm, "NaN", pos),
            b'I' if rest.starts_with(b"Infinity") => self.constant(vm, "Infinity", pos),
            b'-' if rest.starts_with(b"-Infinity") => self.constant(vm, "-Infinity", pos),
            _ => self.parse_number(vm, pos),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, pos: usize) -> Result<(Value, usize), Fail> {
        let s = vm.new_str(name);
        let v = vm.call(&self.hooks.parse_constant, &[s], &[])?;
        Ok((v, pos + name.len()))
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, else no value here.
    fn parse_number(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let b = self.bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(Fail::NoValue(start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = &self.text[start..i];
        let value = if is_float {
            match &self.hooks.parse_float {
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
                Some(f) => {
                    let s = vm.new_str(text);
                    vm.call(f, &[s], &[])?
                }
            }
        } else {
            match &self.hooks.parse_int {
                None if text.len() <= 18 => Value::Int(text.parse::<i64>().unwrap_or(0)),
                None => {
                    // Long numbers go through int() for its digit limit and message.
                    let s = vm.new_str(text);
                    vm.call(&Value::Obj(vm.types.int.clone()), &[s], &[])?
                }
                Some(f) => {
                    let s = vm.new_str(text);
                    vm.call(f, &[s], &[])?
                }
            }
        };
        Ok((value, i))
    }

    fn parse_object(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let b = self.bytes();
        let pairs_hook = self.hooks.object_pairs_hook.clone();
        let mut pairs: Vec<Value> = Vec::new();
        let dict = if pairs_hook.is_none() { Some(vm.new_dict()) } else { None };
        let mut i = self.skip_whitespace(start);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(self.error(vm, "Expecting property name enclosed in double quotes", i));
                }
                let key_start = i + 1;
                let (key_text, end) = self.scan_string(vm, key_start)?;
                let key = self.memo_key(vm, key_start, end, key_text);
                i = self.skip_whitespace(end);
                if b.get(i) != Some(&b':') {
                    return Err(self.error(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_whitespace(i + 1);
                let (value, end) = self.scan_once(vm, i)?;
                match &dict {
                    Some(d) => dict_ops::set_item(vm, d, key, value)?,
                    None => pairs.push(vm.new_tuple(vec![key, value])),
                }
                i = self.skip_whitespace(end);
                if b.get(i) == Some(&b'}') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_whitespace(i + 1);
            }
        }
        let end = i + 1;
        if let Some(hook) = pairs_hook {
            let list = vm.new_list(pairs);
            return Ok((vm.call(&hook, &[list], &[])?, end));
        }
        let dict = Value::Obj(dict.expect("a dict when there is no pairs hook"));
        match &self.hooks.object_hook {
            Some(hook) => Ok((vm.call(hook, &[dict], &[])?, end)),
            None => Ok((dict, end)),
        }
    }

    /// The str for a key, shared with earlier equal keys when its text is unescaped.
    fn memo_key(&mut self, vm: &mut Vm, start: usize, end: usize, text: String) -> Value {
        // Only keys without escapes are memoized: their text is a slice of the document.
        let raw = &self.text[start..end - 1];
        if raw == text {
            if let Some(v) = self.memo.get(raw) {
                return v.clone();
            }
            let v = vm.new_str(text);
            self.memo.insert(raw, v.clone());
            return v;
        }
        vm.new_str(text)
    }

    fn parse_array(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let b = self.bytes();
        let mut items = Vec::new();
        let mut i = self.skip_whitespace(start);
        if b.get(i) != Some(&b']') {
            loop {
                let (value, end) = self.scan_once(vm, i)?;
                items.push(value);
                i = self.skip_whitespace(end);
                if b.get(i) == Some(&b']') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_whitespace(i + 1);
            }
        }
        Ok((vm.new_list(items), i + 1))
    }

    /// The contents of the string whose opening quote is just before byte offset `start`, and the
    /// offset after its closing quote.
    pub fn scan_string(&self, vm: &mut Vm, start: usize) -> Result<(String, usize), Fail> {
        let b = self.bytes();
        let begin = start.saturating_sub(1);
        let mut out = String::new();
        let mut i = start;
        loop {
            // A run of plain characters.
            let run = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' {
                if b[i] < 0x20 && self.hooks.strict {
                    return Err(self.error(vm, "Invalid control character at", i));
                }
                i += 1;
            }
            out.push_str(&self.text[run..i]);
            if i >= b.len() {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            if b[i] == b'"' {
                return Ok((out, i + 1));
            }
            // A backslash escape.
            let Some(&e) = b.get(i + 1) else {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            };
            let simple = match e {
                b'"' => Some('"'),
                b'\\' => Some('\\'),
                b'/' => Some('/'),
                b'b' => Some('\u{8}'),
                b'f' => Some('\u{c}'),
                b'n' => Some('\n'),
                b'r' => Some('\r'),
                b't' => Some('\t'),
                b'u' => None,
                _ => return Err(self.error(vm, "Invalid \\escape", i)),
            };
            if let Some(c) = simple {
                out.push(c);
                i += 2;
                continue;
            }
            let u = i + 1;
            let code = self.hex4(vm, u)?;
            i = u + 5;
            if (0xd800..0xdc00).contains(&code) && b.get(i) == Some(&b'\\') && b.get(i + 1) == Some(&b'u') {
                let low = self.hex4(vm, i + 1)?;
                if (0xdc00..0xe000).contains(&low) {
                    let joined = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    out.push(char::from_u32(joined).unwrap_or('\u{fffd}'));
                    i += 6;
                    continue;
                }
            }
            // A lone surrogate cannot be held in a str here: see docs/divergences.md.
            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
        }
    }

    /// The four hex digits after the `u` at byte offset `u`; a character must follow them.
    fn hex4(&self, vm: &mut Vm, u: usize) -> Result<u32, Fail> {
        let b = self.bytes();
        if u + 5 >= b.len() {
            return Err(self.error(vm, "Invalid \\uXXXX escape", u));
        }
        let mut code = 0u32;
        for &h in &b[u + 1..u + 5] {
            let d = (h as char).to_digit(16).ok_or_else(|| self.error(vm, "Invalid \\uXXXX escape", u));
            code = code * 16 + d?;
        }
        Ok(code)
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`.
pub fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let cls = match vm.import_module("json.decoder").and_then(|m| {
        let name = vm.intern("JSONDecodeError");
        vm.getattr(&m, &name)
    }) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let msg = vm.new_str(msg);
    match vm.call(&cls, &[msg, doc.clone(), Value::Int(pos as i64)], &[]) {
        Ok(Value::Obj(exc)) => PyErr::new(exc),
        Ok(other) => vm.type_error(format!("JSONDecodeError() returned {}", vm.type_name(&other))),
        Err(e) => e,
    }
}
