//! The `importlib` package: `import_module`, `reload`, `invalidate_caches`, and its submodules
//! `util`, `machinery` and `abc`, all over the native machinery in `crate::import`.

pub mod abc;
pub mod machinery;
pub mod util;

use crate::PyResult;
use crate::import::{self, name, opt_attr, text};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

/// Register `importlib` and its submodules as native modules.
pub fn register(vm: &mut Vm) {
    vm.native_modules.insert("importlib".into(), init);
    vm.native_modules.insert("importlib.util".into(), util::init);
    vm.native_modules.insert("importlib.machinery".into(), machinery::init);
    vm.native_modules.insert("importlib.abc".into(), abc::init);
}

/// Set `name` in module `m` to `v`.
pub(crate) fn set(vm: &mut Vm, m: &PyRef, name: &str, v: Value) {
    let d = m.dict().expect("modules have a dict");
    let k = vm.intern(name);
    dict_ops::set_str_raw(&d, &k, v);
}

/// Add native functions to module `m`.
pub(crate) fn add_functions(vm: &mut Vm, m: &PyRef, funcs: &[(&'static str, NativeFn)]) {
    for (n, f) in funcs {
        let func = vm.new_native(n, *f, BuiltinKind::Function, None);
        set(vm, m, n, Value::Obj(func));
    }
}

fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("importlib");
    // A package: `importlib.util` and friends are found inside it.
    set(vm, &m, "__path__", vm.new_list(vec![]));
    add_functions(vm, &m, &[("import_module", import_module), ("reload", reload), ("invalidate_caches", invalidate_caches)]);
    // CPython's `import importlib` makes `importlib.util` available too.
    let util = util::init(vm)?;
    let util_v = Value::Obj(util.clone());
    let spec = import::loader::builtin_spec(vm, vm.new_str("importlib.util"))?;
    import::bootstrap::init_module_attrs(vm, &spec, &util_v, false)?;
    import::sys_modules_set(vm, "importlib.util", util_v.clone())?;
    set(vm, &m, "util", util_v);
    Ok(m)
}

/// `importlib.import_module(name, package=None)`.
fn import_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n, package] = args.bind(vm, "import_module", ["name", "package"], 1)?;
    let n = n.unwrap_or(Value::None);
    let Some(n) = text(&n) else {
        return Err(vm.new_error(&vm.exc.attribute_error.clone(), format!("'{}' object has no attribute 'startswith'", vm.type_name(&n))));
    };
    let package = package.unwrap_or(Value::None);
    let level = name::leading_dots(&n);
    let full = if level > 0 {
        if !vm.is_true(&package)? {
            let r = vm.repr_string(&vm.new_str(n.clone()))?;
            return Err(vm.type_error(format!("the 'package' argument is required to perform a relative import for {r}")));
        }
        let Some(p) = text(&package) else {
            return Err(vm.type_error("__package__ not set to a string"));
        };
        name::resolve_in_package(vm, &n[level..], &p, level)?
    } else {
        if n.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        n
    };
    import::bootstrap::find_and_load(vm, &full)
}

/// `importlib.reload(module)`.
fn reload(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [module] = args.bind(vm, "reload", ["module"], 1)?;
    import::reload::reload(vm, &module.unwrap_or(Value::None))
}

/// `importlib.invalidate_caches()`: every finder on `sys.meta_path` that has the method.
fn invalidate_caches(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "invalidate_caches")?;
    let meta_path = vm.sys_attr("meta_path").unwrap_or(Value::None);
    for finder in vm.collect_iterable(&meta_path)? {
        if let Some(f) = opt_attr(vm, &finder, "invalidate_caches")? {
            vm.call(&f, &[], &[])?;
        }
    }
    Ok(Value::None)
}
