//! `importlib.machinery`: the machinery's classes (`ModuleSpec`, `SourceFileLoader`, `PathFinder`,
//! `FileFinder`, `BuiltinImporter`, ...) and the file suffixes.

use crate::PyResult;
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("importlib.machinery");
    let i = &vm.import;
    let classes = [
        ("ModuleSpec", i.module_spec.clone()),
        ("SourceFileLoader", i.source_file_loader.clone()),
        ("PathFinder", i.path_finder.clone()),
        ("FileFinder", i.file_finder.clone()),
        ("BuiltinImporter", i.builtin_importer.clone()),
        ("FrozenImporter", i.frozen_importer.clone()),
        ("NamespaceLoader", i.namespace_loader.clone()),
    ];
    for (n, c) in classes {
        super::set(vm, &m, n, Value::Obj(c));
    }
    super::set(vm, &m, "SOURCE_SUFFIXES", vm.new_list(vec![vm.new_str(".py")]));
    for name in ["BYTECODE_SUFFIXES", "DEBUG_BYTECODE_SUFFIXES", "OPTIMIZED_BYTECODE_SUFFIXES"] {
        super::set(vm, &m, name, vm.new_list(vec![vm.new_str(".pyc")]));
    }
    super::set(vm, &m, "EXTENSION_SUFFIXES", vm.new_list(vec![]));
    super::add_functions(vm, &m, &[("all_suffixes", all_suffixes)]);
    Ok(m)
}

fn all_suffixes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "all_suffixes")?;
    Ok(vm.new_list(vec![vm.new_str(".py"), vm.new_str(".pyc")]))
}
