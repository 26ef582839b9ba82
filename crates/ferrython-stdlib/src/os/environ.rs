//! `os.environ`, `os.getenv`, `os.putenv`, `os.unsetenv`.
//!
//! `os.environ` is an `os._Environ`: here a `dict` subclass holding a snapshot of the environment
//! taken at import, whose writes (`[]=`, `del`, `pop`, `setdefault`, `update`, `clear`) also change the
//! process environment, as CPython's mapping does. Unlike CPython's (a `MutableMapping`),
//! `isinstance(os.environ, dict)` is True: see docs/divergences.md.

use std::ffi::OsStr;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

use ferrython_vm::object::Payload;
use ferrython_vm::objects::function::{Args, BuiltinKind, NativeFn};
use ferrython_vm::types::type_::create_class;
use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use super::fspath::fspath;
use crate::pyargs::{Signature, get_attr, split_module};

/// Build `os._Environ` and the `os.environ` instance.
pub fn create(vm: &mut Vm, os: &PyRef) -> PyResult<()> {
    let ns = vm.new_dict();
    let k = vm.intern("__module__");
    dict_ops::set_str_raw(&ns, &k, vm.new_str("os"));
    let methods: [(&'static str, NativeFn); 11] = [
        ("__getitem__", environ_getitem),
        ("__setitem__", environ_setitem),
        ("__delitem__", environ_delitem),
        ("__contains__", environ_contains),
        ("__repr__", environ_repr),
        ("get", environ_get),
        ("pop", environ_pop),
        ("setdefault", environ_setdefault),
        ("update", environ_update),
        ("clear", environ_clear),
        ("copy", environ_copy),
    ];
    for (n, f) in methods {
        let func = vm.new_native(n, f, BuiltinKind::Method, None);
        let k = vm.intern(n);
        dict_ops::set_str_raw(&ns, &k, Value::Obj(func));
    }
    let dict = Value::Obj(vm.types.dict.clone());
    let type_ = vm.types.type_.clone();
    let cls = create_class(vm, &type_, "_Environ", vec![dict], &ns)?;
    let environ = ferrython_vm::object::PyObject::with_dict(
        cls.clone(),
        Payload::Dict(std::cell::RefCell::new(
            ferrython_vm::objects::dict::DictData::new(),
        )),
        vm.new_dict(),
    );
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(String::from_utf8_lossy(&k.into_vec()).into_owned());
        let v = vm.new_str(String::from_utf8_lossy(&v.into_vec()).into_owned());
        dict_ops::set_item(vm, &environ, k, v)?;
    }
    crate::pyargs::set_attr(vm, os, "_Environ", Value::Obj(cls));
    crate::pyargs::set_attr(vm, os, "environ", Value::Obj(environ));
    Ok(())
}

/// `_Environ.encodekey`/`encodevalue`: "str expected, not int".
fn check_str(vm: &Vm, v: &Value) -> PyResult<String> {
    match Vm::str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("str expected, not {}", vm.type_name(v)))),
    }
}

/// The `os.putenv` checks and call.
fn putenv_raw(vm: &Vm, name: &[u8], value: &[u8]) -> PyResult<()> {
    if name.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if name.contains(&0) || value.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    if name.is_empty() {
        return Err(ferrython_vm::modules::os_error_from_io(
            vm,
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
        ));
    }
    // SAFETY: Rust requires that no other thread reads or writes the environment meanwhile. A Vm
    // runs Python code on one thread and the CLI's other thread only waits for it, as CPython's
    // `putenv` relies on the same of its C callers.
    unsafe { std::env::set_var(OsStr::from_bytes(name), OsStr::from_bytes(value)) };
    Ok(())
}

/// The `os.unsetenv` checks and call.
fn unsetenv_raw(vm: &Vm, name: &[u8]) -> PyResult<()> {
    if name.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    if name.is_empty() || name.contains(&b'=') {
        return Err(ferrython_vm::modules::os_error_from_io(
            vm,
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
        ));
    }
    // SAFETY: as in `putenv_raw`.
    unsafe { std::env::remove_var(OsStr::from_bytes(name)) };
    Ok(())
}

fn this(vm: &Vm, args: &Args) -> PyResult<PyRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if o.as_dict().is_some() => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires an 'os._Environ' object")),
    }
}

fn environ_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, key] = args.exact::<2>(vm, "__getitem__")?;
    let env = this(vm, &args)?;
    check_str(vm, key)?;
    match dict_ops::get_item(vm, &env, key)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(key.clone())),
    }
}

fn set(vm: &mut Vm, env: &PyRef, key: &Value, value: &Value) -> PyResult<()> {
    let k = check_str(vm, key)?;
    let v = check_str(vm, value)?;
    putenv_raw(vm, k.as_bytes(), v.as_bytes())?;
    dict_ops::set_item(vm, env, key.clone(), value.clone())
}

fn environ_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, key, value] = args.exact::<3>(vm, "__setitem__")?;
    let env = this(vm, &args)?;
    set(vm, &env, key, value)?;
    Ok(Value::None)
}

/// `del environ[key]`: unsetenv first (as CPython does), then KeyError if it was not there.
fn delete(vm: &mut Vm, env: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    let k = check_str(vm, key)?;
    unsetenv_raw(vm, k.as_bytes())?;
    dict_ops::del_item(vm, env, key)
}

fn environ_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, key] = args.exact::<2>(vm, "__delitem__")?;
    let env = this(vm, &args)?;
    match delete(vm, &env, key)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(key.clone())),
    }
}

