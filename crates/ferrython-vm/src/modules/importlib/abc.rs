//! `importlib.abc`: the base classes finders and loaders written in Python derive from, with
//! importlib's default methods. As in CPython they are `abc.ABCMeta` classes (made from the native
//! methods once the shipped `abc` module is importable) with the machinery's classes registered
//! as virtual subclasses.

use crate::PyResult;
use crate::import::{new_class, opt_attr};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("importlib.abc");
    let loader = new_class(
        vm,
        "importlib._abc",
        "Loader",
        &[
            ("create_module", create_module, BuiltinKind::Method),
            ("load_module", load_module, BuiltinKind::Method),
            ("module_repr", module_repr, BuiltinKind::Method),
        ],
    );
    let meta = new_class(vm, "importlib.abc", "MetaPathFinder", &[("invalidate_caches", invalidate_caches, BuiltinKind::Method)]);
    let entry = new_class(vm, "importlib.abc", "PathEntryFinder", &[("invalidate_caches", invalidate_caches, BuiltinKind::Method)]);
    let i = &vm.import;
    let registrations = [
        ("Loader", loader, vec![i.source_file_loader.clone(), i.builtin_importer.clone(), i.frozen_importer.clone(), i.namespace_loader.clone()]),
        ("MetaPathFinder", meta, vec![i.builtin_importer.clone(), i.frozen_importer.clone(), i.path_finder.clone()]),
        ("PathEntryFinder", entry, vec![i.file_finder.clone()]),
    ];
    let abc_meta = match vm.import_module("abc") {
        Ok(abc) => {
            let name = vm.intern("ABCMeta");
            Some(vm.getattr(&abc, &name)?)
        }
        // A VM without the shipped standard library keeps plain classes.
        Err(e) if vm.err_matches(&e, &vm.exc.import_error.clone()) => None,
        Err(e) => return Err(e),
    };
    for (n, c, virtual_subclasses) in registrations {
        let class = match &abc_meta {
            Some(meta) => as_abc(vm, meta, n, &c, &virtual_subclasses)?,
            None => Value::Obj(c),
        };
        super::set(vm, &m, n, class);
    }
    Ok(m)
}

/// `ABCMeta(name, (), namespace of plain)`, then `register` each of `virtual_subclasses`.
fn as_abc(vm: &mut Vm, meta: &Value, name: &str, plain: &PyRef, virtual_subclasses: &[PyRef]) -> PyResult<Value> {
    let ns = vm.new_dict();
    let items = plain.dict().and_then(|d| d.as_dict().map(|d| d.borrow().items())).unwrap_or_default();
    for (k, v) in items {
        crate::vm::dict_ops::set_item(vm, &ns, k, v)?;
    }
    let qualname = vm.intern("__qualname__");
    let qualname_value = vm.new_str(name);
    crate::vm::dict_ops::set_str_raw(&ns, &qualname, qualname_value);
    let class_name = vm.new_str(name);
    let bases = vm.new_tuple(vec![]);
    let class = vm.call(meta, &[class_name, bases, Value::Obj(ns)], &[])?;
    let register_name = vm.intern("register");
    let register = vm.getattr(&class, &register_name)?;
    for sub in virtual_subclasses {
        vm.call(&register, &[Value::Obj(sub.clone())], &[])?;
    }
    Ok(class)
}

/// `Loader.create_module(spec)`: None, the default module creation.
fn create_module(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `Loader.load_module(fullname)`: `_load_module_shim` when the loader has `exec_module`.
fn load_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = crate::import::receiver(vm, &args, "load_module")?;
    let [name] = rest.exact::<1>(vm, "load_module")?;
    if opt_attr(vm, &this, "exec_module")?.is_none() {
        return Err(vm.new_error(&vm.exc.import_error.clone(), ""));
    }
    let n = vm.str_string(name)?;
    let spec = crate::import::spec::new_spec(vm, &n, this, None, false)?;
    match crate::import::sys_modules_get(vm, &n)? {
        Some(module) => crate::import::reload::exec(vm, &spec, &module),
        None => crate::import::bootstrap::load_unlocked(vm, &spec),
    }
}

fn module_repr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(&vm.exc.not_implemented_error.clone(), ""))
}

fn invalidate_caches(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
