//! The bytecode cache next to the source: `<dir>/__pycache__/<stem>.ferrython-311.pyc`, in the format
//! of `ferrython_compiler::cache_file` (keyed by the source's content, not its modification time).
//!
//! `SourceFileLoader.exec_module` asks [`get_code`]: a cache file written for exactly these source
//! bytes by this compiler build is used; anything else (missing, stale, foreign, damaged) means
//! compiling the source, and then writing the cache unless `sys.dont_write_bytecode` is true. Writing
//! is best effort, as in CPython: a read-only directory or a full disk costs the cache, never the
//! import. The file is written under a temporary name and renamed into place, so a reader never sees
//! half a file.

use std::rc::Rc;

use ferrython_compiler::cache_file;

use crate::PyResult;
use crate::objects::code::PyCode;
use crate::vm::Vm;
use crate::vm::dict_ops;

/// `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "ferrython-311";
/// `importlib.util.MAGIC_NUMBER`: the first bytes of every cache file.
pub const MAGIC_NUMBER: &[u8] = b"FRYC";
const PYCACHE: &str = "__pycache__";

/// `importlib.util.cache_from_source(path)` with an optimization tag (`""` for none).
pub fn cache_from_source(path: &str, optimization: &str) -> String {
    let (head, tail) = match path.rsplit_once('/') {
        Some((h, t)) => (Some(h), t),
        None => (None, path),
    };
    let mut file = match tail.rsplit_once('.') {
        Some(("", rest)) => format!("{rest}.{CACHE_TAG}"),
        Some((base, _)) => format!("{base}.{CACHE_TAG}"),
        None => format!("{tail}{CACHE_TAG}"),
    };
    if !optimization.is_empty() {
        file = format!("{file}.opt-{optimization}");
    }
    match head {
        Some(h) => format!("{h}/{PYCACHE}/{file}.pyc"),
        None => format!("{PYCACHE}/{file}.pyc"),
    }
}

/// Is writing the cache turned off (`sys.dont_write_bytecode`, set by `-B` and
/// `PYTHONDONTWRITEBYTECODE`)?
fn dont_write(vm: &mut Vm) -> PyResult<bool> {
    let sys = vm.sys.dict().expect("sys has a dict");
    let k = vm.intern("dont_write_bytecode");
    match dict_ops::get_str(&sys, &k) {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

/// The module code for the source file `path` whose bytes are `source`: from the cache when it holds
/// exactly this source, else compiled (a `SyntaxError` is raised as usual) and cached.
pub fn get_code(vm: &mut Vm, path: &str, source: &[u8]) -> PyResult<Rc<PyCode>> {
    let cached = cache_from_source(path, "");
    if let Ok(data) = std::fs::read(&cached)
        && let Ok(code) = cache_file::read(&data, source, path)
    {
        return Ok(vm.load_code(&Rc::new(code)));
    }
    let code = match ferrython_compiler::compile(&super::loader::decode_source(source), path, ferrython_compiler::Mode::Exec) {
        Ok(code) => code,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    if !dont_write(vm)? {
        write_atomic(&cached, &cache_file::write(&code, source));
    }
    Ok(vm.load_code(&code))
}

/// Write `data` to `path` (creating `__pycache__`) through a temporary file renamed into place;
/// failures are ignored. The temporary name is unique to this process and write, so interpreters on
/// other threads or in other processes never touch each other's files.
fn write_atomic(path: &str, data: &[u8]) {
    use std::io::Write;
    use std::sync::atomic::{AtomicU64, Ordering};
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let Some((dir, _)) = path.rsplit_once('/') else { return };
    if std::fs::create_dir(dir).is_err() && !std::path::Path::new(dir).is_dir() {
        return;
    }
    let tmp = format!("{path}.{}.{}.tmp", std::process::id(), WRITES.fetch_add(1, Ordering::Relaxed));
    let Ok(mut file) = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp) else { return };
    if file.write_all(data).is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
