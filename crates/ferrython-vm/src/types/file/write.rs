//! Writing to file objects (`write`, `writelines`, `flush`) and positioning (`seek`, `tell`,
//! `truncate`). Text files translate `\n` to their `newline` and encode with their codec.

use std::io::{Seek, SeekFrom};

use crate::PyResult;
use crate::object::Payload;
use crate::objects::file::{FileData, FileHandle};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

use super::{closed_error, io_error, this, unsupported};
use crate::types::str::codecs;

/// Check the file can be written and deal with read-ahead (see `discard_read_ahead`).
fn prepare_write(vm: &Vm, fd: &mut FileData) -> PyResult<()> {
    if fd.is_closed() {
        return Err(closed_error(vm, fd.binary, "write"));
    }
    if !fd.writable {
        return Err(unsupported(vm, if fd.binary { "write" } else { "not writable" }));
    }
    discard_read_ahead(vm, fd)
}

/// Binary files rewind over their read-ahead, as `BufferedRandom` does; text files drop it and write
/// where the OS position is, as `TextIOWrapper.write` does after a read (it discards its decoded
/// chunk without seeking back).
fn discard_read_ahead(vm: &Vm, fd: &mut FileData) -> PyResult<()> {
    if !fd.binary {
        fd.read_buf.clear();
    }
    if !fd.read_buf.is_empty() {
        let back = fd.read_buf.len() as i64;
        if let FileHandle::Disk(f) = &mut fd.handle {
            f.seek(SeekFrom::Current(-back)).map_err(|e| io_error(vm, &e))?;
        }
        fd.read_buf.clear();
    }
    fd.eof = false;
    Ok(())
}

/// Queue `bytes`, flushing when unbuffered, line-buffered and a line ended, or the buffer is large.
fn push_bytes(vm: &Vm, fd: &mut FileData, bytes: &[u8]) -> PyResult<()> {
    fd.write_buf.extend_from_slice(bytes);
    if fd.unbuffered || (fd.line_buffered && bytes.contains(&b'\n')) || fd.write_buf.len() > 64 * 1024 {
        fd.flush().map_err(|e| io_error(vm, &e))?;
    }
    Ok(())
}

/// Encode text for a text file: newline translation, then the codec.
fn encode_text(vm: &mut Vm, fd: &FileData, s: &str) -> PyResult<Vec<u8>> {
    let codec = codecs::lookup(vm, &fd.encoding)?;
    let text = match fd.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => s.replace('\n', nl),
        _ => s.to_string(),
    };
    let obj = vm.new_str(text.as_str());
    codecs::encode(vm, &obj, &text, codec, &fd.errors)
}

/// Write `s` to a file object (fast path for native files, `file.write(s)` otherwise).
pub fn write_str(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(Payload::File(f)) = file.payload() {
        let mut fd = f.borrow_mut();
        if !fd.binary {
            prepare_write(vm, &mut fd)?;
            let bytes = encode_text(vm, &fd, s)?;
            return push_bytes(vm, &mut fd, &bytes);
        }
    }
    let name = vm.names.write.clone();
    let w = vm.getattr(file, &name)?;
    let sv = vm.new_str(s);
    vm.call(&w, &[sv], &[])?;
    Ok(())
}

/// The bytes of a bytes-like object, or None.
fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    }
}

fn write_one(vm: &mut Vm, f: &std::cell::RefCell<FileData>, data: &Value) -> PyResult<usize> {
    let mut fd = f.borrow_mut();
    if fd.binary {
        if fd.is_closed() {
            return Err(closed_error(vm, true, "write"));
        }
        let Some(bytes) = bytes_like(data) else {
            return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(data))));
        };
        prepare_write(vm, &mut fd)?;
        push_bytes(vm, &mut fd, &bytes)?;
        return Ok(bytes.len());
    }
    let Some(s) = Vm::str_of(data) else {
        return Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(data))));
    };
    prepare_write(vm, &mut fd)?;
    let bytes = encode_text(vm, &fd, s)?;
    push_bytes(vm, &mut fd, &bytes)?;
    Ok(s.chars().count())
}

pub fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let [_, data] = args.args else {
        return Err(vm.type_error(format!("write() takes exactly one argument ({} given)", args.args.len().saturating_sub(1))));
    };
    Ok(Value::Int(write_one(vm, f, data)? as i64))
}