fn environ_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, key] = args.exact::<2>(vm, "__contains__")?;
    let env = this(vm, &args)?;
    check_str(vm, key)?;
    Ok(Value::Bool(dict_ops::get_item(vm, &env, key)?.is_some()))
}

/// `environ({'HOME': '/root', ...})`.
fn environ_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let env = this(vm, &args)?;
    let items = env
        .as_dict()
        .map(|d| d.borrow().items())
        .unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        parts.push(format!("{}: {}", vm.repr_string(&k)?, vm.repr_string(&v)?));
    }
    Ok(vm.new_str(format!("environ({{{}}})", parts.join(", "))))
}

fn environ_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let env = this(vm, &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [key, default] = Signature {
        fname: "Mapping.get",
        names: ["key", "default"],
        positional: 2,
        required: 1,
    }
    .bind(vm, rest)?;
    let key = key.unwrap_or(Value::None);
    check_str(vm, &key)?;
    Ok(dict_ops::get_item(vm, &env, &key)?
        .or(default)
        .unwrap_or(Value::None))
}

fn environ_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let env = this(vm, &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [key, default] = Signature {
        fname: "MutableMapping.pop",
        names: ["key", "default"],
        positional: 2,
        required: 1,
    }
    .bind(vm, rest)?;
    let key = key.unwrap_or(Value::None);
    check_str(vm, &key)?;
    if dict_ops::get_item(vm, &env, &key)?.is_none() {
        return default.ok_or_else(|| vm.key_error(key.clone()));
    }
    Ok(delete(vm, &env, &key)?.unwrap_or(Value::None))
}

fn environ_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let env = this(vm, &args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let [key, value] = Signature {
        fname: "_Environ.setdefault",
        names: ["key", "value"],
        positional: 2,
        required: 2,
    }
    .bind(vm, rest)?;
    let (key, value) = (key.unwrap_or(Value::None), value.unwrap_or(Value::None));
    check_str(vm, &key)?;
    if let Some(v) = dict_ops::get_item(vm, &env, &key)? {
        return Ok(v);
    }
    set(vm, &env, &key, &value)?;
    Ok(value)
}

/// `update(other=(), /, **kwds)` through `__setitem__`.
fn environ_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let env = this(vm, &args)?;
    let pos = &args.positional()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "MutableMapping.update() takes from 1 to 2 positional arguments but {} were given",
            pos.len() + 1
        )));
    }
    let mut pairs = Vec::new();
    if let Some(other) = pos.first() {
        let keys_name = vm.intern("keys");
        if let Some(d) = other.as_obj().filter(|o| o.as_dict().is_some()) {
            pairs.extend(d.as_dict().map(|d| d.borrow().items()).unwrap_or_default());
        } else if vm.getattr(other, &keys_name).is_ok() {
            let keys = vm.call_method(other, "keys", &[])?;
            for k in vm.collect_iterable(&keys)? {
                let v = vm.getitem(other, &k)?;
                pairs.push((k, v));
            }
        } else {
            for item in vm.collect_iterable(other)? {
                let kv = vm.unpack_exact(&item, 2)?;
                pairs.push((kv[0].clone(), kv[1].clone()));
            }
        }
    }
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        pairs.push((k.clone(), v.clone()));
    }
    for (k, v) in pairs {
        set(vm, &env, &k, &v)?;
    }
    Ok(Value::None)
}

fn environ_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let env = this(vm, &args)?;
    let keys = env.as_dict().map(|d| d.borrow().keys()).unwrap_or_default();
    for k in keys {
        delete(vm, &env, &k)?;
    }
    Ok(Value::None)
}

/// `environ.copy()` is a plain dict.
fn environ_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let env = this(vm, &args)?;
    let out = vm.new_dict();
    let items = env
        .as_dict()
        .map(|d| d.borrow().items())
        .unwrap_or_default();
    for (k, v) in items {
        dict_ops::set_item(vm, &out, k, v)?;
    }
    Ok(Value::Obj(out))
}

/// `os.getenv(key, default=None)`: `os.environ.get(key, default)`.
pub fn getenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let [key, default] = Signature {
        fname: "getenv",
        names: ["key", "default"],
        positional: 2,
        required: 1,
    }
    .bind(vm, args)?;
    let key = key.unwrap_or(Value::None);
    let default = default.unwrap_or(Value::None);
    let environ = module.and_then(|m| get_attr(vm, &m, "environ"));
    match environ {
        Some(Value::Obj(env)) if env.as_dict().is_some() => {
            check_str(vm, &key)?;
            Ok(dict_ops::get_item(vm, &env, &key)?.unwrap_or(default))
        }
        Some(env) => vm.call_method(&env, "get", &[key, default]),
        None => Err(vm.new_error(
            &vm.exc.attribute_error.clone(),
            "module 'os' has no attribute 'environ'",
        )),
    }
}

/// `os.putenv(name, value)`: the process environment only, not `os.environ`.
pub fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name, value] = args.exact::<2>(vm, "putenv")?;
    let name = fspath(vm, name)?;
    let value = fspath(vm, value)?;
    putenv_raw(vm, &name.bytes, &value.bytes)?;
    Ok(Value::None)
}

/// `os.unsetenv(name)`.
pub fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = crate::pyargs::one_arg(vm, args, "posix.unsetenv")?;
    let name = fspath(vm, name)?;
    unsetenv_raw(vm, &name.bytes)?;
    Ok(Value::None)
}
