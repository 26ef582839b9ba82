//! The string a pattern is matched against: a `str` (ASCII text is matched as bytes, other text
//! as code points) or a bytes-like object, and slicing it by character positions.

use std::rc::Rc;

use ferrython_vm::object::Payload;
use ferrython_vm::{PyResult, Value, Vm};

use super::matcher::{Found, Interrupted, Matcher};
use super::program::Program;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Str,
    Bytes,
    ByteArray,
}

pub struct Subject {
    pub value: Value,
    pub kind: Kind,
    /// The code points of non-ASCII text.
    wide: Option<Rc<[u32]>>,
    /// A copy of a bytearray's or memoryview's bytes.
    owned: Option<Vec<u8>>,
    pub len: usize,
}

impl Subject {
    /// `string` checked against the pattern's kind, with CPython's messages.
    pub fn new(vm: &Vm, string: &Value, pattern_is_bytes: bool) -> PyResult<Rc<Subject>> {
        let (kind, wide, owned, len) = match string.payload() {
            Some(Payload::Str(s)) => {
                if pattern_is_bytes {
                    return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
                }
                if s.is_ascii() {
                    (Kind::Str, None, None, s.char_len())
                } else {
                    let w = wide_text(string, s.as_str());
                    let n = w.len();
                    (Kind::Str, Some(w), None, n)
                }
            }
            Some(Payload::Bytes(b)) => (Kind::Bytes, None, None, b.len()),
            Some(Payload::ByteArray(b)) => {
                let b = b.borrow().clone();
                let n = b.len();
                (Kind::ByteArray, None, Some(b), n)
            }
            Some(Payload::MemoryView(_)) => {
                let b = ferrython_vm::types::bytes::bytes_data(string).map(|c| c.into_owned()).unwrap_or_default();
                let n = b.len();
                (Kind::Bytes, None, Some(b), n)
            }
            _ => return Err(vm.type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(string)))),
        };
        if kind != Kind::Str && !pattern_is_bytes {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        Ok(Rc::new(Subject { value: string.clone(), kind, wide, owned, len }))
    }

    fn narrow(&self) -> &[u8] {
        if let Some(o) = &self.owned {
            return o;
        }
        match self.value.payload() {
            Some(Payload::Str(s)) => s.as_str().as_bytes(),
            Some(Payload::Bytes(b)) => b,
            _ => &[],
        }
    }

    /// Run `f` with a matcher over the subject cut at `endpos`.
    pub fn with_matcher<R>(&self, prog: &Program, endpos: usize, f: impl FnOnce(&mut dyn Search) -> R) -> R {
        match &self.wide {
            Some(w) => f(&mut Matcher::new(prog, &w[..endpos])),
            None => f(&mut Matcher::new(prog, &self.narrow()[..endpos])),
        }
    }

    /// `string[start:end]`: a str for str subjects, bytes for the others (a bytearray's too, as in
    /// CPython).
    pub fn slice(&self, vm: &Vm, start: usize, end: usize) -> Value {
        let (start, end) = (start.min(self.len), end.min(self.len));
        let end = end.max(start);
        match self.kind {
            Kind::Str => match &self.wide {
                Some(w) => vm.new_str(w[start..end].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>()),
                None => vm.new_str(std::str::from_utf8(&self.narrow()[start..end]).unwrap_or("")),
            },
            Kind::Bytes | Kind::ByteArray => vm.new_bytes(self.narrow()[start..end].to_vec()),
        }
    }

    /// Append `string[start:end]` to a text or byte buffer.
    pub fn push_slice(&self, out: &mut Output, start: usize, end: usize) {
        let (start, end) = (start.min(self.len), end.min(self.len));
        let end = end.max(start);
        match out {
            Output::Text(s) => match &self.wide {
                Some(w) => s.extend(w[start..end].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
                None => s.push_str(std::str::from_utf8(&self.narrow()[start..end]).unwrap_or("")),
            },
            Output::Bytes(b) => b.extend_from_slice(&self.narrow()[start..end]),
        }
    }
}

thread_local! {
    /// The code points of the last non-ASCII str matched, with a weak reference to it: a loop of
    /// `pattern.match(text, pos)` over one long text decodes it once, not once per call.
    static LAST_WIDE: std::cell::RefCell<Option<(std::rc::Weak<ferrython_vm::object::PyObject>, Rc<[u32]>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The code points of str `value` (whose text is `text`), reusing the last decoding if it was of
/// this very object (strs are immutable).
fn wide_text(value: &Value, text: &str) -> Rc<[u32]> {
    let obj = value.as_obj();
    LAST_WIDE.with(|cell| {
        let mut last = cell.borrow_mut();
        if let (Some((weak, wide)), Some(o)) = (last.as_ref(), obj)
            && std::ptr::eq(weak.as_ptr(), Rc::as_ptr(o))
            && weak.strong_count() > 0
        {
            return wide.clone();
        }
        let wide: Rc<[u32]> = text.chars().map(u32::from).collect();
        if let Some(o) = obj {
            *last = Some((Rc::downgrade(o), wide.clone()));
        }
        wide
    })
}

/// What `sub` builds.
pub enum Output {
    Text(String),
    Bytes(Vec<u8>),
}

/// A matcher with its text type erased.
pub trait Search {
    fn search(&mut self, start: usize) -> Result<Option<(usize, Found)>, Interrupted>;
    fn match_at(&mut self, start: usize) -> Result<Option<Found>, Interrupted>;
    fn set_match_all(&mut self, on: bool);
    fn set_must_advance(&mut self, on: bool);
}

impl<T: Copy + Into<u32>> Search for Matcher<'_, T> {
    fn search(&mut self, start: usize) -> Result<Option<(usize, Found)>, Interrupted> {
        Matcher::search(self, start)
    }

    fn match_at(&mut self, start: usize) -> Result<Option<Found>, Interrupted> {
        Matcher::match_at(self, start)
    }

    fn set_match_all(&mut self, on: bool) {
        self.match_all = on;
    }

    fn set_must_advance(&mut self, on: bool) {
        self.must_advance = on;
    }
}
