//! The parts of `posixpath`/`genericpath` that ask the file system: `exists`, `isdir`, `getsize`,
//! `realpath`, `expanduser`'s home directory, ... They call `os.stat`'s code, so a bad argument fails
//! with `os.stat`'s message ("stat: path should be string, bytes, os.PathLike or integer, not
//! float"), and `exists` and friends turn only OSError and ValueError into False, as CPython does.

use std::os::unix::ffi::OsStrExt;

use ferrython_vm::objects::function::Args;
use ferrython_vm::{PyErr, PyRef, PyResult, Value, Vm};

use super::pure;
use crate::os::fspath::{FsPath, fspath};
use crate::os::stat::{StatInfo, stat_value};
use crate::pyargs::{Signature, add_functions};

pub fn add(vm: &mut Vm, m: &PyRef) {
    add_functions(
        vm,
        m,
        &[
            ("exists", exists),
            ("lexists", lexists),
            ("isfile", isfile),
            ("isdir", isdir),
            ("islink", islink),
            ("ismount", ismount),
            ("getsize", getsize),
            ("getmtime", getmtime),
            ("getatime", getatime),
            ("getctime", getctime),
            ("samefile", samefile),
            ("sameopenfile", sameopenfile),
            ("samestat", samestat),
            ("realpath", realpath),
        ],
    );
}

fn one_arg(vm: &mut Vm, args: Args, fname: &'static str, name: &'static str) -> PyResult<Value> {
    let [p] = Signature {
        fname,
        names: [name],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    Ok(p.unwrap_or(Value::None))
}

/// `try: os.stat(path) except (OSError, ValueError): return None`.
fn stat_or_none(vm: &mut Vm, v: &Value, follow: bool) -> PyResult<Option<StatInfo>> {
    let fname = if follow { "stat" } else { "lstat" };
    match stat_value(vm, fname, v, follow) {
        Ok(st) => Ok(Some(st)),
        Err(e) if swallowed(vm, &e) => Ok(None),
        Err(e) => Err(e),
    }
}

fn swallowed(vm: &Vm, e: &PyErr) -> bool {
    vm.err_matches(e, &vm.exc.os_error) || vm.err_matches(e, &vm.exc.value_error)
}

fn exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_arg(vm, args, "exists", "path")?;
    Ok(Value::Bool(stat_or_none(vm, &p, true)?.is_some()))
}

fn lexists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_arg(vm, args, "lexists", "path")?;
    Ok(Value::Bool(stat_or_none(vm, &p, false)?.is_some()))
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_arg(vm, args, "isfile", "path")?;
    Ok(Value::Bool(
        stat_or_none(vm, &p, true)?.is_some_and(|s| s.is_file()),
    ))
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_arg(vm, args, "isdir", "s")?;
    Ok(Value::Bool(
        stat_or_none(vm, &p, true)?.is_some_and(|s| s.is_dir()),
    ))
}

fn islink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_arg(vm, args, "islink", "path")?;
    Ok(Value::Bool(
        stat_or_none(vm, &p, false)?.is_some_and(|s| s.is_link()),
    ))
}

/// `ismount(path)`: a directory whose parent is on another device, or is itself (`/`).
fn ismount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_arg(vm, args, "ismount", "path")?;
    let Some(s1) = stat_or_none(vm, &p, false)? else {
        return Ok(Value::Bool(false));
    };
    if s1.is_link() {
        return Ok(Value::Bool(false));
    }
    let path = fspath(vm, &p)?;
    let parent = realpath_bytes(vm, &pure::join(&path.bytes, &[b".."]))?;
    let parent = path.with_bytes(parent).to_value(vm);
    let Some(s2) = stat_or_none(vm, &parent, false)? else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(s1.dev != s2.dev || s1.ino == s2.ino))
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_arg(vm, args, "getsize", "filename")?;
    Ok(Value::Int(stat_value(vm, "stat", &p, true)?.size))
}

fn time_of(
    vm: &mut Vm,
    args: Args,
    fname: &'static str,
    pick: fn(&StatInfo) -> (i64, i64),
) -> PyResult<Value> {
    let p = one_arg(vm, args, fname, "filename")?;
    let (s, ns) = pick(&stat_value(vm, "stat", &p, true)?);
    Ok(Value::Float(s as f64 + ns as f64 * 1e-9))
}

