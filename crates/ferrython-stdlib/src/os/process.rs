//! Process, descriptor and system functions of `os`: `getpid`, `urandom`, `strerror`, `system`,
//! `umask`, `uname`, `get_terminal_size`, `fspath`, and the raw descriptor calls (`open`, `read`,
//! `write`, `close`, `lseek`, `isatty`).

use std::io::Read;

use ferrython_vm::object::Payload;
use ferrython_vm::objects::function::Args;
use ferrython_vm::{PyResult, Value, Vm};

use super::fspath::{fspath, os_error, path_only};
use crate::pyargs::{Clinic, int_arg, module_class, no_args, one_arg, split_module};
use crate::structseq::{self, StructSeqDesc};

pub const TERMINAL_SIZE: StructSeqDesc = StructSeqDesc {
    module: "os",
    name: "terminal_size",
    visible: &["columns", "lines"],
    hidden: &[],
    unnamed: 0,
};

pub const UNAME_RESULT: StructSeqDesc = StructSeqDesc {
    module: "posix",
    name: "uname_result",
    visible: &["sysname", "nodename", "release", "version", "machine"],
    hidden: &[],
    unnamed: 0,
};

fn last_os_error(vm: &Vm) -> ferrython_vm::PyErr {
    ferrython_vm::modules::os_error_from_io(vm, &std::io::Error::last_os_error(), None)
}

pub fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, args, "posix.getpid")?;
    Ok(Value::Int(std::process::id() as i64))
}

pub fn getppid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, args, "posix.getppid")?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

macro_rules! id_getter {
    ($name:ident, $qual:literal, $call:path) => {
        pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            no_args(vm, args, $qual)?;
            // SAFETY: the get*id calls have no preconditions and cannot fail.
            Ok(Value::Int(unsafe { $call() } as i64))
        }
    };
}

id_getter!(getuid, "posix.getuid", libc::getuid);
id_getter!(geteuid, "posix.geteuid", libc::geteuid);
id_getter!(getgid, "posix.getgid", libc::getgid);
id_getter!(getegid, "posix.getegid", libc::getegid);

/// `os.cpu_count()`: the number of CPUs (None if unknown).
pub fn cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, args, "posix.cpu_count")?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

/// `os.urandom(size)`: bytes from the kernel's random source.
pub fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = one_arg(vm, args, "posix.urandom")?;
    let n = int_arg(vm, n)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| ferrython_vm::modules::os_error_from_io(vm, &e, None))?;
    Ok(vm.new_bytes(buf))
}

/// `os.strerror(code)`.
pub fn strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = one_arg(vm, args, "posix.strerror")?;
    let code = int_arg(vm, code)?;
    let code = i32::try_from(code)
        .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    Ok(vm.new_str(ferrython_vm::modules::strerror(code)))
}

/// `os.system(command)`: run through `/bin/sh -c`; the wait status (exit code << 8).
pub fn system(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [command] = Clinic {
        fname: "system",
        names: ["command"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let command = fspath(vm, &command.unwrap_or(Value::None))?;
    // Like CPython, Python-level buffers are not flushed first, so output interleaves as there.
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::process::ExitStatusExt;
    let status = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(std::ffi::OsStr::from_bytes(&command.bytes))
        .status();
    Ok(match status {
        Ok(s) => Value::Int(s.into_raw() as i64),
        Err(_) => Value::Int(127 << 8),
    })
}

/// `os.umask(mask)`: set the mask, return the previous one.
pub fn umask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mask = one_arg(vm, args, "posix.umask")?;
    let mask = int_arg(vm, mask)?;
    // SAFETY: umask has no preconditions.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

/// `os.uname()`.
pub fn uname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    no_args(vm, args, "posix.uname")?;
    let mut u = std::mem::MaybeUninit::<libc::utsname>::zeroed();
    // SAFETY: `u` is a valid out-pointer for one `struct utsname`.
    if unsafe { libc::uname(u.as_mut_ptr()) } != 0 {
        return Err(last_os_error(vm));
    }
    // SAFETY: uname succeeded and filled the struct; each field is a NUL-terminated string.
    let u = unsafe { u.assume_init() };
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let values = [
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]
    .into_iter()
    .map(|s| vm.new_str(s))
    .collect();
    let cls = module_class(vm, module.as_ref(), "uname_result")?;
    structseq::new_instance(vm, &cls, values)
}

/// `os.get_terminal_size(fd=1)`: OSError (ENOTTY) when `fd` is not a terminal.
pub fn get_terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    args.no_kwargs(vm, "get_terminal_size")?;
    let fd = match args.positional() {
        [] => 1,
        [fd] => int_arg(vm, fd)?,
        p => {
            return Err(vm.type_error(format!(
                "get_terminal_size expected at most 1 argument, got {}",
                p.len()
            )));
        }
    };
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `struct winsize` through the pointer, which is valid.
    if unsafe { libc::ioctl(fd as libc::c_int, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_os_error(vm));
    }
    let cls = module_class(vm, module.as_ref(), "terminal_size")?;
    structseq::new_instance(
        vm,
        &cls,
        vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)],
    )
}

