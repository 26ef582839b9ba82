//! File-system functions of `os`: the current directory, directories, removing and renaming,
//! links and permissions. Errors are CPython's OSError subclasses naming the argument as given.

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};

use ferrython_vm::object::Payload;
use ferrython_vm::objects::function::Args;
use ferrython_vm::{PyResult, Value, Vm};

use super::fspath::{Accepts, FsPath, PathArg, os_error, os_error2, path_arg, path_only, to_value};
use crate::posixpath::pure;
use crate::pyargs::{Clinic, Signature, int_arg, no_args};

fn arg(v: Option<Value>) -> Value {
    v.unwrap_or(Value::None)
}

/// `os.getcwd()`.
pub fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, args, "posix.getcwd")?;
    let cwd = crate::posixpath::cwd_bytes(vm)?;
    Ok(to_value(vm, &cwd, false))
}

/// `os.getcwdb()`.
pub fn getcwdb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, args, "posix.getcwdb")?;
    let cwd = crate::posixpath::cwd_bytes(vm)?;
    Ok(to_value(vm, &cwd, true))
}

/// `os.chdir(path)`.
pub fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path] = Clinic { fname: "chdir", names: ["path"], positional: 1, required: 1 }.bind(vm, args)?;
    let path = arg(path);
    let r = match path_arg(vm, "chdir", &path, Accepts::PathOrFd)? {
        PathArg::Path(p) => std::env::set_current_dir(p.as_path()),
        // SAFETY: fchdir takes any integer; a bad descriptor is reported through errno.
        PathArg::Fd(fd) => match unsafe { libc::fchdir(fd) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error()),
        },
    };
    r.map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

/// `os.listdir(path=None)`: names in the order the OS returns them; bytes names for a bytes path.
pub fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path] = Clinic { fname: "listdir", names: ["path"], positional: 1, required: 0 }.bind(vm, args)?;
    let path = path.filter(|p| !p.is_none());
    let (dir, as_bytes, shown) = match &path {
        None => (FsPath::str("."), false, vm.new_str(".")),
        Some(v) => {
            // listdir also accepts None, so its message says so.
            let fspath_name = vm.intern("__fspath__");
            let path_like = matches!(v, Value::Int(_) | Value::Bool(_))
                || matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_)))
                || vm.special(v, &fspath_name).is_some();
            if !path_like {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("listdir: path should be string, bytes, os.PathLike, integer or None, not {tn}")));
            }
            match path_arg(vm, "listdir", v, Accepts::PathOrFd)? {
                PathArg::Path(p) => {
                    let b = p.is_bytes;
                    (p, b, v.clone())
                }
                PathArg::Fd(fd) => (FsPath::str(&format!("/proc/self/fd/{fd}")), false, v.clone()),
            }
        }
    };
    let rd = std::fs::read_dir(dir.as_path()).map_err(|e| os_error(vm, &e, &shown))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, &shown))?;
        names.push(to_value(vm, entry.file_name().as_bytes(), as_bytes));
    }
    Ok(vm.new_list(names))
}

/// `mode` argument as the permission bits.
fn mode_arg(vm: &mut Vm, v: Option<Value>, default: u32) -> PyResult<u32> {
    match v {
        None => Ok(default),
        Some(v) => Ok(int_arg(vm, &v)? as u32),
    }
}

/// `os.mkdir(path, mode=0o777, *, dir_fd=None)`.
pub fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, mode, _dir_fd] = Clinic { fname: "mkdir", names: ["path", "mode", "dir_fd"], positional: 2, required: 1 }.bind(vm, args)?;
    let path = arg(path);
    let p = path_only(vm, "mkdir", &path)?;
    let mode = mode_arg(vm, mode, 0o777)?;
    std::fs::DirBuilder::new().mode(mode).create(p.as_path()).map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

/// `os.makedirs(name, mode=0o777, exist_ok=False)`, as `os.py` writes it.
pub fn makedirs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name, mode, exist_ok] = Signature { fname: "makedirs", names: ["name", "mode", "exist_ok"], positional: 3, required: 1 }.bind(vm, args)?;
    let name = arg(name);
    let mode = mode_arg(vm, mode, 0o777)?;
    let exist_ok = match exist_ok {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    let p = path_only(vm, "mkdir", &name)?;
    makedirs_rec(vm, &p, &name, mode, exist_ok)?;
    Ok(Value::None)
}

