//! File objects (`open()`, `sys.stdin`/`stdout`/`stderr`), CPython's `_io` classes: `TextIOWrapper`
//! for text, `BufferedReader`/`BufferedWriter`/`BufferedRandom` for binary files. Reading is in
//! `file/read.rs`, writing and positioning in `file/write.rs`, `open()` itself in `file/open.rs`.

pub mod open;
mod read;
mod write;

use std::cell::RefCell;

use crate::object::{Payload, PyObject};
use crate::objects::file::{FileData, FileHandle};
use crate::objects::function::{Args, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::{PyErr, PyResult};

pub use read::readline_value;
pub use write::write_str;

pub fn init(vm: &mut Vm) {
    let methods: [(&'static str, NativeFn); 25] = [
        ("write", write::file_write),
        ("writelines", write::file_writelines),
        ("flush", write::file_flush),
        ("seek", write::file_seek),
        ("tell", write::file_tell),
        ("truncate", write::file_truncate),
        ("read", read::file_read),
        ("readline", read::file_readline),
        ("readlines", read::file_readlines),
        ("__next__", read::file_next),
        ("close", file_close),
        ("__enter__", file_enter),
        ("__exit__", file_exit),
        ("__iter__", file_iter),
        ("__repr__", file_repr),
        ("fileno", file_fileno),
        ("isatty", file_isatty),
        ("writable", file_writable),
        ("readable", file_readable),
        ("seekable", file_seekable),
        ("detach", file_unsupported_detach),
        ("__getstate__", file_getstate),
        ("__reduce_ex__", file_getstate),
        ("read1", read::file_read),
        ("readinto", file_unsupported_readinto),
    ];
    let module = vm.new_str("_io");
    for ty in file_types(vm) {
        vm.set_type_attr(&ty, "__module__", module.clone());
        for (name, f) in methods {
            vm.add_method(&ty, name, f);
        }
    }
    init_unsupported_operation(vm);
}

fn file_types(vm: &Vm) -> [PyRef; 4] {
    let t = &vm.types;
    [t.text_file.clone(), t.binary_file.clone(), t.buffered_writer.clone(), t.buffered_random.clone()]
}

/// `io.UnsupportedOperation`, a subclass of both `OSError` and `ValueError` as in CPython.
fn init_unsupported_operation(vm: &mut Vm) {
    let cls = vm.types.unsupported_operation.clone();
    let Some(td) = cls.as_type() else { return };
    let (os, val) = (vm.exc.os_error.clone(), vm.exc.value_error.clone());
    *td.bases.borrow_mut() = vec![os.clone(), val.clone()];
    let mut mro = vec![cls.clone(), os, val];
    mro.extend([vm.exc.exception.clone(), vm.exc.base_exception.clone(), vm.types.object.clone()]);
    *td.mro.borrow_mut() = mro;
    let module = vm.new_str("io");
    vm.set_type_attr(&cls, "__module__", module);
}

/// A new file object of the `_io` class that matches its mode.
pub fn new_file(vm: &Vm, data: FileData) -> Value {
    let t = &vm.types;
    let cls = match (data.binary, data.readable, data.writable) {
        (false, _, _) => t.text_file.clone(),
        (true, true, true) => t.buffered_random.clone(),
        (true, false, true) => t.buffered_writer.clone(),
        (true, _, false) => t.binary_file.clone(),
    };
    Value::Obj(PyObject::new(cls, Payload::File(Box::new(RefCell::new(data)))))
}

fn file_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<FileData>> {
    match v.payload() {
        Some(Payload::File(f)) => Ok(f),
        _ => Err(vm.type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received a '{}'", vm.type_name(v)))),
    }
}

/// The receiver of a file method.
fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a RefCell<FileData>)> {
    let Some(v) = args.args.first() else {
        return Err(vm.type_error("unbound method needs an argument"));
    };
    Ok((v, file_of(vm, v)?))
}

/// The error for an operation on a closed file. CPython's wording depends on the layer: the buffered
/// binary classes name the operation, `TextIOWrapper` and `IOBase` say "I/O operation on closed
/// file." (and the flag queries omit the period).
pub(crate) fn closed_error(vm: &Vm, binary: bool, op: &str) -> PyErr {
    let msg = match (binary, op) {
        (true, "read") => "read of closed file",
        (true, "readline") => "readline of closed file",
        (true, "seek") => "seek of closed file",
        (true, "write") => "write to closed file",
        (true, "flush") => "flush of closed file",
        (true, "tell") | (_, "flag") => "I/O operation on closed file",
        _ => "I/O operation on closed file.",
    };
    vm.value_error(msg)
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    vm.new_error(&vm.types.unsupported_operation, msg)
}

pub(crate) fn io_error(vm: &Vm, e: &std::io::Error) -> PyErr {
    crate::modules::os_error_from_io(vm, e, None)
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let mut fd = f.borrow_mut();
    if fd.is_closed() {
        return Ok(Value::None);
    }
    let r = fd.flush();
    if matches!(fd.handle, FileHandle::Disk(_)) {
        fd.handle = FileHandle::Closed;
    }
    r.map_err(|e| io_error(vm, &e))?;
    Ok(Value::None)
}

fn file_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.args.first().map(|v| vm.type_name(v)).unwrap_or_default();
    Err(vm.type_error(format!("cannot pickle '_io.{name}' object")))
}

fn file_unsupported_detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn file_unsupported_readinto(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "readinto"))
}

