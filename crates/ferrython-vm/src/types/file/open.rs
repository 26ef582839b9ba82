//! `open()`: mode parsing with CPython's messages (`_io_open_impl` in Modules/_io/_iomodule.c), the
//! OS open, then the text layer's checks (`encoding`, `newline`).

use std::fs::OpenOptions;

use crate::object::Payload;
use crate::objects::file::{FileData, FileHandle};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;


/// The parsed `mode` argument.
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let invalid = || vm.value_error(format!("invalid mode: '{mode}'"));
    let mut m = Mode { creating: false, reading: false, writing: false, appending: false, updating: false, binary: false };
    let mut text = false;
    for (i, c) in mode.char_indices() {
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
        match c {
            'x' => m.creating = true,
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            '+' => m.updating = true,
            't' => text = true,
            'b' => m.binary = true,
            _ => return Err(invalid()),
        }
    }
    if text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if [m.creating, m.reading, m.writing, m.appending].iter().filter(|b| **b).count() != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// `FileIO.mode`: the normalised binary mode string.
fn raw_mode(m: &Mode) -> &'static str {
    match (m.creating, m.appending, m.reading, m.updating) {
        (true, _, _, true) => "xb+",
        (true, _, _, false) => "xb",
        (_, true, _, true) => "ab+",
        (_, true, _, false) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        (_, _, _, true) => "rb+",
        _ => "wb",
    }
}

/// `os.fspath(v)`: str and bytes pass through, else `v.__fspath__()`.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
        return Ok(v.clone());
    }
    let name = vm.intern("__fspath__");
    match vm.special(v, &name) {
        Some(m) => {
            let r = vm.call(&m, std::slice::from_ref(v), &[])?;
            if matches!(r.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
                Ok(r)
            } else {
                Err(vm.type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", vm.type_name(v), vm.type_name(&r))))
            }
        }
        None => Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v)))),
    }
}

/// An optional str argument of `open()`.
fn opt_str(vm: &Vm, v: &Value, what: &str) -> PyResult<Option<String>> {
    match v {
        Value::None => Ok(None),
        _ => match Vm::str_of(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!("open() argument '{what}' must be str or None, not {}", vm.type_name(v)))),
        },
    }
}

pub struct OpenArgs {
    pub file: Value,
    pub mode: Value,
    pub buffering: Value,
    pub encoding: Value,
    pub errors: Value,
    pub newline: Value,
    pub closefd: Value,
}

pub fn open(vm: &mut Vm, a: OpenArgs) -> PyResult<Value> {
    let mode_s = match Vm::str_of(&a.mode) {
        Some(s) => s.to_string(),
        None => return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(&a.mode)))),
    };
    let encoding = opt_str(vm, &a.encoding, "encoding")?;
    let errors = opt_str(vm, &a.errors, "errors")?;
    let newline = opt_str(vm, &a.newline, "newline")?;
    let buffering = match &a.buffering {
        Value::None => -1,
        v => vm.index_value(v)?,
    };
    let closefd = vm.is_true(&a.closefd)?;
    let m = parse_mode(vm, &mode_s)?;
    if m.binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if !m.binary && buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let readable = m.reading || m.updating;
    let writable = !m.reading || m.updating;
    let (file, name) = open_os(vm, &a.file, &m, closefd)?;
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            let shown = nl.replace('\r', "\\r").replace('\n', "\\n");
            return Err(vm.value_error(format!("illegal newline value: {shown}")));
        }
    }
    let encoding = match encoding {
        Some(e) => {
            crate::types::str::codecs::lookup(vm, &e)?;
            e
        }
        None => "UTF-8".to_string(),
    };
    let shown_mode = if m.binary { raw_mode(&m).to_string() } else { mode_s };
    let mut data = FileData::new(FileHandle::Disk(file), name, "", m.binary);
    data.mode = shown_mode;
    data.readable = readable;
    data.writable = writable;
    data.encoding = encoding;
    data.newline = newline;
    data.errors = errors.unwrap_or_else(|| "strict".to_string());
    data.unbuffered = buffering == 0;
    Ok(super::new_file(vm, data))
}

/// Open the OS file for a path or take over a file descriptor; returns the file and its `name`.
fn open_os(vm: &mut Vm, file: &Value, m: &Mode, closefd: bool) -> PyResult<(std::fs::File, Value)> {
    if let Value::Int(fd) = file {
        return open_fd(vm, *fd, closefd).map(|f| (f, file.clone()));
    }
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let path_v = fspath(vm, file)?;
    let path: std::path::PathBuf = match path_v.payload() {
        Some(Payload::Str(s)) => {
            if s.as_str().contains('\0') {
                return Err(vm.value_error("embedded null byte"));
            }
            s.as_str().into()
        }
        Some(Payload::Bytes(b)) => {
            use std::os::unix::ffi::OsStrExt;
            std::ffi::OsStr::from_bytes(b).into()
        }
        _ => return Err(vm.type_error("expected str, bytes or os.PathLike object")),
    };
    let mut opts = OpenOptions::new();
    opts.read(m.reading || m.updating);
    if m.writing {
        opts.write(true).create(true).truncate(true);
    } else if m.appending {
        opts.append(true).create(true);
    } else if m.creating {
        opts.write(true).create_new(true);
    } else if m.updating {
        opts.write(true);
    }
    let err = |vm: &Vm, e: &std::io::Error| crate::modules::os_error_from_io(vm, e, Some(file.clone()));
    let f = opts.open(&path).map_err(|e| err(vm, &e))?;
    // Opening a directory read-only succeeds at the OS level; FileIO refuses it (EISDIR).
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        return Err(err(vm, &std::io::Error::from_raw_os_error(21)));
    }
    Ok((f, file.clone()))
}

fn open_fd(vm: &Vm, fd: i64, closefd: bool) -> PyResult<std::fs::File> {
    use std::os::fd::{BorrowedFd, FromRawFd};
    let bad = || crate::modules::os_error_from_io(vm, &std::io::Error::from_raw_os_error(9), None);
    let Ok(raw) = i32::try_from(fd) else { return Err(bad()) };
    if raw < 0 {
        return Err(vm.value_error("negative file descriptor"));
    }
    // SAFETY: the descriptor is only borrowed for the duplicate; an invalid one makes `dup` fail.
    let dup = unsafe { BorrowedFd::borrow_raw(raw) }.try_clone_to_owned().map_err(|e| crate::modules::os_error_from_io(vm, &e, None))?;
    if closefd {
        drop(dup);
        // SAFETY: the descriptor is valid (it was just duplicated) and `closefd=True` hands its
        // ownership to the file object, as CPython's FileIO takes it.
        Ok(unsafe { std::fs::File::from_raw_fd(raw) })
    } else {
        Ok(std::fs::File::from(dup))
    }
}