fn makedirs_rec(vm: &mut Vm, p: &FsPath, shown: &Value, mode: u32, exist_ok: bool) -> PyResult<()> {
    let (mut head, mut tail) = pure::split(&p.bytes);
    if tail.is_empty() {
        (head, tail) = pure::split(&head);
    }
    if !head.is_empty() && !tail.is_empty() && std::fs::metadata(std::ffi::OsStr::from_bytes(&head)).is_err() {
        let hp = p.with_bytes(head);
        let hv = hp.to_value(vm);
        match makedirs_rec(vm, &hp, &hv, 0o777, exist_ok) {
            Ok(()) => {}
            Err(e) if vm.err_matches(&e, &vm.exc.file_exists_error) => {}
            Err(e) => return Err(e),
        }
        if tail == b"." {
            return Ok(());
        }
    }
    match std::fs::DirBuilder::new().mode(mode).create(p.as_path()) {
        Ok(()) => Ok(()),
        Err(e) => {
            if exist_ok && std::fs::metadata(p.as_path()).is_ok_and(|m| m.is_dir()) {
                return Ok(());
            }
            Err(os_error(vm, &e, shown))
        }
    }
}

/// `os.rmdir(path, *, dir_fd=None)`.
pub fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, _dir_fd] = Clinic { fname: "rmdir", names: ["path", "dir_fd"], positional: 1, required: 1 }.bind(vm, args)?;
    let path = arg(path);
    let p = path_only(vm, "rmdir", &path)?;
    std::fs::remove_dir(p.as_path()).map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

/// `os.removedirs(name)`: remove the leaf, then empty parents until one fails.
pub fn removedirs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name] = Signature { fname: "removedirs", names: ["name"], positional: 1, required: 1 }.bind(vm, args)?;
    let name = arg(name);
    let p = path_only(vm, "rmdir", &name)?;
    std::fs::remove_dir(p.as_path()).map_err(|e| os_error(vm, &e, &name))?;
    let (mut head, mut tail) = pure::split(&p.bytes);
    if tail.is_empty() {
        (head, tail) = pure::split(&head);
    }
    while !head.is_empty() && !tail.is_empty() {
        if std::fs::remove_dir(std::ffi::OsStr::from_bytes(&head)).is_err() {
            break;
        }
        (head, tail) = pure::split(&head);
    }
    Ok(Value::None)
}

/// `os.remove(path, *, dir_fd=None)` and `os.unlink`.
fn remove_file(vm: &mut Vm, args: Args, fname: &'static str) -> PyResult<Value> {
    let [path, _dir_fd] = Clinic { fname, names: ["path", "dir_fd"], positional: 1, required: 1 }.bind(vm, args)?;
    let path = arg(path);
    let p = path_only(vm, fname, &path)?;
    std::fs::remove_file(p.as_path()).map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

pub fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_file(vm, args, "remove")
}

pub fn unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_file(vm, args, "unlink")
}

/// `os.rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)` and `os.replace` (the same on POSIX).
fn rename_impl(vm: &mut Vm, args: Args, fname: &'static str) -> PyResult<Value> {
    let [src, dst, _, _] = Clinic { fname, names: ["src", "dst", "src_dir_fd", "dst_dir_fd"], positional: 2, required: 2 }.bind(vm, args)?;
    let (src, dst) = (arg(src), arg(dst));
    let s = path_only(vm, fname, &src)?;
    let d = path_only(vm, fname, &dst)?;
    if s.is_bytes != d.is_bytes {
        return Err(vm.type_error(format!("{fname}: src and dst must be the same type")));
    }
    std::fs::rename(s.as_path(), d.as_path()).map_err(|e| os_error2(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

pub fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_impl(vm, args, "rename")
}

pub fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_impl(vm, args, "replace")
}

/// `os.readlink(path, *, dir_fd=None)`.
pub fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, _dir_fd] = Clinic { fname: "readlink", names: ["path", "dir_fd"], positional: 1, required: 1 }.bind(vm, args)?;
    let path = arg(path);
    let p = path_only(vm, "readlink", &path)?;
    let target = std::fs::read_link(p.as_path()).map_err(|e| os_error(vm, &e, &path))?;
    Ok(to_value(vm, target.as_os_str().as_bytes(), p.is_bytes))
}

