//! Regular expressions: `_sre`, the native engine (Python's regex syntax parsed to an AST with
//! CPython's `re.error` messages, compiled to a program for a backtracking machine over `str`
//! code points or bytes), with the `re.Pattern`, `re.Match` and scanner types and the module-level
//! functions with their pattern cache (`module_api.rs`); and `re`, the module people import,
//! written in Python (`lib/re.py`, a frozen module: `RegexFlag`, `error`, `escape`, `Scanner`)
//! re-exporting them.

mod ast;
mod chars;
mod compiler;
mod match_obj;
mod matcher;
mod module_api;
mod names;
mod parser;
mod pattern;
mod program;
mod subject;
mod tables;
mod template;

use ferrython_vm::object::PyObject;
use ferrython_vm::objects::function::{Args, BuiltinKind, NativeFn};
use ferrython_vm::objects::types::Layout;
use ferrython_vm::vm::types::new_builtin_type;
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use crate::pyargs::{add_module_functions, set_attr};

/// `import _sre`.
pub fn init_sre(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("_sre");
    let pattern = new_type(vm, "Pattern", pattern::METHODS, pattern::GETTERS);
    let match_ = new_type(vm, "Match", match_obj::METHODS, match_obj::GETTERS);
    let scanner = new_type(vm, "SRE_Scanner", pattern::SCANNER_METHODS, pattern::SCANNER_GETTERS);
    set_attr(vm, &m, "Pattern", Value::Obj(pattern));
    set_attr(vm, &m, "Match", Value::Obj(match_));
    set_attr(vm, &m, "SRE_Scanner", Value::Obj(scanner));
    set_attr(vm, &m, "MAXREPEAT", Value::Int(i64::from(ast::MAXREPEAT)));
    set_attr(vm, &m, "MAXGROUPS", Value::Int(ast::MAXGROUPS as i64));
    set_attr(vm, &m, "MAGIC", Value::Int(20220615));
    set_attr(vm, &m, "CODESIZE", Value::Int(4));
    module_api::install_cache(vm, &m);
    add_module_functions(vm, &m, module_api::FUNCTIONS);
    crate::pyargs::add_functions(
        vm,
        &m,
        &[
            ("unicode_iscased", sre_unicode_iscased),
            ("unicode_tolower", sre_unicode_tolower),
            ("ascii_iscased", sre_ascii_iscased),
            ("ascii_tolower", sre_ascii_tolower),
        ],
    );
    Ok(m)
}

/// A built-in type of module `re` that Python code can neither instantiate nor subclass.
fn new_type(vm: &mut Vm, name: &'static str, methods: &[(&'static str, NativeFn)], getters: &[(&'static str, NativeFn)]) -> PyRef {
    let object = vm.types.object.clone();
    let ty = new_builtin_type(&vm.types.type_.clone(), name, Layout::Opaque, &[object]);
    *ty.dict.borrow_mut() = Some(vm.new_dict());
    vm.set_type_attr(&ty, "__module__", vm.new_str("re"));
    for (n, f) in methods {
        vm.add_method(&ty, n, *f);
    }
    for (n, f) in getters {
        ferrython_vm::types::int::add_getter(vm, &ty, n, *f);
    }
    vm.add_native(&ty, "__new__", no_new, BuiltinKind::StaticMethod);
    vm.add_native(&ty, "__class_getitem__", class_getitem, BuiltinKind::ClassMethod);
    ty
}

/// `re.Pattern[str]`: a `types.GenericAlias`, as in CPython.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, item] = args.exact::<2>(vm, "__class_getitem__")?;
    ferrython_vm::types::generic_alias::new_generic_alias(vm, cls.clone(), item.clone())
}

fn no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.args.first() {
        Some(Value::Obj(c)) => c.as_type().map(|t| t.name()).unwrap_or_default(),
        _ => String::new(),
    };
    Err(vm.type_error(format!("cannot create 're.{name}' instances")))
}

fn char_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<u32> {
    let v = crate::pyargs::one_arg(vm, args, name)?;
    let i = crate::pyargs::int_arg(vm, v)?;
    Ok(u32::try_from(i).unwrap_or(u32::MAX))
}

fn sre_unicode_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = char_arg(vm, args, "unicode_iscased")?;
    Ok(Value::Bool(chars::is_cased(c, true)))
}

fn sre_unicode_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = char_arg(vm, args, "unicode_tolower")?;
    Ok(Value::Int(i64::from(chars::lower(c, true))))
}

fn sre_ascii_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = char_arg(vm, args, "ascii_iscased")?;
    Ok(Value::Bool(chars::is_cased(c, false)))
}

fn sre_ascii_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = char_arg(vm, args, "ascii_tolower")?;
    Ok(Value::Int(i64::from(chars::lower(c, false))))
}

/// The native state of `obj` if it is a `T`.
fn native<T: 'static>(obj: &Value) -> Option<&T> {
    match obj.payload() {
        Some(ferrython_vm::object::Payload::Native(b)) => b.downcast_ref::<T>(),
        _ => None,
    }
}

fn new_native_object<T: 'static>(cls: &PyRef, data: T) -> Value {
    Value::Obj(PyObject::new(cls.clone(), ferrython_vm::object::Payload::Native(Box::new(data))))
}
