//! File objects (`open()`, `sys.stdout`, ...): a small `io` subset.

use std::fs::File;
use std::io::Write;
use std::sync::Mutex;

use crate::value::Value;

pub enum FileHandle {
    Stdin,
    Stdout,
    Stderr,
    Disk(File),
    Closed,
}

pub struct FileData {
    pub handle: FileHandle,
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    /// Bytes written but not yet passed to the OS.
    pub write_buf: Vec<u8>,
    /// Bytes read from the OS but not yet consumed.
    pub read_buf: Vec<u8>,
    pub eof: bool,
    /// Flush after every write (stderr, `-u`).
    pub unbuffered: bool,
    /// Flush after each write that contains a newline (`line_buffering`: standard output on a
    /// terminal, as in CPython).
    pub line_buffered: bool,
    /// Text files: the `encoding` argument as given (`UTF-8` when `open()` chose it).
    pub encoding: String,
    /// Text files: the `newline` argument (`None` is universal newlines mode).
    pub newline: Option<String>,
    /// Text files: the codec error handler (`strict`, `replace`, ...).
    pub errors: String,
}

impl FileData {
    pub fn new(handle: FileHandle, name: Value, mode: &str, binary: bool) -> FileData {
        let readable = mode.contains('r') || mode.contains('+');
        let writable = mode.contains('w') || mode.contains('a') || mode.contains('x') || mode.contains('+');
        FileData {
            unbuffered: matches!(handle, FileHandle::Stderr),
            line_buffered: matches!(handle, FileHandle::Stdout) && std::io::IsTerminal::is_terminal(&std::io::stdout()),
            handle,
            name,
            mode: mode.to_string(),
            binary,
            readable,
            writable,
            write_buf: Vec::new(),
            read_buf: Vec::new(),
            eof: false,
            encoding: "utf-8".to_string(),
            newline: None,
            errors: "strict".to_string(),
        }
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.write_buf.is_empty() {
            return Ok(());
        }
        let buf = std::mem::take(&mut self.write_buf);
        match &mut self.handle {
            FileHandle::Stdout => {
                note_line_tail(&buf);
                let mut out = std::io::stdout().lock();
                out.write_all(&buf)?;
                out.flush()
            }
            FileHandle::Stderr => {
                note_line_tail(&buf);
                let mut err = std::io::stderr().lock();
                err.write_all(&buf)?;
                err.flush()
            }
            FileHandle::Disk(f) => f.write_all(&buf),
            FileHandle::Stdin | FileHandle::Closed => Ok(()),
        }
    }

    pub fn is_closed(&self) -> bool {
        matches!(self.handle, FileHandle::Closed)
    }
}

impl Drop for FileData {
    fn drop(&mut self) {
        // A file is flushed and closed when its last reference goes, as in CPython.
        let _ = self.flush();
    }
}

/// What standard output and error wrote after their last line end (`None` once it grew past
/// [`LINE_TAIL_LIMIT`]). The interactive prompt starts its line with it: a line editor redraws the
/// whole line, and after `print('a', end='')` CPython's prompt reads `a>>> `. Process-wide, as the
/// terminal the two streams share is.
static LINE_TAIL: Mutex<Option<Vec<u8>>> = Mutex::new(Some(Vec::new()));

const LINE_TAIL_LIMIT: usize = 1024;

fn note_line_tail(written: &[u8]) {
    let Ok(mut tail) = LINE_TAIL.lock() else { return };
    match written.iter().rposition(|&b| b == b'\n' || b == b'\r') {
        Some(end) => *tail = Some(written[end + 1..].to_vec()),
        None => {
            if let Some(t) = tail.as_mut() {
                t.extend_from_slice(written);
            }
        }
    }
    if tail.as_ref().is_some_and(|t| t.len() > LINE_TAIL_LIMIT) {
        *tail = None;
    }
}

/// Take what standard output and error wrote after their last line end (None when too long to
/// keep), and start afresh: the prompt calls it as it shows itself.
pub fn take_line_tail() -> Option<Vec<u8>> {
    let Ok(mut tail) = LINE_TAIL.lock() else { return None };
    tail.replace(Vec::new())
}