/// `os.symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
pub fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [src, dst, _, _] =
        Clinic { fname: "symlink", names: ["src", "dst", "target_is_directory", "dir_fd"], positional: 3, required: 2 }.bind(vm, args)?;
    let (src, dst) = (arg(src), arg(dst));
    let s = path_only(vm, "symlink", &src)?;
    let d = path_only(vm, "symlink", &dst)?;
    std::os::unix::fs::symlink(s.as_path(), d.as_path()).map_err(|e| os_error2(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

/// `os.link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
pub fn link(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [src, dst, _, _, _] =
        Clinic { fname: "link", names: ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], positional: 2, required: 2 }.bind(vm, args)?;
    let (src, dst) = (arg(src), arg(dst));
    let s = path_only(vm, "link", &src)?;
    let d = path_only(vm, "link", &dst)?;
    std::fs::hard_link(s.as_path(), d.as_path()).map_err(|e| os_error2(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

/// `os.chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
pub fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, mode, _, _] =
        Clinic { fname: "chmod", names: ["path", "mode", "dir_fd", "follow_symlinks"], positional: 2, required: 2 }.bind(vm, args)?;
    let path = arg(path);
    let p = path_only(vm, "chmod", &path)?;
    let mode = mode_arg(vm, mode, 0)?;
    std::fs::set_permissions(p.as_path(), std::fs::Permissions::from_mode(mode)).map_err(|e| os_error(vm, &e, &path))?;
    Ok(Value::None)
}

/// `os.access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
pub fn access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, mode, _, _, _] =
        Clinic { fname: "access", names: ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], positional: 2, required: 2 }
            .bind(vm, args)?;
    let path = arg(path);
    let p = path_only(vm, "access", &path)?;
    let mode = int_arg(vm, &arg(mode))? as libc::c_int;
    let Ok(c) = std::ffi::CString::new(p.bytes) else {
        return Ok(Value::Bool(false));
    };
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    let r = unsafe { libc::access(c.as_ptr(), mode) };
    Ok(Value::Bool(r == 0))
}

/// One `(atime, mtime)` entry of `os.utime`'s `times` (seconds, int or float, floored like CPython's
/// `_PyTime_ROUND_FLOOR`) or `ns` (integer nanoseconds) as a `timespec`.
fn timespec(vm: &mut Vm, v: &Value, nanoseconds: bool) -> PyResult<libc::timespec> {
    const NS: i64 = 1_000_000_000;
    let (sec, nsec) = match v {
        Value::Float(f) if !nanoseconds => {
            if !f.is_finite() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let floor = f.floor();
            (floor as i64, (((f - floor) * 1e9).floor() as i64).clamp(0, NS - 1))
        }
        other => {
            let n = int_arg(vm, other)?;
            if nanoseconds { (n.div_euclid(NS), n.rem_euclid(NS)) } else { (n, 0) }
        }
    };
    Ok(libc::timespec { tv_sec: sec as libc::time_t, tv_nsec: nsec as _ })
}

/// The two items of a `times`/`ns` tuple, or None when `v` is not a 2-tuple.
fn pair(v: &Value) -> Option<[Value; 2]> {
    match v.as_obj().and_then(|o| o.as_tuple()) {
        Some([a, b]) => Some([a.clone(), b.clone()]),
        _ => None,
    }
}

/// `os.utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
pub fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, times, ns, _, follow] =
        Clinic { fname: "utime", names: ["path", "times", "ns", "dir_fd", "follow_symlinks"], positional: 2, required: 1 }.bind(vm, args)?;
    let path = arg(path);
    let times = times.filter(|t| !t.is_none());
    let stamps = match (times, ns) {
        (Some(_), Some(_)) => return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both")),
        (Some(t), None) => {
            let Some([a, m]) = pair(&t) else {
                return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
            };
            Some([timespec(vm, &a, false)?, timespec(vm, &m, false)?])
        }
        (None, Some(n)) => match pair(&n) {
            Some([a, m]) => Some([timespec(vm, &a, true)?, timespec(vm, &m, true)?]),
            None => return Err(vm.type_error("utime: 'ns' must be a tuple of two ints")),
        },
        (None, None) => None,
    };
    let p = path_only(vm, "utime", &path)?;
    let Ok(c) = std::ffi::CString::new(p.bytes) else {
        return Err(vm.value_error("utime: embedded null character in path"));
    };
    let flags = match follow {
        Some(f) if !vm.is_true(&f)? => libc::AT_SYMLINK_NOFOLLOW,
        _ => 0,
    };
    let ptr = stamps.as_ref().map_or(std::ptr::null(), |s| s.as_ptr());
    // SAFETY: `c` is a NUL-terminated path and `ptr` is null or points at two timespecs, both alive
    // for the duration of the call.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, flags) } != 0 {
        // CPython's utime reports the error without the file name.
        return Err(ferrython_vm::modules::os_error_from_io(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(Value::None)
}
