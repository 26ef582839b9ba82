//! File objects (`open()`, `sys.stdout`, ...): a small `io` subset.

use std::fs::File;
use std::io::Write;

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
                let mut out = std::io::stdout().lock();
                out.write_all(&buf)?;
                out.flush()
            }
            FileHandle::Stderr => {
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
