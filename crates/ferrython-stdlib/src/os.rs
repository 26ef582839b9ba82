//! The `os` module (CPython's `os.py` over `posix`, in one native module): constants, `environ`,
//! file-system calls, `stat`, `walk`, `scandir`, process information. `os.path` is the `posixpath`
//! module, also reachable as `sys.modules['os.path']`, as CPython's `os.py` arranges.

pub mod environ;
pub mod fs;
pub mod fspath;
pub mod process;
pub mod scandir;
pub mod stat;
pub mod walk;

use ferrython_vm::objects::function::NativeFn;
use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use crate::pyargs::{add_functions, add_module_functions, set_attr};

/// `import os`.
pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("os");
    for (name, value) in [
        ("name", "posix"),
        ("sep", "/"),
        ("extsep", "."),
        ("pathsep", ":"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("devnull", "/dev/null"),
        ("defpath", "/bin:/usr/bin"),
    ] {
        let v = vm.new_str(value);
        set_attr(vm, &m, name, v);
    }
    set_attr(vm, &m, "altsep", Value::None);
    let os_error = Value::Obj(vm.exc.os_error.clone());
    set_attr(vm, &m, "error", os_error);
    for (name, value) in INT_CONSTANTS {
        set_attr(vm, &m, name, Value::Int(*value));
    }
    let stat_result = ferrython_vm::types::structseq::new_class(vm, &stat::STAT_RESULT)?;
    set_attr(vm, &m, "stat_result", Value::Obj(stat_result.clone()));
    let terminal_size = ferrython_vm::types::structseq::new_class(vm, &process::TERMINAL_SIZE)?;
    set_attr(vm, &m, "terminal_size", Value::Obj(terminal_size));
    let uname_result = ferrython_vm::types::structseq::new_class(vm, &process::UNAME_RESULT)?;
    set_attr(vm, &m, "uname_result", Value::Obj(uname_result));
    scandir::add_classes(vm, &m, &stat_result)?;
    environ::create(vm, &m)?;
    add_functions(vm, &m, FUNCTIONS);
    add_module_functions(vm, &m, MODULE_FUNCTIONS);
    // `os.path` is posixpath, registered under both names (CPython's os.py does
    // `sys.modules['os.path'] = path`).
    let path = vm.import_module("posixpath")?;
    set_attr(vm, &m, "path", path.clone());
    let k = vm.new_str("os.path");
    let modules = vm.sys_modules.clone();
    dict_ops::set_item(vm, &modules, k, path)?;
    Ok(m)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", fs::getcwd),
    ("getcwdb", fs::getcwdb),
    ("chdir", fs::chdir),
    ("listdir", fs::listdir),
    ("mkdir", fs::mkdir),
    ("makedirs", fs::makedirs),
    ("rmdir", fs::rmdir),
    ("removedirs", fs::removedirs),
    ("remove", fs::remove),
    ("unlink", fs::unlink),
    ("rename", fs::rename),
    ("replace", fs::replace),
    ("readlink", fs::readlink),
    ("symlink", fs::symlink),
    ("link", fs::link),
    ("chmod", fs::chmod),
    ("utime", fs::utime),
    ("access", fs::access),
    ("walk", walk::walk),
    ("putenv", environ::putenv),
    ("unsetenv", environ::unsetenv),
    ("getpid", process::getpid),
    ("getppid", process::getppid),
    ("getuid", process::getuid),
    ("geteuid", process::geteuid),
    ("getgid", process::getgid),
    ("getegid", process::getegid),
    ("cpu_count", process::cpu_count),
    ("urandom", process::urandom),
    ("strerror", process::strerror),
    ("system", process::system),
    ("umask", process::umask),
    ("isatty", process::isatty),
    ("fspath", process::os_fspath),
    ("fsencode", process::fsencode),
    ("fsdecode", process::fsdecode),
    ("open", process::open),
    ("close", process::close),
    ("read", process::read),
    ("write", process::write),
    ("lseek", process::lseek),
];

/// Functions that need module state (a struct sequence class, `os.environ`).
const MODULE_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("stat", stat::os_stat),
    ("lstat", stat::os_lstat),
    ("fstat", stat::os_fstat),
    ("scandir", scandir::scandir),
    ("getenv", environ::getenv),
    ("uname", process::uname),
    ("get_terminal_size", process::get_terminal_size),
];

/// Linux values, as CPython's `posix` module exports them.
const INT_CONSTANTS: &[(&str, i64)] = &[
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("F_OK", 0),
    ("R_OK", 4),
    ("W_OK", 2),
    ("X_OK", 1),
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_APPEND", 1024),
    ("O_CREAT", 64),
    ("O_EXCL", 128),
    ("O_TRUNC", 512),
    ("O_NONBLOCK", 2048),
    ("O_CLOEXEC", 524288),
    ("O_DIRECTORY", 65536),
    ("O_NOFOLLOW", 131072),
    ("EX_OK", 0),
];
