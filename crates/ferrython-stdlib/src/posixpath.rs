//! The `posixpath` module, which `os.path` is (`os.path.__name__ == 'posixpath'`). CPython writes it in
//! Python; here the string algorithms are in `posixpath/pure.rs` and the file-system queries go
//! through `os.stat`'s code, so argument errors and results match CPython's.

mod fsquery;
pub mod pure;

use ferrython_vm::objects::function::Args;
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use crate::os::fspath::{FsPath, fspath, try_fspath};
use crate::pyargs::{Signature, add_functions, set_attr};

/// `import posixpath`.
pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("posixpath");
    for (name, value) in [
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("sep", "/"),
        ("pathsep", ":"),
        ("defpath", "/bin:/usr/bin"),
        ("devnull", "/dev/null"),
    ] {
        let v = vm.new_str(value);
        set_attr(vm, &m, name, v);
    }
    set_attr(vm, &m, "altsep", Value::None);
    set_attr(vm, &m, "supports_unicode_filenames", Value::Bool(false));
    add_functions(
        vm,
        &m,
        &[
            ("normcase", normcase),
            ("isabs", isabs),
            ("join", join),
            ("splitdrive", splitdrive),
            ("split", split),
            ("splitext", splitext),
            ("basename", basename),
            ("dirname", dirname),
            ("commonprefix", commonprefix),
            ("expanduser", expanduser),
            ("expandvars", expandvars),
            ("normpath", normpath),
            ("abspath", abspath),
            ("relpath", relpath),
            ("commonpath", commonpath),
        ],
    );
    fsquery::add(vm, &m);
    let all: Vec<Value> = [
        "normcase",
        "isabs",
        "join",
        "splitdrive",
        "split",
        "splitext",
        "basename",
        "dirname",
        "commonprefix",
        "getsize",
        "getmtime",
        "getatime",
        "getctime",
        "islink",
        "exists",
        "lexists",
        "isdir",
        "isfile",
        "ismount",
        "expanduser",
        "expandvars",
        "normpath",
        "abspath",
        "samefile",
        "sameopenfile",
        "samestat",
        "curdir",
        "pardir",
        "sep",
        "pathsep",
        "defpath",
        "altsep",
        "extsep",
        "devnull",
        "realpath",
        "supports_unicode_filenames",
        "relpath",
        "commonpath",
    ]
    .iter()
    .map(|n| vm.new_str(*n))
    .collect();
    let all = vm.new_list(all);
    set_attr(vm, &m, "__all__", all);
    Ok(m)
}

/// Bind the single argument of `fname(name)` and `os.fspath` it.
fn one_path(vm: &mut Vm, args: Args, fname: &'static str, name: &'static str) -> PyResult<FsPath> {
    let [p] = Signature {
        fname,
        names: [name],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    fspath(vm, &p.unwrap_or(Value::None))
}

fn pair(vm: &Vm, p: &FsPath, a: Vec<u8>, b: Vec<u8>) -> Value {
    vm.new_tuple(vec![
        p.with_bytes(a).to_value(vm),
        p.with_bytes(b).to_value(vm),
    ])
}

/// `genericpath._check_arg_types`: the TypeError for a bad or mixed argument list.
fn check_arg_types(vm: &mut Vm, fname: &str, args: &[Value]) -> PyResult<(bool, bool)> {
    let (mut has_str, mut has_bytes) = (false, false);
    for a in args {
        match a.payload() {
            Some(ferrython_vm::object::Payload::Str(_)) => has_str = true,
            Some(ferrython_vm::object::Payload::Bytes(_)) => has_bytes = true,
            _ => {
                let tn = vm.type_name(a);
                return Err(vm.type_error(format!(
                    "{fname}() argument must be str, bytes, or os.PathLike object, not '{tn}'"
                )));
            }
        }
    }
    if has_str && has_bytes {
        return Err(vm.type_error("Can't mix strings and bytes in path components"));
    }
    Ok((has_str, has_bytes))
}

/// `fspath` every item; on a non-path or a str/bytes mix, CPython's `_check_arg_types` error.
fn fspath_all(vm: &mut Vm, fname: &str, items: &[Value]) -> PyResult<Vec<FsPath>> {
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        match try_fspath(vm, v)? {
            Some(p) => out.push(p),
            None => {
                check_arg_types(vm, fname, items)?;
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    vm.type_name(v)
                )));
            }
        }
    }
    if out.windows(2).any(|w| w[0].is_bytes != w[1].is_bytes) {
        return Err(vm.type_error("Can't mix strings and bytes in path components"));
    }
    Ok(out)
}

fn normcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "normcase", "s")?;
    Ok(p.to_value(vm))
}

fn isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "isabs", "s")?;
    Ok(Value::Bool(pure::isabs(&p.bytes)))
}

