//! Reading from file objects: `read`, `readline`, `readlines`, iteration. Text files decode with their
//! codec and apply the `newline` mode (universal newlines by default), as `TextIOWrapper` does.

use std::io::Read;

use crate::PyResult;
use crate::object::Payload;
use crate::objects::file::{FileData, FileHandle};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

use super::{closed_error, io_error, this, unsupported};
use crate::types::str::codecs::{self, Codec};

/// Check the file can be read and put pending writes out first.
fn prepare_read(vm: &Vm, fd: &mut FileData, op: &str) -> PyResult<()> {
    if fd.is_closed() {
        return Err(closed_error(vm, fd.binary, op));
    }
    if !fd.readable {
        return Err(unsupported(vm, if fd.binary { "read" } else { "not readable" }));
    }
    fd.flush().map_err(|e| io_error(vm, &e))
}

/// Read one more chunk from the OS into the read buffer; `false` at end of file.
fn fill_more(vm: &Vm, fd: &mut FileData) -> PyResult<bool> {
    if fd.eof {
        return Ok(false);
    }
    let mut chunk = [0u8; 8192];
    let n = loop {
        let r = match &mut fd.handle {
            FileHandle::Disk(f) => f.read(&mut chunk),
            FileHandle::Stdin => std::io::stdin().lock().read(&mut chunk),
            FileHandle::Closed => return Err(closed_error(vm, fd.binary, "")),
            FileHandle::Stdout | FileHandle::Stderr => return Err(unsupported(vm, "not readable")),
        };
        match r {
            // A signal interrupted the read (PEP 475): raise for Ctrl-C, else read again.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_signals()?,
            r => break r.map_err(|e| io_error(vm, &e))?,
        }
    };
    if n == 0 {
        fd.eof = true;
        return Ok(false);
    }
    fd.read_buf.extend_from_slice(&chunk[..n]);
    Ok(true)
}

fn fill_all(vm: &Vm, fd: &mut FileData) -> PyResult<()> {
    while fill_more(vm, fd)? {}
    Ok(())
}

/// Decode `bytes` with the file's encoding and error handler.
fn decode(vm: &Vm, fd: &FileData, bytes: &[u8]) -> PyResult<String> {
    let codec = codecs::lookup(vm, &fd.encoding)?;
    codecs::decode(vm, bytes, codec, &fd.errors)
}

/// Bytes `c` takes in `codec` (to count what a decoded prefix consumed).
fn char_len(codec: Codec, c: char) -> usize {
    match codec {
        Codec::Utf8 => c.len_utf8(),
        Codec::Ascii | Codec::Latin1 => 1,
        Codec::Wide { unit: 2, .. } if (c as u32) > 0xFFFF => 4,
        Codec::Wide { unit, .. } => unit,
    }
}

/// How much of `buf` can be decoded now: all of it at end of file, else all but a UTF-8 sequence cut
/// off at the end of the buffer.
fn decodable_len(codec: Codec, buf: &[u8], eof: bool) -> usize {
    if let Codec::Wide { unit, .. } = codec {
        return if eof { buf.len() } else { buf.len() - buf.len() % unit };
    }
    if eof || codec != Codec::Utf8 {
        return buf.len();
    }
    match std::str::from_utf8(buf) {
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        _ => buf.len(),
    }
}

/// Universal newlines: `\r\n` and `\r` read as `\n`.
fn translate(s: String) -> String {
    if s.contains('\r') { s.replace("\r\n", "\n").replace('\r', "\n") } else { s }
}

/// Where the next line ends in `buf` (the index after its terminator) for the file's `newline`
/// mode; `None` when more input is needed to tell.
fn line_end(buf: &[u8], newline: Option<&str>, eof: bool) -> Option<usize> {
    let found = match newline {
        None | Some("") => buf.iter().position(|b| *b == b'\n' || *b == b'\r').and_then(|i| match buf[i] {
            b'\r' => match buf.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if eof => Some(i + 1),
                None => None,
            },
            _ => Some(i + 1),
        }),
        Some("\r") => buf.iter().position(|b| *b == b'\r').map(|i| i + 1),
        Some("\r\n") => buf.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
        Some(_) => buf.iter().position(|b| *b == b'\n').map(|i| i + 1),
    };
    match found {
        Some(i) => Some(i),
        None if eof => Some(buf.len()),
        // A lone `\r` at the end of the buffer is handled above; anything else needs more input.
        None => None,
    }
}

/// Read the next line's raw bytes (terminator included), consuming them; empty at end of file.
fn next_line_bytes(vm: &Vm, fd: &mut FileData) -> PyResult<Vec<u8>> {
    let newline = if fd.binary { Some("\n".to_string()) } else { fd.newline.clone() };
    loop {
        if let Some(end) = line_end(&fd.read_buf, newline.as_deref(), fd.eof)
            && (end > 0 || fd.eof)
        {
            return Ok(fd.read_buf.drain(..end).collect());
        }
        fill_more(vm, fd)?;
    }
}

