//! The `_weakref` module, which `weakref.py` builds on: `ref` (the `ReferenceType` class),
//! `proxy`, `getweakrefcount`, `getweakrefs` and `_remove_dead_weakref`.

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::weakref::WeakKind;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("_weakref");
    let d = m.dict().expect("module dict");
    let funcs: [(&'static str, NativeFn); 4] = [
        ("proxy", weakref_proxy),
        ("getweakrefcount", weakref_getweakrefcount),
        ("getweakrefs", weakref_getweakrefs),
        ("_remove_dead_weakref", remove_dead_weakref),
    ];
    for (name, f) in funcs {
        let func = vm.new_native(name, f, BuiltinKind::Function, None);
        let k = vm.intern(name);
        dict_ops::set_str_raw(&d, &k, Value::Obj(func));
    }
    let types = [
        ("ref", vm.types.weakref.clone()),
        ("ReferenceType", vm.types.weakref.clone()),
        ("ProxyType", vm.types.weakproxy.clone()),
        ("CallableProxyType", vm.types.weakcallableproxy.clone()),
    ];
    for (name, t) in types {
        let k = vm.intern(name);
        dict_ops::set_str_raw(&d, &k, Value::Obj(t));
    }
    Ok(m)
}

/// `proxy(object, callback=None, /)`: a `CallableProxyType` for a callable referent, else a
/// `ProxyType`.
fn weakref_proxy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "_weakref.proxy")?;
    let (obj, callback) = match args.positional() {
        [] => return Err(vm.type_error("proxy expected at least 1 argument, got 0")),
        [o] => (o.clone(), Value::None),
        [o, cb] => (o.clone(), cb.clone()),
        p => return Err(vm.type_error(format!("proxy expected at most 2 arguments, got {}", p.len()))),
    };
    let (kind, cls) = if vm.is_callable(&obj) {
        (WeakKind::CallableProxy, vm.types.weakcallableproxy.clone())
    } else {
        (WeakKind::Proxy, vm.types.weakproxy.clone())
    };
    Ok(Value::Obj(crate::types::weakref::new_weakref(vm, &cls, &obj, callback, kind)?))
}

fn one_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    match args.positional() {
        [v] => Ok(v.clone()),
        p => Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", p.len()))),
    }
}

fn weakref_getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = one_arg(vm, &args, "_weakref.getweakrefcount")?;
    Ok(Value::Int(obj.as_obj().map_or(0, |o| crate::objects::weakref::weakrefs_of(o).len()) as i64))
}

fn weakref_getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = one_arg(vm, &args, "_weakref.getweakrefs")?;
    let refs = obj.as_obj().map(crate::objects::weakref::weakrefs_of).unwrap_or_default();
    Ok(vm.new_list(refs.into_iter().map(Value::Obj).collect()))
}

/// `_remove_dead_weakref(dict, key, /)`: delete `dict[key]` if it is a dead weak reference
/// (`WeakValueDictionary`'s callback uses it, so a live replacement stored meanwhile stays).
fn remove_dead_weakref(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "_remove_dead_weakref")?;
    let [dict, key] = match args.positional() {
        [d, k] => [d.clone(), k.clone()],
        p => return Err(vm.type_error(format!("_remove_dead_weakref expected 2 arguments, got {}", p.len()))),
    };
    let Some(d) = dict.as_obj().filter(|o| o.as_dict().is_some()).cloned() else {
        return Err(vm.type_error(format!("_remove_dead_weakref() argument 1 must be dict, not {}", vm.type_name(&dict))));
    };
    if let Some(v) = dict_ops::get_item(vm, &d, &key)?
        && crate::types::weakref::weakref_data(&v).is_some_and(|w| w.get().is_none())
    {
        dict_ops::del_item(vm, &d, &key)?;
    }
    Ok(Value::None)
}