pub fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let [_, lines] = args.args else {
        return Err(vm.type_error(format!("writelines() takes exactly one argument ({} given)", args.args.len().saturating_sub(1))));
    };
    {
        let mut fd = f.borrow_mut();
        if fd.is_closed() {
            return Err(closed_error(vm, fd.binary, ""));
        }
        if !fd.binary {
            prepare_write(vm, &mut fd)?;
        }
    }
    let it = vm.get_iter(lines)?;
    while let Some(line) = vm.next(&it)? {
        write_one(vm, f, &line)?;
    }
    Ok(Value::None)
}

pub fn file_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let mut fd = f.borrow_mut();
    if fd.is_closed() {
        return Err(closed_error(vm, fd.binary, if fd.writable { "flush" } else { "" }));
    }
    fd.flush().map_err(|e| io_error(vm, &e))?;
    Ok(Value::None)
}

/// The logical position: the OS position less the read-ahead, after pending writes.
fn position(vm: &Vm, fd: &mut FileData) -> PyResult<u64> {
    if fd.is_closed() {
        return Err(closed_error(vm, fd.binary, "tell"));
    }
    fd.flush().map_err(|e| io_error(vm, &e))?;
    let ahead = fd.read_buf.len() as u64;
    match &mut fd.handle {
        FileHandle::Disk(f) => Ok(f.stream_position().map_err(|e| io_error(vm, &e))?.saturating_sub(ahead)),
        _ => Err(unsupported(vm, "underlying stream is not seekable")),
    }
}

pub fn file_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let pos = position(vm, &mut f.borrow_mut())?;
    Ok(Value::Int(pos as i64))
}

pub fn file_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let (offset, whence) = match args.args.get(1..).unwrap_or(&[]) {
        [o] => (o.clone(), Value::Int(0)),
        [o, w] => (o.clone(), w.clone()),
        p => {
            return Err(vm.type_error(format!("seek expected at least 1 argument, got {}", p.len())));
        }
    };
    let offset = match &offset {
        Value::Int(_) | Value::Bool(_) => vm.index_value(&offset)?,
        v if vm.special(v, &vm.names.__index__.clone()).is_some() => vm.index_value(v)?,
        v => {
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
        }
    };
    let whence = vm.index_value(&whence)?;
    let mut fd = f.borrow_mut();
    if fd.is_closed() {
        return Err(closed_error(vm, fd.binary, "seek"));
    }
    if !fd.binary {
        match whence {
            1 if offset != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
            2 if offset != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
            0 if offset < 0 => {
                return Err(vm.value_error(format!("negative seek position {offset}")));
            }
            _ => {}
        }
    }
    let target = match whence {
        0 => SeekFrom::Start(offset.max(0) as u64),
        1 => {
            let cur = position(vm, &mut fd)? as i64;
            let to = cur.saturating_add(offset);
            if to < 0 {
                return Err(io_error(vm, &std::io::Error::from_raw_os_error(22)));
            }
            SeekFrom::Start(to as u64)
        }
        2 => SeekFrom::End(offset),
        w => return Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    };
    if offset < 0 && whence == 0 {
        return Err(io_error(vm, &std::io::Error::from_raw_os_error(22)));
    }
    fd.flush().map_err(|e| io_error(vm, &e))?;
    fd.read_buf.clear();
    fd.eof = false;
    match &mut fd.handle {
        FileHandle::Disk(file) => Ok(Value::Int(file.seek(target).map_err(|e| io_error(vm, &e))? as i64)),
        _ => Err(unsupported(vm, "underlying stream is not seekable")),
    }
}

pub fn file_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let size = match args.args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_value(v)?),
    };
    let mut fd = f.borrow_mut();
    if fd.is_closed() {
        return Err(closed_error(vm, fd.binary, ""));
    }
    if !fd.writable {
        return Err(unsupported(vm, "truncate"));
    }
    let pos = match size {
        Some(n) if n < 0 => return Err(io_error(vm, &std::io::Error::from_raw_os_error(22))),
        Some(n) => n as u64,
        None => position(vm, &mut fd)?,
    };
    fd.flush().map_err(|e| io_error(vm, &e))?;
    match &mut fd.handle {
        FileHandle::Disk(file) => file.set_len(pos).map_err(|e| io_error(vm, &e))?,
        _ => return Err(unsupported(vm, "underlying stream is not seekable")),
    }
    Ok(Value::Int(pos as i64))
}