/// One line as a str or bytes value, at most `limit` characters (bytes) when `limit` is given.
fn read_line(vm: &mut Vm, fd: &mut FileData, limit: Option<usize>, op: &str) -> PyResult<Value> {
    prepare_read(vm, fd, op)?;
    let mut raw = next_line_bytes(vm, fd)?;
    if fd.binary {
        if let Some(n) = limit.filter(|n| *n < raw.len()) {
            let rest = raw.split_off(n);
            put_back(fd, rest);
        }
        return Ok(vm.new_bytes(raw));
    }
    let codec = codecs::lookup(vm, &fd.encoding)?;
    let text = decode(vm, fd, &raw)?;
    let text = if fd.newline.is_none() { translate(text) } else { text };
    match limit {
        Some(n) if n < text.chars().count() => {
            let taken: String = text.chars().take(n).collect();
            let used: usize = taken.chars().map(|c| char_len(codec, c)).sum();
            let rest = raw.split_off(used.min(raw.len()));
            put_back(fd, rest);
            Ok(vm.new_str(taken))
        }
        _ => Ok(vm.new_str(text)),
    }
}

/// Return unconsumed bytes to the front of the read buffer.
fn put_back(fd: &mut FileData, mut rest: Vec<u8>) {
    rest.extend_from_slice(&fd.read_buf);
    fd.read_buf = rest;
}

/// The size argument of `read`/`readline`: None or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = vm.index_value(v)?;
            Ok(usize::try_from(n).ok())
        }
        Some(v) if matches!(v.payload(), Some(Payload::Int(_))) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        Some(v) => match vm.call_special(v, &vm.names.__index__.clone(), &[])? {
            Some(i) => size_arg(vm, Some(&i)),
            None => Err(vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v)))),
        },
    }
}

/// Take up to `n` characters of decoded text from the read buffer, reading more as needed.
fn read_chars(vm: &mut Vm, fd: &mut FileData, n: usize) -> PyResult<String> {
    let codec = codecs::lookup(vm, &fd.encoding)?;
    let universal = fd.newline.is_none();
    loop {
        let avail = decodable_len(codec, &fd.read_buf, fd.eof);
        let text = decode(vm, fd, &fd.read_buf[..avail])?;
        let mut out = String::new();
        let (mut used, mut count) = (0, 0);
        let mut chars = text.chars().peekable();
        let mut need_more = false;
        while count < n {
            let Some(c) = chars.next() else { break };
            if universal && c == '\r' {
                match chars.peek() {
                    Some('\n') => {
                        chars.next();
                        used += 2;
                    }
                    // A `\r` at the end of the input read so far may start a `\r\n`.
                    None if !fd.eof => {
                        need_more = true;
                        break;
                    }
                    _ => used += 1,
                }
                out.push('\n');
            } else {
                used += char_len(codec, c);
                out.push(c);
            }
            count += 1;
        }
        if need_more || (count < n && !fd.eof) {
            fill_more(vm, fd)?;
            continue;
        }
        let used = used.min(fd.read_buf.len());
        fd.read_buf.drain(..used);
        return Ok(out);
    }
}

pub fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("read expected at most 1 argument, got {}", args.args.len() - 1)));
    }
    let size = size_arg(vm, args.args.get(1))?;
    let mut fd = f.borrow_mut();
    prepare_read(vm, &mut fd, "read")?;
    if fd.binary {
        let n = match size {
            None => {
                fill_all(vm, &mut fd)?;
                fd.read_buf.len()
            }
            Some(n) => {
                while fd.read_buf.len() < n && fill_more(vm, &mut fd)? {}
                n.min(fd.read_buf.len())
            }
        };
        let data: Vec<u8> = fd.read_buf.drain(..n).collect();
        return Ok(vm.new_bytes(data));
    }
    match size {
        None => {
            fill_all(vm, &mut fd)?;
            let data = std::mem::take(&mut fd.read_buf);
            let text = decode(vm, &fd, &data)?;
            Ok(vm.new_str(if fd.newline.is_none() { translate(text) } else { text }))
        }
        Some(n) => {
            let s = read_chars(vm, &mut fd, n)?;
            Ok(vm.new_str(s))
        }
    }
}

pub fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let limit = match args.args.get(1..) {
        Some([]) | None => None,
        Some([v]) => size_arg(vm, Some(v))?,
        Some(more) => {
            return Err(vm.type_error(format!("readline expected at most 1 argument, got {}", more.len())));
        }
    };
    let mut fd = f.borrow_mut();
    read_line(vm, &mut fd, limit, "readline")
}

pub fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let hint = size_arg(vm, args.args.get(1))?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_line(vm, &mut f.borrow_mut(), None, "readlines")?;
        let n = vm.len(&line)?;
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

pub fn file_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let line = read_line(vm, &mut f.borrow_mut(), None, "readline")?;
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// `file.readline()` for any file object: native files directly, others through the method.
pub fn readline_value(vm: &mut Vm, file: &Value) -> PyResult<Value> {
    if let Some(Payload::File(f)) = file.payload() {
        return read_line(vm, &mut f.borrow_mut(), None, "readline");
    }
    vm.call_method(file, "readline", &[])
}