fn getmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    time_of(vm, args, "getmtime", |s| s.mtime)
}

fn getatime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    time_of(vm, args, "getatime", |s| s.atime)
}

fn getctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    time_of(vm, args, "getctime", |s| s.ctime)
}

fn samefile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f1, f2] = Signature {
        fname: "samefile",
        names: ["f1", "f2"],
        positional: 2,
        required: 2,
    }
    .bind(vm, args)?;
    let s1 = stat_value(vm, "stat", &f1.unwrap_or(Value::None), true)?;
    let s2 = stat_value(vm, "stat", &f2.unwrap_or(Value::None), true)?;
    Ok(Value::Bool(s1.ino == s2.ino && s1.dev == s2.dev))
}

fn sameopenfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f1, f2] = Signature {
        fname: "sameopenfile",
        names: ["fp1", "fp2"],
        positional: 2,
        required: 2,
    }
    .bind(vm, args)?;
    let mut st = Vec::new();
    for f in [f1, f2] {
        let fd = crate::pyargs::int_arg(vm, &f.unwrap_or(Value::None))?;
        let s = crate::os::stat::fstat_fd(fd as i32)
            .map_err(|e| ferrython_vm::modules::os_error_from_io(vm, &e, None))?;
        st.push(s);
    }
    Ok(Value::Bool(
        st[0].ino == st[1].ino && st[0].dev == st[1].dev,
    ))
}

/// `samestat(s1, s2)`: compares `st_ino` and `st_dev` attributes.
fn samestat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [s1, s2] = Signature {
        fname: "samestat",
        names: ["s1", "s2"],
        positional: 2,
        required: 2,
    }
    .bind(vm, args)?;
    let (s1, s2) = (s1.unwrap_or(Value::None), s2.unwrap_or(Value::None));
    let ino = vm.intern("st_ino");
    let dev = vm.intern("st_dev");
    let (i1, i2) = (vm.getattr(&s1, &ino)?, vm.getattr(&s2, &ino)?);
    if !vm.eq_bool(&i1, &i2)? {
        return Ok(Value::Bool(false));
    }
    let (d1, d2) = (vm.getattr(&s1, &dev)?, vm.getattr(&s2, &dev)?);
    Ok(Value::Bool(vm.eq_bool(&d1, &d2)?))
}

