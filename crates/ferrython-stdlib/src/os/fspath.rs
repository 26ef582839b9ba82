//! Path arguments: `os.fspath` (str, bytes, or an object with `__fspath__`) and the converter the
//! `os` functions use (CPython's `path_converter`), with CPython's messages for each.
//!
//! A path is handled as bytes (the file system's view); a str path is its UTF-8 encoding. Results
//! are turned back into the argument's type.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use ferrython_vm::object::Payload;
use ferrython_vm::{PyResult, Value, Vm};

/// A path argument after `os.fspath`: its bytes, and whether it was `bytes` (results keep the type).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FsPath {
    pub bytes: Vec<u8>,
    pub is_bytes: bool,
}

impl FsPath {
    pub fn str(s: &str) -> FsPath {
        FsPath {
            bytes: s.as_bytes().to_vec(),
            is_bytes: false,
        }
    }

    pub fn with_bytes(&self, bytes: Vec<u8>) -> FsPath {
        FsPath {
            bytes,
            is_bytes: self.is_bytes,
        }
    }

    pub fn as_path(&self) -> &Path {
        Path::new(OsStr::from_bytes(&self.bytes))
    }

    /// Back to a Python `str` or `bytes`, as the argument was.
    pub fn to_value(&self, vm: &Vm) -> Value {
        to_value(vm, &self.bytes, self.is_bytes)
    }
}

/// Bytes from the file system as `str` (UTF-8, undecodable bytes replaced) or `bytes`.
pub fn to_value(vm: &Vm, bytes: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        vm.new_bytes(bytes.to_vec())
    } else {
        vm.new_str(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// `os.fspath(v)` without the error: None when `v` is not path-like.
pub fn try_fspath(vm: &mut Vm, v: &Value) -> PyResult<Option<FsPath>> {
    if let Some(p) = str_or_bytes(v) {
        return Ok(Some(p));
    }
    let name = vm.intern("__fspath__");
    let Some(method) = vm.special(v, &name) else {
        return Ok(None);
    };
    let r = vm.call(&method, std::slice::from_ref(v), &[])?;
    match str_or_bytes(&r) {
        Some(p) => Ok(Some(p)),
        None => Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(v),
            vm.type_name(&r)
        ))),
    }
}

fn str_or_bytes(v: &Value) -> Option<FsPath> {
    match v.payload()? {
        Payload::Str(s) => Some(FsPath::str(s.as_str())),
        Payload::Bytes(b) => Some(FsPath {
            bytes: b.to_vec(),
            is_bytes: true,
        }),
        _ => None,
    }
}

/// `os.fspath(v)`: "expected str, bytes or os.PathLike object, not int".
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<FsPath> {
    match try_fspath(vm, v)? {
        Some(p) => Ok(p),
        None => Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        ))),
    }
}

/// What a function's path parameter accepts besides paths (CPython's `path_t` flags).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    Path,
    /// An open file descriptor too (`os.stat(1)`).
    PathOrFd,
}

/// A converted `path` argument of an `os` function.
pub enum PathArg {
    Path(FsPath),
    Fd(i32),
}

/// CPython's `path_converter`: `fname: path should be string, bytes or os.PathLike, not int`, and
/// "embedded null byte" for a NUL inside the path.
pub fn path_arg(vm: &mut Vm, fname: &str, v: &Value, accepts: Accepts) -> PyResult<PathArg> {
    if accepts == Accepts::PathOrFd {
        let fd = match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        };
        if let Some(i) = fd {
            return i32::try_from(i).map(PathArg::Fd).map_err(|_| {
                let what = if i < 0 {
                    "fd is less than minimum"
                } else {
                    "fd is greater than maximum"
                };
                vm.overflow_error(what)
            });
        }
    }
    let p = match str_or_bytes(v) {
        Some(p) => p,
        None => {
            let name = vm.intern("__fspath__");
            if vm.special(v, &name).is_none() {
                let allowed = match accepts {
                    Accepts::Path => "string, bytes or os.PathLike",
                    Accepts::PathOrFd => "string, bytes, os.PathLike or integer",
                };
                return Err(vm.type_error(format!(
                    "{fname}: path should be {allowed}, not {}",
                    vm.type_name(v)
                )));
            }
            fspath(vm, v)?
        }
    };
    check_nul(vm, fname, &p)?;
    Ok(PathArg::Path(p))
}

/// A path argument that must not be a file descriptor.
pub fn path_only(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<FsPath> {
    match path_arg(vm, fname, v, Accepts::Path)? {
        PathArg::Path(p) => Ok(p),
        PathArg::Fd(_) => Err(vm.type_error(format!(
            "{fname}: path should be string, bytes or os.PathLike, not int"
        ))),
    }
}

/// CPython rejects NUL in paths before calling the OS: for str "embedded null byte", for bytes
/// "fname: embedded null character in path".
pub fn check_nul(vm: &Vm, fname: &str, p: &FsPath) -> PyResult<()> {
    if p.bytes.contains(&0) {
        let msg = if p.is_bytes {
            format!("{fname}: embedded null character in path")
        } else {
            "embedded null byte".to_string()
        };
        return Err(vm.value_error(msg));
    }
    Ok(())
}

/// An `OSError` for a failed call on `filename` (the argument as given, as CPython keeps it).
pub fn os_error(vm: &Vm, e: &std::io::Error, filename: &Value) -> ferrython_vm::PyErr {
    ferrython_vm::modules::os_error_from_io(vm, e, Some(filename.clone()))
}

/// An `OSError` naming two files (`rename`): "[Errno 2] No such file or directory: 'a' -> 'b'".
pub fn os_error2(vm: &mut Vm, e: &std::io::Error, src: &Value, dst: &Value) -> ferrython_vm::PyErr {
    let err = ferrython_vm::modules::os_error_from_io(vm, e, Some(src.clone()));
    if let Some(d) = err.exc.dict() {
        let k = vm.intern("filename2");
        ferrython_vm::vm::dict_ops::set_str_raw(&d, &k, dst.clone());
    }
    err
}
