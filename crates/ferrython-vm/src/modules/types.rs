//! The `types` module: the built-in types Python code has no other name for (`ModuleType`,
//! `FunctionType`, ...) and `SimpleNamespace`.

use crate::PyResult;
use crate::import::{new_class, receiver};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("types");
    let t = &vm.types;
    let classes = [
        ("ModuleType", t.module.clone()),
        ("FunctionType", t.function.clone()),
        ("LambdaType", t.function.clone()),
        ("BuiltinFunctionType", t.builtin_function.clone()),
        ("BuiltinMethodType", t.builtin_function.clone()),
        ("MethodType", t.method.clone()),
        ("CodeType", t.code.clone()),
        ("CellType", t.cell.clone()),
        ("GeneratorType", t.generator.clone()),
        ("CoroutineType", t.coroutine.clone()),
        ("AsyncGeneratorType", t.async_generator.clone()),
        ("MappingProxyType", t.mappingproxy.clone()),
        ("MemberDescriptorType", t.member_descriptor.clone()),
        ("WrapperDescriptorType", t.wrapper_descriptor.clone()),
        ("MethodWrapperType", t.method_wrapper.clone()),
        ("MethodDescriptorType", t.method_descriptor.clone()),
        ("ClassMethodDescriptorType", t.classmethod_descriptor.clone()),
        ("GetSetDescriptorType", t.getset_descriptor.clone()),
        ("TracebackType", t.traceback.clone()),
        ("FrameType", t.frame.clone()),
        ("NoneType", t.none_type.clone()),
        ("NotImplementedType", t.not_implemented_type.clone()),
        ("EllipsisType", t.ellipsis_type.clone()),
        ("GenericAlias", t.generic_alias.clone()),
        ("UnionType", t.union_type.clone()),
    ];
    let ns = new_class(
        vm,
        "types",
        "SimpleNamespace",
        &[
            ("__init__", namespace_init, BuiltinKind::Method),
            ("__repr__", namespace_repr, BuiltinKind::Method),
            ("__eq__", namespace_eq, BuiltinKind::Method),
        ],
    );
    let d = m.dict().expect("modules have a dict");
    let coroutine = vm.new_native("coroutine", types_coroutine, BuiltinKind::Function, None);
    for (n, c) in classes.into_iter().chain([("SimpleNamespace", ns), ("coroutine", coroutine)]) {
        let k = vm.intern(n);
        dict_ops::set_str_raw(&d, &k, Value::Obj(c));
    }
    Ok(m)
}

/// `types.coroutine(func)`: a generator function's generators become awaitable (its code gets
/// `CO_ITERABLE_COROUTINE`, as CPython's `co.replace(co_flags=...)` does); `async def` functions and
/// other callables are returned unchanged.
fn types_coroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use ferrython_compiler::bytecode::code_flags;
    let [func] = args.exact::<1>(vm, "coroutine")?;
    if !vm.is_callable(func) {
        return Err(vm.type_error("types.coroutine() expects a callable"));
    }
    if let Some(crate::object::Payload::Function(f)) = func.payload() {
        let code = f.code.borrow().clone();
        let flags = code.code.flags;
        if flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) == 0 && flags & code_flags::GENERATOR != 0 {
            let mut marked = (*code.code).clone();
            marked.flags |= code_flags::ITERABLE_COROUTINE;
            let new_code = vm.load_code(&std::rc::Rc::new(marked));
            *f.code.borrow_mut() = new_code;
        }
    }
    Ok(func.clone())
}

/// `SimpleNamespace(mapping_or_iterable=(), /, **kwargs)`: the keywords become attributes.
fn namespace_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "__init__")?;
    if !rest.positional().is_empty() {
        return Err(vm.type_error("no positional arguments expected"));
    }
    for (k, v) in rest.kwnames.iter().zip(rest.kw_values()) {
        let Some(k) = k.as_obj().cloned() else { continue };
        vm.setattr(&this, &k, v.clone())?;
    }
    Ok(Value::None)
}

/// `namespace(a=1, b=2)` (a subclass shows its own name); a namespace containing itself shows
/// `namespace(...)`.
fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _) = receiver(vm, &args, "__repr__")?;
    let cls = vm.class_of(&this);
    let name = if std::rc::Rc::ptr_eq(&cls, &vm.class_of(&this)) && cls.as_type().is_some_and(|t| t.name() == "SimpleNamespace") {
        "namespace".to_string()
    } else {
        cls.as_type().map(|t| t.name()).unwrap_or_default()
    };
    let Some(o) = this.as_obj().cloned() else { return Ok(vm.new_str(format!("{name}()"))) };
    if !vm.repr_enter(&o) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    let r = (|| {
        let mut parts = Vec::new();
        if let Some(d) = o.dict() {
            let items: Vec<(Value, Value)> = d.as_dict().map(|d| d.borrow().items()).unwrap_or_default();
            for (k, v) in items {
                let Some(k) = Vm::str_of(&k).map(str::to_string) else { continue };
                parts.push(format!("{k}={}", vm.repr_string(&v)?));
            }
        }
        Ok(vm.new_str(format!("{name}({})", parts.join(", "))))
    })();
    vm.repr_leave(&o);
    r
}

fn namespace_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, rest) = receiver(vm, &args, "__eq__")?;
    let [other] = rest.exact::<1>(vm, "__eq__")?;
    let ns_cls = vm.class_of(&this);
    if !crate::vm::attr::is_subtype(&vm.class_of(other), &ns_cls) && !crate::vm::attr::is_subtype(&ns_cls, &vm.class_of(other)) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let (Some(a), Some(b)) = (this.as_obj().and_then(|o| o.dict()), other.as_obj().and_then(|o| o.dict())) else {
        return Ok(Value::Bool(false));
    };
    let r = vm.eq_bool(&Value::Obj(a), &Value::Obj(b))?;
    Ok(Value::Bool(r))
}