/// `join(a, *p)`.
fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let k = Vm::str_of(&args.kwnames[0]).unwrap_or("").to_string();
        return Err(vm.type_error(format!("join() got an unexpected keyword argument '{k}'")));
    }
    let Some((a, rest)) = args.positional().split_first() else {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    };
    let a_path = fspath(vm, a)?;
    let mut all = vec![Value::Obj(match a_path.to_value(vm) {
        Value::Obj(o) => o,
        _ => return Err(vm.type_error("join() argument must be str, bytes, or os.PathLike object")),
    })];
    all.extend_from_slice(rest);
    let paths = fspath_all(vm, "join", &all)?;
    let rest: Vec<&[u8]> = paths[1..].iter().map(|p| p.bytes.as_slice()).collect();
    Ok(a_path
        .with_bytes(pure::join(&a_path.bytes, &rest))
        .to_value(vm))
}

fn splitdrive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "splitdrive", "p")?;
    Ok(pair(vm, &p, Vec::new(), p.bytes.clone()))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "split", "p")?;
    let (h, t) = pure::split(&p.bytes);
    Ok(pair(vm, &p, h, t))
}

fn splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "splitext", "p")?;
    let (root, ext) = pure::splitext(&p.bytes);
    Ok(pair(vm, &p, root, ext))
}

fn basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "basename", "p")?;
    Ok(p.with_bytes(pure::basename(&p.bytes)).to_value(vm))
}

fn dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "dirname", "p")?;
    Ok(p.with_bytes(pure::dirname(&p.bytes)).to_value(vm))
}

fn normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "normpath", "path")?;
    Ok(p.with_bytes(pure::normpath(&p.bytes)).to_value(vm))
}

/// The current directory's bytes (`os.getcwd()`), as an OSError on failure.
pub fn cwd_bytes(vm: &Vm) -> PyResult<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    std::env::current_dir()
        .map(|p| p.as_os_str().as_bytes().to_vec())
        .map_err(|e| ferrython_vm::modules::os_error_from_io(vm, &e, None))
}

fn abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "abspath", "path")?;
    let out = if pure::isabs(&p.bytes) {
        pure::normpath(&p.bytes)
    } else {
        pure::abspath(&p.bytes, &cwd_bytes(vm)?)
    };
    Ok(p.with_bytes(out).to_value(vm))
}

/// `relpath(path, start=None)`.
fn relpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, start] = Signature {
        fname: "relpath",
        names: ["path", "start"],
        positional: 2,
        required: 1,
    }
    .bind(vm, args)?;
    let path = path.unwrap_or(Value::None);
    if !vm.is_true(&path)? {
        return Err(vm.value_error("no path specified"));
    }
    let p = fspath(vm, &path)?;
    // CPython calls os.fspath(start) outside its try block: a bad start gets fspath's message.
    let s = match start.filter(|s| !s.is_none()) {
        None => p.with_bytes(b".".to_vec()),
        Some(s) => fspath(vm, &s)?,
    };
    if s.is_bytes != p.is_bytes {
        return Err(vm.type_error("Can't mix strings and bytes in path components"));
    }
    let cwd = cwd_bytes(vm)?;
    Ok(p.with_bytes(pure::relpath(&p.bytes, &s.bytes, &cwd))
        .to_value(vm))
}

