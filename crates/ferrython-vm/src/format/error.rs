//! The one error type of the formatting layer: a Python exception class plus CPython's exact message.

use std::borrow::Cow;
use std::fmt;

/// Which Python exception a [`FormatError`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    TypeError,
    /// Only `str.format`'s "Replacement index 3 out of range for positional args tuple".
    IndexError,
    /// CPython raises `MemoryError` (with no message) when a width or precision asks for a string
    /// it cannot allocate.
    MemoryError,
}

impl ErrorKind {
    /// The exception class name, as `type(e).__name__` prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A failure the VM turns into a Python exception of class `kind` with `str(e) == message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        FormatError { kind, message: message.into() }
    }

    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }

    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }

    pub fn memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for FormatError {}

/// Reserves room for `additional` more bytes, reporting `MemoryError` instead of aborting the
/// process the way an infallible allocation would (a width like `'{:9999999999999}'` is user input).
pub(crate) fn reserve(out: &mut String, additional: usize) -> Result<(), FormatError> {
    out.try_reserve(additional).map_err(|_| FormatError::memory())
}

/// Appends `count` copies of `ch`, failing with `MemoryError` rather than aborting.
pub(crate) fn push_repeated(out: &mut String, ch: char, count: usize) -> Result<(), FormatError> {
    let bytes = count.checked_mul(ch.len_utf8()).ok_or_else(FormatError::memory)?;
    reserve(out, bytes)?;
    out.extend(std::iter::repeat_n(ch, count));
    Ok(())
}

/// `%.200s` in CPython's `PyErr_Format`: type names in messages are cut to 200 UTF-8 bytes, and
/// a character cut in half decodes (with `errors='replace'`) to one U+FFFD.
pub(crate) fn truncate_200(name: &str) -> Cow<'_, str> {
    if name.len() <= 200 {
        return Cow::Borrowed(name);
    }
    let mut end = 200;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    if end == 200 { Cow::Borrowed(&name[..end]) } else { Cow::Owned(format!("{}\u{FFFD}", &name[..end])) }
}
