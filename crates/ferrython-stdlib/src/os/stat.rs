//! `os.stat`, `os.lstat`, `os.fstat` and the `os.stat_result` struct sequence.

use std::os::unix::fs::MetadataExt;

use ferrython_vm::objects::function::Args;
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use super::fspath::{Accepts, PathArg, os_error, path_arg};
use crate::pyargs::{Clinic, module_class, split_module};
use crate::structseq::{self, StructSeqDesc};

pub const STAT_RESULT: StructSeqDesc = StructSeqDesc {
    module: "os",
    name: "stat_result",
    visible: &[
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
        "st_mtime", "st_ctime",
    ],
    hidden: &[
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime_ns",
        "st_mtime_ns",
        "st_ctime_ns",
        "st_blksize",
        "st_blocks",
        "st_rdev",
    ],
    unnamed: 3,
};

/// The fields of `struct stat` that `os.stat_result` exposes.
#[derive(Clone, Copy, Debug)]
pub struct StatInfo {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: i64,
    pub atime: (i64, i64),
    pub mtime: (i64, i64),
    pub ctime: (i64, i64),
    pub blksize: i64,
    pub blocks: i64,
    pub rdev: u64,
}

pub const S_IFMT: u32 = 0o170000;
pub const S_IFDIR: u32 = 0o040000;
pub const S_IFREG: u32 = 0o100000;
pub const S_IFLNK: u32 = 0o120000;

impl StatInfo {
    pub fn from_metadata(m: &std::fs::Metadata) -> StatInfo {
        StatInfo {
            mode: m.mode(),
            ino: m.ino(),
            dev: m.dev(),
            nlink: m.nlink(),
            uid: m.uid(),
            gid: m.gid(),
            size: m.size() as i64,
            atime: (m.atime(), m.atime_nsec()),
            mtime: (m.mtime(), m.mtime_nsec()),
            ctime: (m.ctime(), m.ctime_nsec()),
            blksize: m.blksize() as i64,
            blocks: m.blocks() as i64,
            rdev: m.rdev(),
        }
    }

    pub fn is_dir(&self) -> bool {
        self.mode & S_IFMT == S_IFDIR
    }

    pub fn is_file(&self) -> bool {
        self.mode & S_IFMT == S_IFREG
    }

    pub fn is_link(&self) -> bool {
        self.mode & S_IFMT == S_IFLNK
    }
}

/// `fstat(fd)` through libc (std has no way to stat a descriptor it does not own).
pub fn fstat_fd(fd: i32) -> std::io::Result<StatInfo> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: `st` is a valid out-pointer for one `struct stat`; fstat only writes through it.
    let r = unsafe { libc::fstat(fd, st.as_mut_ptr()) };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: fstat returned 0, so it filled the whole struct.
    let st = unsafe { st.assume_init() };
    Ok(StatInfo {
        mode: st.st_mode,
        ino: st.st_ino,
        dev: st.st_dev,
        nlink: st.st_nlink,
        uid: st.st_uid,
        gid: st.st_gid,
        size: st.st_size,
        atime: (st.st_atime, st.st_atime_nsec),
        mtime: (st.st_mtime, st.st_mtime_nsec),
        ctime: (st.st_ctime, st.st_ctime_nsec),
        blksize: st.st_blksize,
        blocks: st.st_blocks,
        rdev: st.st_rdev,
    })
}

/// Stat `v` the way `os.stat(v)` (`follow` true) or `os.lstat(v)` does, with their argument checks
/// and errors. `fname` names the function in messages.
pub fn stat_value(vm: &mut Vm, fname: &str, v: &Value, follow: bool) -> PyResult<StatInfo> {
    let accepts = if follow {
        Accepts::PathOrFd
    } else {
        Accepts::Path
    };
    let r = match path_arg(vm, fname, v, accepts)? {
        PathArg::Fd(fd) => fstat_fd(fd),
        PathArg::Path(p) => {
            let m = if follow {
                std::fs::metadata(p.as_path())
            } else {
                std::fs::symlink_metadata(p.as_path())
            };
            m.map(|m| StatInfo::from_metadata(&m))
        }
    };
    r.map_err(|e| os_error(vm, &e, v))
}

/// The `os.stat_result` for `st`.
pub fn stat_result(vm: &mut Vm, cls: &PyRef, st: &StatInfo) -> PyResult<Value> {
    let ns = |(s, n): (i64, i64)| vm.new_int(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    let float = |(s, n): (i64, i64)| Value::Float(s as f64 + n as f64 * 1e-9);
    let values = vec![
        Value::Int(st.mode as i64),
        vm.new_int(st.ino.into()),
        vm.new_int(st.dev.into()),
        vm.new_int(st.nlink.into()),
        Value::Int(st.uid as i64),
        Value::Int(st.gid as i64),
        Value::Int(st.size),
        Value::Int(st.atime.0),
        Value::Int(st.mtime.0),
        Value::Int(st.ctime.0),
        float(st.atime),
        float(st.mtime),
        float(st.ctime),
        ns(st.atime),
        ns(st.mtime),
        ns(st.ctime),
        Value::Int(st.blksize),
        Value::Int(st.blocks),
        vm.new_int(st.rdev.into()),
    ];
    structseq::new_instance(vm, cls, values)
}

/// `os.stat(path, *, dir_fd=None, follow_symlinks=True)`.
pub fn os_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let [path, _dir_fd, follow] = Clinic {
        fname: "stat",
        names: ["path", "dir_fd", "follow_symlinks"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let path = path.unwrap_or(Value::None);
    let follow = match follow {
        Some(f) => vm.is_true(&f)?,
        None => true,
    };
    let st = stat_value(vm, "stat", &path, follow)?;
    let cls = module_class(vm, module.as_ref(), "stat_result")?;
    stat_result(vm, &cls, &st)
}

/// `os.lstat(path, *, dir_fd=None)`.
pub fn os_lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let [path, _dir_fd] = Clinic {
        fname: "lstat",
        names: ["path", "dir_fd"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let path = path.unwrap_or(Value::None);
    let st = stat_value(vm, "lstat", &path, false)?;
    let cls = module_class(vm, module.as_ref(), "stat_result")?;
    stat_result(vm, &cls, &st)
}

/// `os.fstat(fd)`.
pub fn os_fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let [fd] = Clinic {
        fname: "fstat",
        names: ["fd"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let fd = crate::pyargs::int_arg(vm, &fd.unwrap_or(Value::None))?;
    let st =
        fstat_fd(fd as i32).map_err(|e| ferrython_vm::modules::os_error_from_io(vm, &e, None))?;
    let cls = module_class(vm, module.as_ref(), "stat_result")?;
    stat_result(vm, &cls, &st)
}