/// `os.isatty(fd)`.
pub fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = one_arg(vm, args, "posix.isatty")?;
    let fd = int_arg(vm, fd)?;
    // SAFETY: isatty takes any integer.
    Ok(Value::Bool(unsafe { libc::isatty(fd as libc::c_int) } == 1))
}

/// `os.fspath(path)`.
pub fn os_fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path] = Clinic {
        fname: "fspath",
        names: ["path"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let path = path.unwrap_or(Value::None);
    // str and bytes (subclasses too) come back as they are.
    if matches!(path.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
        return Ok(path);
    }
    Ok(fspath(vm, &path)?.to_value(vm))
}

/// `os.fsencode(filename)`.
pub fn fsencode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f] = crate::pyargs::Signature {
        fname: "fsencode",
        names: ["filename"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let p = fspath(vm, &f.unwrap_or(Value::None))?;
    Ok(vm.new_bytes(p.bytes))
}

/// `os.fsdecode(filename)`.
pub fn fsdecode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f] = crate::pyargs::Signature {
        fname: "fsdecode",
        names: ["filename"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let p = fspath(vm, &f.unwrap_or(Value::None))?;
    Ok(vm.new_str(String::from_utf8_lossy(&p.bytes).into_owned()))
}

/// `os.open(path, flags, mode=0o777, *, dir_fd=None)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, flags, mode, _dir_fd] = Clinic {
        fname: "open",
        names: ["path", "flags", "mode", "dir_fd"],
        positional: 3,
        required: 2,
    }
    .bind(vm, args)?;
    let path = path.unwrap_or(Value::None);
    let p = path_only(vm, "open", &path)?;
    let flags = int_arg(vm, &flags.unwrap_or(Value::None))? as libc::c_int;
    let mode = match mode {
        Some(m) => int_arg(vm, &m)? as libc::c_uint,
        None => 0o777,
    };
    let Ok(c) = std::ffi::CString::new(p.bytes) else {
        return Err(vm.value_error("embedded null byte"));
    };
    // SAFETY: `c` is a valid NUL-terminated path; O_CLOEXEC as CPython adds (PEP 446).
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), &path));
    }
    Ok(Value::Int(fd as i64))
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let fd = int_arg(vm, v)?;
    libc::c_int::try_from(fd)
        .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))
}

/// `os.close(fd)`.
pub fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd] = Clinic {
        fname: "close",
        names: ["fd"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let fd = fd_arg(vm, &fd.unwrap_or(Value::None))?;
    // SAFETY: closing a descriptor the program names is what os.close does; errors come back via errno.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::None)
}

/// `os.read(fd, length)`.
pub fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, n] = args.exact::<2>(vm, "read")?;
    let fd = fd_arg(vm, fd)?;
    let n = int_arg(vm, n)?;
    if n < 0 {
        return Err(ferrython_vm::modules::os_error_from_io(
            vm,
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
        ));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` has room for `n` bytes.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if got < 0 {
        return Err(last_os_error(vm));
    }
    buf.truncate(got as usize);
    Ok(vm.new_bytes(buf))
}

/// `os.write(fd, data)`: the number of bytes written.
pub fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, data] = args.exact::<2>(vm, "write")?;
    let fd = fd_arg(vm, fd)?;
    let bytes: Vec<u8> = match data.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(data)
            )));
        }
    };
    // SAFETY: `bytes` is valid for reads of its length.
    let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
    if n < 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::Int(n as i64))
}

/// `os.lseek(fd, position, whence)`.
pub fn lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, pos, how] = args.exact::<3>(vm, "lseek")?;
    let fd = fd_arg(vm, fd)?;
    let pos = int_arg(vm, pos)?;
    let how = fd_arg(vm, how)?;
    // SAFETY: lseek takes any arguments and reports errors through errno.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::Int(r as i64))
}