fn file_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, f) = this(vm, &args)?;
    if f.borrow().is_closed() {
        return Err(closed_error(vm, f.borrow().binary, ""));
    }
    Ok(v.clone())
}

fn file_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    file_enter(vm, args)
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.args.first() else {
        return Ok(Value::None);
    };
    file_close(vm, Args::new(std::slice::from_ref(v)))?;
    Ok(Value::None)
}

fn file_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, f) = this(vm, &args)?;
    let (name, mode, encoding, binary) = {
        let fd = f.borrow();
        (fd.name.clone(), fd.mode.clone(), fd.encoding.clone(), fd.binary)
    };
    let cls = vm.type_name(v);
    let name = vm.repr_string(&name)?;
    let s = if binary {
        format!("<_io.{cls} name={name}>")
    } else {
        let mode = vm.repr_string(&vm.new_str(mode))?;
        let enc = vm.repr_string(&vm.new_str(encoding))?;
        format!("<_io.{cls} name={name} mode={mode} encoding={enc}>")
    };
    Ok(vm.new_str(s))
}

fn file_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let n = match &f.borrow().handle {
        FileHandle::Stdin => 0,
        FileHandle::Stdout => 1,
        FileHandle::Stderr => 2,
        FileHandle::Disk(file) => {
            use std::os::fd::AsRawFd;
            file.as_raw_fd() as i64
        }
        FileHandle::Closed => return Err(closed_error(vm, false, "flag")),
    };
    Ok(Value::Int(n))
}

fn file_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let (_, f) = this(vm, &args)?;
    let t = match &f.borrow().handle {
        FileHandle::Stdin => std::io::stdin().is_terminal(),
        FileHandle::Stdout => std::io::stdout().is_terminal(),
        FileHandle::Stderr => std::io::stderr().is_terminal(),
        FileHandle::Disk(file) => file.is_terminal(),
        FileHandle::Closed => return Err(closed_error(vm, false, "flag")),
    };
    Ok(Value::Bool(t))
}

/// `readable()`/`writable()`/`seekable()`. On a closed file only the queries the buffered class
/// forwards to the raw file raise (a `BufferedWriter`'s `readable()` is `IOBase`'s constant False).
fn file_flag(vm: &mut Vm, args: Args, pick: fn(&FileData) -> bool, checks: fn(&FileData) -> bool) -> PyResult<Value> {
    let (_, f) = this(vm, &args)?;
    let fd = f.borrow();
    if fd.is_closed() && checks(&fd) {
        return Err(closed_error(vm, fd.binary, "flag"));
    }
    Ok(Value::Bool(!fd.is_closed() && pick(&fd)))
}

fn file_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    file_flag(vm, args, |fd| fd.writable, |fd| fd.writable)
}

fn file_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    file_flag(vm, args, |fd| fd.readable, |fd| fd.readable)
}

fn file_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    file_flag(vm, args, |fd| matches!(fd.handle, FileHandle::Disk(_)), |_| true)
}

/// Attributes of file objects: `name`, `mode`, `closed`, and the text ones.
pub fn file_attr(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let Payload::File(f) = &o.payload else {
        return Ok(None);
    };
    let fd = f.borrow();
    Ok(match name {
        "name" => Some(fd.name.clone()),
        "mode" => Some(vm.new_str(fd.mode.clone())),
        "closed" => Some(Value::Bool(fd.is_closed())),
        "encoding" if !fd.binary => Some(vm.new_str(fd.encoding.clone())),
        "errors" if !fd.binary => Some(vm.new_str(fd.errors.clone())),
        "newlines" if !fd.binary => Some(Value::None),
        "line_buffering" if !fd.binary => Some(Value::Bool(fd.line_buffered)),
        "write_through" if !fd.binary => Some(Value::Bool(fd.unbuffered)),
        _ => None,
    })
}

/// `-u` / PYTHONUNBUFFERED: `sys.stdout` and `sys.stderr` write through at every write.
pub fn make_std_streams_unbuffered(vm: &mut Vm) {
    for name in ["stdout", "stderr", "__stdout__", "__stderr__"] {
        if let Some(Payload::File(f)) = vm.sys_attr(name).as_ref().and_then(|f| f.payload()) {
            f.borrow_mut().unbuffered = true;
        }
    }
}