/// `commonprefix(m)`: the longest common leading part, character by character (or item by item
/// for lists and tuples of anything).
fn commonprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [m] = Signature {
        fname: "commonprefix",
        names: ["m"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let m = m.unwrap_or(Value::None);
    if !vm.is_true(&m)? {
        return Ok(vm.new_str(""));
    }
    let items = vm.collect_iterable(&m)?;
    let Some(first) = items.first() else {
        return Ok(vm.new_str(""));
    };
    let seqs = matches!(
        first.payload(),
        Some(ferrython_vm::object::Payload::List(_) | ferrython_vm::object::Payload::Tuple(_))
    );
    let items = if seqs {
        items
    } else {
        let mut out = Vec::with_capacity(items.len());
        for v in &items {
            out.push(fspath(vm, v)?.to_value(vm));
        }
        out
    };
    // min() and max() through the VM, so mixed types fail with CPython's comparison error.
    let (mut lo, mut hi) = (items[0].clone(), items[0].clone());
    for v in &items[1..] {
        if vm.lt_bool(v, &lo)? {
            lo = v.clone();
        }
        if vm.lt_bool(&hi, v)? {
            hi = v.clone();
        }
    }
    if let (Some(a), Some(b)) = (Vm::str_of(&lo), Vm::str_of(&hi)) {
        let n: usize = a
            .chars()
            .zip(b.chars())
            .take_while(|(x, y)| x == y)
            .map(|(x, _)| x.len_utf8())
            .sum();
        return Ok(vm.new_str(&a[..n]));
    }
    if let (
        Some(ferrython_vm::object::Payload::Bytes(a)),
        Some(ferrython_vm::object::Payload::Bytes(b)),
    ) = (lo.payload(), hi.payload())
    {
        let n = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
        return Ok(vm.new_bytes(a[..n].to_vec()));
    }
    // Lists or tuples: compare items with ==, return the shortest's prefix.
    let (a, b) = (vm.collect_iterable(&lo)?, vm.collect_iterable(&hi)?);
    let mut n = 0;
    while n < a.len() && n < b.len() && vm.eq_bool(&a[n], &b[n])? {
        n += 1;
    }
    if n == a.len() {
        return Ok(lo);
    }
    let prefix = a[..n].to_vec();
    Ok(match lo.payload() {
        Some(ferrython_vm::object::Payload::Tuple(_)) => vm.new_tuple(prefix),
        _ => vm.new_list(prefix),
    })
}

/// `commonpath(paths)`.
fn commonpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [paths] = Signature {
        fname: "commonpath",
        names: ["paths"],
        positional: 1,
        required: 1,
    }
    .bind(vm, args)?;
    let paths = paths.unwrap_or(Value::None);
    if !vm.is_true(&paths)? {
        return Err(vm.value_error("commonpath() arg is an empty sequence"));
    }
    let items = vm.collect_iterable(&paths)?;
    if items.is_empty() {
        return Err(vm.index_error("tuple index out of range"));
    }
    // `tuple(map(os.fspath, paths))` comes before CPython's try block.
    let mut ps = Vec::with_capacity(items.len());
    for v in &items {
        ps.push(fspath(vm, v)?);
    }
    if ps.windows(2).any(|w| w[0].is_bytes != w[1].is_bytes) {
        return Err(vm.type_error("Can't mix strings and bytes in path components"));
    }
    let abs = pure::isabs(&ps[0].bytes);
    if ps.iter().any(|p| pure::isabs(&p.bytes) != abs) {
        return Err(vm.value_error("Can't mix absolute and relative paths"));
    }
    let raw: Vec<Vec<u8>> = ps.iter().map(|p| p.bytes.clone()).collect();
    Ok(ps[0].with_bytes(pure::commonpath(&raw)).to_value(vm))
}

fn expanduser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "expanduser", "path")?;
    if p.bytes.first() != Some(&b'~') {
        return Ok(p.to_value(vm));
    }
    // `os.environ['HOME']` first, as CPython reads it.
    let home = os_environ(vm)?
        .into_iter()
        .find(|(k, _)| k == "HOME")
        .map(|(_, v)| v.into_bytes());
    let lookup = |user: Option<&[u8]>| match (user, &home) {
        (None, Some(h)) => Some(h.clone()),
        _ => fsquery::home_dir(user),
    };
    Ok(p.with_bytes(pure::expanduser(&p.bytes, lookup))
        .to_value(vm))
}

/// `expandvars(path)`: values from `os.environ`, as CPython's posixpath reads them (so `os.putenv`
/// alone does not show).
fn expandvars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, args, "expandvars", "path")?;
    if !p.bytes.contains(&b'$') {
        return Ok(p.to_value(vm));
    }
    let environ = os_environ(vm)?;
    let mut values: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    for (k, v) in environ {
        values.push((k.into_bytes(), v.into_bytes()));
    }
    let lookup = |name: &[u8]| {
        values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    Ok(p.with_bytes(pure::expandvars(&p.bytes, lookup))
        .to_value(vm))
}

/// The items of `sys.modules['os'].environ` (str keys and values), or of the process environment
/// when `os` is not imported.
pub fn os_environ(vm: &mut Vm) -> PyResult<Vec<(String, String)>> {
    use std::os::unix::ffi::OsStringExt;
    let os = vm.new_str("os");
    let modules = vm.sys_modules.clone();
    let environ = match ferrython_vm::vm::dict_ops::get_item(vm, &modules, &os)? {
        Some(m) => {
            let k = vm.intern("environ");
            vm.getattr(&m, &k).ok()
        }
        None => None,
    };
    let items = match environ
        .as_ref()
        .and_then(|e| e.as_obj())
        .and_then(|o| o.as_dict())
    {
        Some(d) => d.borrow().items(),
        None => {
            return Ok(std::env::vars_os()
                .map(|(k, v)| {
                    (
                        String::from_utf8_lossy(&k.into_vec()).into_owned(),
                        String::from_utf8_lossy(&v.into_vec()).into_owned(),
                    )
                })
                .collect());
        }
    };
    Ok(items
        .iter()
        .filter_map(|(k, v)| Some((Vm::str_of(k)?.to_string(), Vm::str_of(v)?.to_string())))
        .collect())
}
