//! File objects (`open()`, `sys.stdout`): `write`, `read`, `readline`, iteration, `close`, context
//! manager.

use std::io::Read;

use crate::object::{Payload, PyObject};
use crate::objects::file::{FileData, FileHandle};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    for ty in [vm.types.text_file.clone(), vm.types.binary_file.clone()] {
        vm.add_method(&ty, "write", file_write);
        vm.add_method(&ty, "flush", file_flush);
        vm.add_method(&ty, "close", file_close);
        vm.add_method(&ty, "read", file_read);
        vm.add_method(&ty, "readline", file_readline);
        vm.add_method(&ty, "readlines", file_readlines);
        vm.add_method(&ty, "__enter__", file_enter);
        vm.add_method(&ty, "__exit__", file_exit);
        vm.add_method(&ty, "__iter__", file_enter);
        vm.add_method(&ty, "__next__", file_next);
        vm.add_method(&ty, "fileno", file_fileno);
        vm.add_method(&ty, "isatty", file_isatty);
        vm.add_method(&ty, "writable", file_writable);
        vm.add_method(&ty, "readable", file_readable);
    }
}

pub fn new_file(vm: &Vm, data: FileData) -> Value {
    let cls = if data.binary { vm.types.binary_file.clone() } else { vm.types.text_file.clone() };
    Value::Obj(PyObject::new(cls, Payload::File(std::cell::RefCell::new(data))))
}

fn file_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a std::cell::RefCell<FileData>> {
    match v.payload() {
        Some(Payload::File(f)) => Ok(f),
        _ => Err(vm.type_error("expected a file object")),
    }
}

fn closed_error(vm: &Vm) -> crate::PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// Write `s` to a file object (fast path for native files, `file.write(s)` otherwise).
pub fn write_str(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(Payload::File(f)) = file.payload() {
        let mut f = f.borrow_mut();
        if f.is_closed() {
            return Err(closed_error(vm));
        }
        f.write_buf.extend_from_slice(s.as_bytes());
        if f.unbuffered || f.write_buf.len() > 64 * 1024 {
            f.flush().map_err(|e| crate::modules::os_error_from_io(vm, &e, None))?;
        }
        return Ok(());
    }
    let name = vm.names.write.clone();
    let w = vm.getattr(file, &name)?;
    let sv = vm.new_str(s);
    vm.call(&w, &[sv], &[])?;
    Ok(())
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, data] = args.exact::<2>(vm, "write")?;
    let f = file_of(vm, this)?;
    let binary = f.borrow().binary;
    let bytes: Vec<u8> = match (binary, data.payload()) {
        (false, Some(Payload::Str(s))) => s.as_str().as_bytes().to_vec(),
        (true, Some(Payload::Bytes(b))) => b.to_vec(),
        (true, Some(Payload::ByteArray(b))) => b.borrow().clone(),
        (false, _) => return Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(data)))),
        (true, _) => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(data)))),
    };
    let n = if binary { bytes.len() } else { Vm::str_of(data).map_or(0, |s| s.chars().count()) };
    let mut fd = f.borrow_mut();
    if fd.is_closed() {
        return Err(closed_error(vm));
    }
    if !fd.writable {
        drop(fd);
        return Err(vm.new_error(&vm.exc.os_error, "not writable"));
    }
    fd.write_buf.extend_from_slice(&bytes);
    if fd.unbuffered || fd.write_buf.len() > 64 * 1024 {
        fd.flush().map_err(|e| crate::modules::os_error_from_io(vm, &e, None))?;
    }
    Ok(Value::Int(n as i64))
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "flush")?;
    let f = file_of(vm, this)?;
    f.borrow_mut().flush().map_err(|e| crate::modules::os_error_from_io(vm, &e, None))?;
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this] = args.exact::<1>(vm, "close")?;
    let f = file_of(vm, this)?;
    let mut fd = f.borrow_mut();
    fd.flush().map_err(|e| crate::modules::os_error_from_io(vm, &e, None))?;
    if matches!(fd.handle, FileHandle::Disk(_)) {
        fd.handle = FileHandle::Closed;
    }
    Ok(Value::None)
}

/// Read everything left (into the read buffer).
fn fill_all(vm: &Vm, fd: &mut FileData) -> PyResult<()> {
    let mut buf = Vec::new();
    let r = match &mut fd.handle {
        FileHandle::Disk(f) => f.read_to_end(&mut buf),
        FileHandle::Stdin => std::io::stdin().lock().read_to_end(&mut buf),
        FileHandle::Closed => return Err(closed_error(vm)),
        _ => return Err(vm.new_error(&vm.exc.os_error, "not readable")),
    };
    r.map_err(|e| crate::modules::os_error_from_io(vm, &e, None))?;
    fd.read_buf.extend_from_slice(&buf);
    fd.eof = true;
    Ok(())
}