/// `realpath(filename, *, strict=False)`.
fn realpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f, strict] = Signature {
        fname: "realpath",
        names: ["filename", "strict"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let p = fspath(vm, &f.unwrap_or(Value::None))?;
    let strict = match strict {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    let mut seen = Vec::new();
    let (path, _) = join_realpath(vm, &p, Vec::new(), &p.bytes, strict, &mut seen)?;
    let cwd = super::cwd_bytes(vm)?;
    Ok(p.with_bytes(pure::abspath(&path, &cwd)).to_value(vm))
}

fn realpath_bytes(vm: &mut Vm, path: &[u8]) -> PyResult<Vec<u8>> {
    let p = FsPath {
        bytes: path.to_vec(),
        is_bytes: true,
    };
    let (r, _) = join_realpath(vm, &p, Vec::new(), path, false, &mut Vec::new())?;
    Ok(pure::abspath(&r, &super::cwd_bytes(vm)?))
}

/// CPython's `_joinrealpath`: walk `rest` onto `path`, resolving symlinks; `seen` maps each link
/// being resolved to its result (None while in progress, to detect loops).
fn join_realpath(
    vm: &mut Vm,
    kind: &FsPath,
    mut path: Vec<u8>,
    rest: &[u8],
    strict: bool,
    seen: &mut Vec<(Vec<u8>, Option<Vec<u8>>)>,
) -> PyResult<(Vec<u8>, bool)> {
    let mut rest = rest.to_vec();
    if pure::isabs(&rest) {
        rest.remove(0);
        path = b"/".to_vec();
    }
    while !rest.is_empty() {
        let (name, tail) = match rest.iter().position(|&b| b == b'/') {
            Some(i) => (rest[..i].to_vec(), rest[i + 1..].to_vec()),
            None => (rest.clone(), Vec::new()),
        };
        rest = tail;
        if name.is_empty() || name == b"." {
            continue;
        }
        if name == b".." {
            if path.is_empty() {
                path = b"..".to_vec();
            } else {
                let (head, last) = pure::split(&path);
                path = if last == b".." {
                    pure::join(&head, &[b"..", b".."])
                } else {
                    head
                };
            }
            continue;
        }
        let newpath = pure::join(&path, &[&name]);
        let os_path = std::ffi::OsStr::from_bytes(&newpath);
        let is_link = match std::fs::symlink_metadata(os_path) {
            Ok(m) => m.file_type().is_symlink(),
            Err(e) if strict => {
                let fname = kind.with_bytes(newpath.clone()).to_value(vm);
                return Err(crate::os::fspath::os_error(vm, &e, &fname));
            }
            Err(_) => false,
        };
        if !is_link {
            path = newpath;
            continue;
        }
        if let Some((_, resolved)) = seen.iter().find(|(k, _)| *k == newpath) {
            if let Some(r) = resolved {
                path = r.clone();
                continue;
            }
            if strict {
                let fname = kind.with_bytes(newpath.clone()).to_value(vm);
                let e = std::io::Error::from_raw_os_error(libc::ELOOP);
                return Err(crate::os::fspath::os_error(vm, &e, &fname));
            }
            return Ok((pure::join(&newpath, &[&rest]), false));
        }
        seen.push((newpath.clone(), None));
        let target = match std::fs::read_link(os_path) {
            Ok(t) => t.as_os_str().as_bytes().to_vec(),
            Err(e) => {
                let fname = kind.with_bytes(newpath.clone()).to_value(vm);
                return Err(crate::os::fspath::os_error(vm, &e, &fname));
            }
        };
        let (resolved, ok) = join_realpath(vm, kind, path, &target, strict, seen)?;
        if !ok {
            return Ok((pure::join(&resolved, &[&rest]), false));
        }
        if let Some(entry) = seen.iter_mut().find(|(k, _)| *k == newpath) {
            entry.1 = Some(resolved.clone());
        }
        path = resolved;
    }
    Ok((path, true))
}

/// The home directory for `expanduser`: `$HOME` (or the password database) for the current user,
/// the password database for a named user.
pub fn home_dir(user: Option<&[u8]>) -> Option<Vec<u8>> {
    use std::os::unix::ffi::OsStringExt;
    match user {
        None => match std::env::var_os("HOME") {
            Some(h) => Some(h.into_vec()),
            // SAFETY: getuid has no preconditions.
            None => passwd_home(|pwd, buf, res| unsafe {
                libc::getpwuid_r(libc::getuid(), pwd, buf.as_mut_ptr(), buf.len(), res)
            }),
        },
        Some(name) => {
            let name = std::ffi::CString::new(name).ok()?;
            // SAFETY: `name` is a valid NUL-terminated string for the duration of the call.
            passwd_home(|pwd, buf, res| unsafe {
                libc::getpwnam_r(name.as_ptr(), pwd, buf.as_mut_ptr(), buf.len(), res)
            })
        }
    }
}

/// Run a `getpw*_r` lookup and return `pw_dir`.
fn passwd_home(
    lookup: impl Fn(*mut libc::passwd, &mut [libc::c_char], *mut *mut libc::passwd) -> libc::c_int,
) -> Option<Vec<u8>> {
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut pwd = std::mem::MaybeUninit::<libc::passwd>::zeroed();
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let rc = lookup(pwd.as_mut_ptr(), &mut buf, &mut result);
    if rc != 0 || result.is_null() {
        return None;
    }
    // SAFETY: the lookup succeeded, so `pwd` is initialised and `pw_dir` points into `buf`, a
    // NUL-terminated string that lives as long as `buf`.
    let dir = unsafe { std::ffi::CStr::from_ptr((*pwd.as_ptr()).pw_dir) };
    Some(dir.to_bytes().to_vec())
}
