//! `os.scandir` and `os.DirEntry`. The directory is read when `scandir` is called (CPython reads it
//! lazily; the entries and their order are the same). The iterator supports `with` and `close()`.

use std::os::unix::ffi::OsStrExt;

use ferrython_vm::object::{Payload, PyObject};
use ferrython_vm::objects::function::{Args, BuiltinKind, NativeFn};
use ferrython_vm::objects::iter::IterState;
use ferrython_vm::types::type_::create_class;
use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use super::fspath::{Accepts, FsPath, PathArg, os_error, path_arg, to_value};
use super::stat::{stat_result, stat_value};
use crate::pyargs::{Clinic, get_attr, module_class, split_module};

/// Create `DirEntry` and `ScandirIterator` (both `posix.` classes in CPython) in `os`.
pub fn add_classes(vm: &mut Vm, os: &PyRef, stat_result_cls: &PyRef) -> PyResult<()> {
    let entry_methods: [(&'static str, NativeFn); 7] = [
        ("is_dir", entry_is_dir),
        ("is_file", entry_is_file),
        ("is_symlink", entry_is_symlink),
        ("stat", entry_stat),
        ("inode", entry_inode),
        ("__fspath__", entry_fspath),
        ("__repr__", entry_repr),
    ];
    let entry = new_class(vm, "DirEntry", &entry_methods)?;
    crate::pyargs::set_attr(
        vm,
        &entry,
        "_stat_result",
        Value::Obj(stat_result_cls.clone()),
    );
    crate::pyargs::set_attr(vm, os, "DirEntry", Value::Obj(entry));
    let iter_methods: [(&'static str, NativeFn); 5] = [
        ("__iter__", iter_self),
        ("__next__", iter_next),
        ("__enter__", iter_self),
        ("__exit__", iter_exit),
        ("close", iter_close),
    ];
    let it = new_class(vm, "ScandirIterator", &iter_methods)?;
    crate::pyargs::set_attr(vm, os, "_ScandirIterator", Value::Obj(it));
    Ok(())
}

fn new_class(vm: &mut Vm, name: &str, methods: &[(&'static str, NativeFn)]) -> PyResult<PyRef> {
    let ns = vm.new_dict();
    let k = vm.intern("__module__");
    dict_ops::set_str_raw(&ns, &k, vm.new_str("posix"));
    for (n, f) in methods {
        let func = vm.new_native(n, *f, BuiltinKind::Method, None);
        let k = vm.intern(n);
        dict_ops::set_str_raw(&ns, &k, Value::Obj(func));
    }
    let object = Value::Obj(vm.types.object.clone());
    let type_ = vm.types.type_.clone();
    create_class(vm, &type_, name, vec![object], &ns)
}

/// `os.scandir(path='.')`.
pub fn scandir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let [path] = Clinic {
        fname: "scandir",
        names: ["path"],
        positional: 1,
        required: 0,
    }
    .bind(vm, args)?;
    let path = path.filter(|p| !p.is_none());
    let (dir, shown) = match &path {
        None => (FsPath::str("."), vm.new_str(".")),
        Some(v) => match path_arg(vm, "scandir", v, Accepts::PathOrFd)? {
            PathArg::Path(p) => (p, v.clone()),
            PathArg::Fd(fd) => (FsPath::str(&format!("/proc/self/fd/{fd}")), v.clone()),
        },
    };
    let entry_cls = module_class(vm, module.as_ref(), "DirEntry")?;
    let iter_cls = module_class(vm, module.as_ref(), "_ScandirIterator")?;
    let rd = std::fs::read_dir(dir.as_path()).map_err(|e| os_error(vm, &e, &shown))?;
    let mut entries = Vec::new();
    for e in rd {
        let e = e.map_err(|e| os_error(vm, &e, &shown))?;
        let name = e.file_name().as_bytes().to_vec();
        // DirEntry.path is join(scandir_path, name); for the default '.' it is './name'.
        let full = crate::posixpath::pure::join(&dir.bytes, &[&name]);
        let d = vm.new_dict();
        let k = vm.intern("name");
        dict_ops::set_str_raw(&d, &k, to_value(vm, &name, dir.is_bytes));
        let k = vm.intern("path");
        dict_ops::set_str_raw(&d, &k, to_value(vm, &full, dir.is_bytes));
        entries.push(Value::Obj(PyObject::with_dict(
            entry_cls.clone(),
            Payload::Plain,
            d,
        )));
    }
    let list = vm.new_list(entries);
    Ok(Value::Obj(PyObject::new(
        iter_cls,
        Payload::Iterator(std::cell::RefCell::new(IterState::Seq {
            seq: list,
            index: 0,
        })),
    )))
}

fn this(args: &Args) -> Value {
    args.args.first().cloned().unwrap_or(Value::None)
}

fn entry_path(vm: &mut Vm, entry: &Value) -> PyResult<Value> {
    let k = vm.intern("path");
    vm.getattr(entry, &k)
}

/// `follow_symlinks=True` keyword of the DirEntry methods.
fn follow_arg(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<bool> {
    let rest = Args {
        args: &args.args[1.min(args.args.len())..],
        kwnames: args.kwnames,
    };
    if !rest.positional().is_empty() {
        return Err(vm.type_error(format!("DirEntry.{fname}() takes no positional arguments")));
    }
    let [follow] = rest.bind(vm, fname, ["follow_symlinks"], 0)?;
    match follow {
        Some(f) => vm.is_true(&f),
        None => Ok(true),
    }
}

/// lstat or stat of the entry; None when it does not exist (the `is_*` methods answer False).
fn entry_mode(vm: &mut Vm, args: &Args, follow: bool) -> PyResult<Option<u32>> {
    let p = entry_path(vm, &this(args))?;
    let fname = if follow { "stat" } else { "lstat" };
    match stat_value(vm, fname, &p, follow) {
        Ok(st) => Ok(Some(st.mode)),
        Err(e) if vm.err_matches(&e, &vm.exc.file_not_found_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn entry_is_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let follow = follow_arg(vm, &args, "is_dir")?;
    let mode = entry_mode(vm, &args, follow)?;
    Ok(Value::Bool(mode.is_some_and(|m| {
        m & super::stat::S_IFMT == super::stat::S_IFDIR
    })))
}

fn entry_is_file(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let follow = follow_arg(vm, &args, "is_file")?;
    let mode = entry_mode(vm, &args, follow)?;
    Ok(Value::Bool(mode.is_some_and(|m| {
        m & super::stat::S_IFMT == super::stat::S_IFREG
    })))
}

fn entry_is_symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mode = entry_mode(vm, &args, false)?;
    Ok(Value::Bool(mode.is_some_and(|m| {
        m & super::stat::S_IFMT == super::stat::S_IFLNK
    })))
}

fn entry_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let follow = follow_arg(vm, &args, "stat")?;
    let entry = this(&args);
    let p = entry_path(vm, &entry)?;
    let st = stat_value(vm, if follow { "stat" } else { "lstat" }, &p, follow)?;
    let cls = vm.class_of(&entry);
    match get_attr(vm, &cls, "_stat_result") {
        Some(Value::Obj(c)) => stat_result(vm, &c, &st),
        _ => Err(vm.type_error("DirEntry class lost its stat_result")),
    }
}

fn entry_inode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = entry_path(vm, &this(&args))?;
    let st = stat_value(vm, "lstat", &p, false)?;
    Ok(vm.new_int(st.ino.into()))
}

fn entry_fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    entry_path(vm, &this(&args))
}

fn entry_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = vm.intern("name");
    let name = vm.getattr(&this(&args), &k)?;
    let r = vm.repr_string(&name)?;
    Ok(vm.new_str(format!("<DirEntry {r}>")))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = this(&args);
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::Iterator(state)) = this(&args).payload() {
        *state.borrow_mut() = IterState::Exhausted;
    }
    let _ = vm;
    Ok(Value::None)
}

fn iter_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iter_close(vm, args)
}