/// Read one line (through `\n`) into a byte vector; empty at end of file.
fn read_line(vm: &Vm, fd: &mut FileData) -> PyResult<Vec<u8>> {
    loop {
        if let Some(pos) = fd.read_buf.iter().position(|b| *b == b'\n') {
            return Ok(fd.read_buf.drain(..=pos).collect());
        }
        if fd.eof {
            return Ok(std::mem::take(&mut fd.read_buf));
        }
        let mut chunk = [0u8; 8192];
        let n = match &mut fd.handle {
            FileHandle::Disk(f) => f.read(&mut chunk),
            FileHandle::Stdin => std::io::stdin().lock().read(&mut chunk),
            FileHandle::Closed => return Err(closed_error(vm)),
            _ => return Err(vm.new_error(&vm.exc.os_error, "not readable")),
        }
        .map_err(|e| crate::modules::os_error_from_io(vm, &e, None))?;
        if n == 0 {
            fd.eof = true;
        }
        fd.read_buf.extend_from_slice(&chunk[..n]);
    }
}

fn decode(vm: &Vm, binary: bool, bytes: Vec<u8>) -> PyResult<Value> {
    if binary {
        return Ok(vm.new_bytes(bytes));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(vm.new_str(s.replace("\r\n", "\n"))),
        Err(e) => Err(vm.new_error(&vm.exc.unicode_decode_error, format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", e.as_bytes()[e.utf8_error().valid_up_to()], e.utf8_error().valid_up_to()))),
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.positional().first().cloned().unwrap_or(Value::None);
    let f = file_of(vm, &this)?;
    let mut fd = f.borrow_mut();
    if fd.is_closed() {
        return Err(closed_error(vm));
    }
    let size = match args.positional().get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let binary = fd.binary;
    match size {
        None => {
            fill_all(vm, &mut fd)?;
            let data = std::mem::take(&mut fd.read_buf);
            decode(vm, binary, data)
        }
        Some(n) => {
            fill_all(vm, &mut fd)?;
            if binary {
                let n = n.min(fd.read_buf.len());
                let data: Vec<u8> = fd.read_buf.drain(..n).collect();
                return decode(vm, true, data);
            }
            let text = String::from_utf8_lossy(&fd.read_buf).to_string();
            let taken: String = text.chars().take(n).collect();
            fd.read_buf.drain(..taken.len());
            Ok(vm.new_str(taken))
        }
    }
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.positional().first().cloned().unwrap_or(Value::None);
    let f = file_of(vm, &this)?;
    let mut fd = f.borrow_mut();
    let line = read_line(vm, &mut fd)?;
    let binary = fd.binary;
    decode(vm, binary, line)
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.positional().first().cloned().unwrap_or(Value::None);
    let f = file_of(vm, &this)?;
    let mut lines = Vec::new();
    loop {
        let mut fd = f.borrow_mut();
        let line = read_line(vm, &mut fd)?;
        if line.is_empty() {
            break;
        }
        let binary = fd.binary;
        lines.push(decode(vm, binary, line)?);
    }
    Ok(vm.new_list(lines))
}

fn file_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.positional().first().cloned().unwrap_or(Value::None);
    let f = file_of(vm, &this)?;
    let mut fd = f.borrow_mut();
    if fd.is_closed() {
        return Err(closed_error(vm));
    }
    let line = read_line(vm, &mut fd)?;
    if line.is_empty() {
        drop(fd);
        return Err(vm.stop_iteration(Value::None));
    }
    let binary = fd.binary;
    decode(vm, binary, line)
}

fn file_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    file_close(vm, Args::new(std::slice::from_ref(&this)))?;
    Ok(Value::None)
}

fn file_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let f = file_of(vm, &this)?;
    let n = match &f.borrow().handle {
        FileHandle::Stdin => 0,
        FileHandle::Stdout => 1,
        FileHandle::Stderr => 2,
        FileHandle::Disk(file) => {
            use std::os::fd::AsRawFd;
            file.as_raw_fd() as i64
        }
        FileHandle::Closed => return Err(closed_error(vm)),
    };
    Ok(Value::Int(n))
}

fn file_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let f = file_of(vm, &this)?;
    let t = match &f.borrow().handle {
        FileHandle::Stdin => std::io::stdin().is_terminal(),
        FileHandle::Stdout => std::io::stdout().is_terminal(),
        FileHandle::Stderr => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(Value::Bool(t))
}

fn file_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(file_of(vm, &this)?.borrow().writable))
}

fn file_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Bool(file_of(vm, &this)?.borrow().readable))
}
