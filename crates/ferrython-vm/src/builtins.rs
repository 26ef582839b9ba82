//! The `builtins` module: its functions (one group per file under `builtins/`) and the built-in
//! classes and exceptions bound by name.

pub mod async_iter;
pub mod core;
pub mod functional;
pub mod io;
pub mod numeric;
pub mod reflect;

use crate::object::{Payload, PyObject};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

pub fn init(vm: &mut Vm) {
    let dict = vm.new_dict();
    let module = PyObject::with_dict(vm.types.module.clone(), Payload::Module, dict.clone());
    vm.builtins = module.clone();
    vm.builtins_dict = dict.clone();
    let name = vm.new_str("builtins");
    dict_ops::set_str_raw(&dict, &vm.names.__name__.clone(), name);
    let doc = vm.new_str("Built-in functions, exceptions, and other objects.");
    dict_ops::set_str_raw(&dict, &vm.names.__doc__.clone(), doc);
    let t = &vm.types;
    let classes: Vec<(&str, PyRef)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("reversed", t.reversed.clone()),
        ("memoryview", t.memoryview.clone()),
    ];
    for (n, c) in classes {
        let k = vm.intern(n);
        dict_ops::set_str_raw(&dict, &k, Value::Obj(c));
    }
    for (n, c) in vm.exc.all() {
        let k = vm.intern(n);
        dict_ops::set_str_raw(&dict, &k, Value::Obj(c));
    }
    for alias in ["EnvironmentError", "IOError"] {
        let k = vm.intern(alias);
        dict_ops::set_str_raw(&dict, &k, Value::Obj(vm.exc.os_error.clone()));
    }
    let k = vm.intern("None");
    dict_ops::set_str_raw(&dict, &k, Value::None);
    let k = vm.intern("Ellipsis");
    dict_ops::set_str_raw(&dict, &k, Value::Obj(vm.ellipsis.clone()));
    let k = vm.intern("NotImplemented");
    dict_ops::set_str_raw(&dict, &k, Value::Obj(vm.not_implemented.clone()));
    let k = vm.intern("__debug__");
    dict_ops::set_str_raw(&dict, &k, Value::Bool(true));
    core::init(vm);
    async_iter::init(vm);
    functional::init(vm);
    io::init(vm);
    numeric::init(vm);
    reflect::init(vm);
    crate::types::sort::init_builtins(vm);
}

/// Define `builtins.<name>`.
pub fn add_function(vm: &mut Vm, name: &'static str, func: NativeFn) {
    let f = vm.new_native(name, func, BuiltinKind::Function, None);
    let k = vm.intern(name);
    let d = vm.builtins_dict.clone();
    dict_ops::set_str_raw(&d, &k, Value::Obj(f));
}
