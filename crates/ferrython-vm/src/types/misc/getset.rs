//! Computed attributes of built-in types, CPython's getset descriptors: a `property` with native
//! accessors in the type's namespace. Needed where `object`'s namespace has an entry of the same
//! name (`__doc__`, `__module__`) that would otherwise shadow the per-instance value.

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let function = vm.types.function.clone();
    add_getset(vm, &function, "__doc__", function_doc, Some(set_function_doc));
    add_getset(vm, &function, "__module__", function_module, Some(set_function_module));
    add_getset(vm, &function, "__name__", function_name, Some(set_function_name));
    add_getset(vm, &function, "__qualname__", function_qualname, Some(set_function_qualname));
    add_getset(vm, &function, "__defaults__", function_defaults, Some(set_function_defaults));
    add_getset(vm, &function, "__kwdefaults__", function_kwdefaults, Some(set_function_kwdefaults));
    add_getset(vm, &function, "__annotations__", function_annotations, Some(set_function_annotations));
    add_getset(vm, &function, "__code__", function_code, Some(set_function_code));
    let type_ = vm.types.type_.clone();
    add_getset(vm, &type_, "__dict__", type_dict, Some(set_type_dict));
    add_getset(vm, &type_, "__name__", type_name, Some(set_type_name));
    add_getset(vm, &type_, "__qualname__", type_qualname, Some(set_type_qualname));
    add_getset(vm, &type_, "__module__", type_module, Some(set_type_module));
    add_getset(vm, &type_, "__doc__", type_doc, Some(set_type_doc));
    let object = vm.types.object.clone();
    add_getset(vm, &object, "__class__", object_class, Some(set_object_class));
    let t = &vm.types;
    let natives = [
        t.builtin_function.clone(),
        t.method.clone(),
        t.method_descriptor.clone(),
        t.classmethod_descriptor.clone(),
        t.wrapper_descriptor.clone(),
        t.method_wrapper.clone(),
    ];
    for ty in natives {
        add_getset(vm, &ty, "__doc__", instance_doc, None);
    }
}

/// Put a computed attribute in a built-in type's namespace: `get(obj)` reads it, `set(obj, value)`
/// (if any) assigns it.
pub fn add_getset(vm: &mut Vm, ty: &PyRef, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let g = vm.new_native(name, get, BuiltinKind::Function, Some(ty.clone()));
    let s = set.map_or(Value::None, |s| Value::Obj(vm.new_native(name, s, BuiltinKind::Function, Some(ty.clone()))));
    // Deleting goes to the setter with no value, as CPython's getset descriptors do.
    let p = super::property::new_property(vm, [Value::Obj(g), s.clone(), s, Value::None]);
    if let Value::Obj(p) = &p {
        *p.class.borrow_mut() = vm.types.getset_descriptor.clone();
    }
    vm.set_type_attr(ty, name, p);
}

fn instance_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Ok(Value::None);
    };
    Ok(crate::types::special_attr(vm, this, "__doc__")?.unwrap_or(Value::None))
}

/// The function behind `args[0]` and the value being assigned (None when deleting, which the
/// setters then treat as CPython's do a NULL value).
fn function_and_value<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a crate::objects::function::Function, Value)> {
    let (o, v) = match args.args {
        [Value::Obj(o), v] => (o, v.clone()),
        [Value::Obj(o)] => (o, Value::None),
        _ => return Err(vm.type_error("descriptor requires a 'function' object")),
    };
    match &o.payload {
        Payload::Function(f) => Ok((f, v)),
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

/// A getter reading a function attribute through `function_attr`, and a setter storing it after
/// CPython's type check (Objects/funcobject.c's getset table).
macro_rules! function_getset {
    ($get:ident, $set:ident, $name:literal, $field:ident, $check:expr, $msg:literal) => {
        fn $get(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let Some(this) = args.args.first() else {
                return Ok(Value::None);
            };
            Ok(crate::types::special_attr(vm, this, $name)?.unwrap_or(Value::None))
        }

        fn $set(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (f, v) = function_and_value(vm, &args)?;
            let check: fn(&Value) -> bool = $check;
            if !check(&v) {
                return Err(vm.type_error($msg));
            }
            *f.$field.borrow_mut() = v;
            Ok(Value::None)
        }
    };
}

fn is_str(v: &Value) -> bool {
    Vm::str_of(v).is_some()
}

fn is_tuple_or_none(v: &Value) -> bool {
    v.is_none() || matches!(v.payload(), Some(Payload::Tuple(_)))
}

fn is_dict_or_none(v: &Value) -> bool {
    v.is_none() || matches!(v.payload(), Some(Payload::Dict(_)))
}

function_getset!(function_name, set_function_name, "__name__", name, is_str, "__name__ must be set to a string object");
function_getset!(function_qualname, set_function_qualname, "__qualname__", qualname, is_str, "__qualname__ must be set to a string object");
function_getset!(function_defaults, set_function_defaults, "__defaults__", defaults, is_tuple_or_none, "__defaults__ must be set to a tuple object");
function_getset!(
    function_kwdefaults,
    set_function_kwdefaults,
    "__kwdefaults__",
    kwdefaults,
    is_dict_or_none,
    "__kwdefaults__ must be set to a dict object"
);
function_getset!(
    function_annotations,
    set_function_annotations,
    "__annotations__",
    annotations,
    is_dict_or_none,
    "__annotations__ must be set to a dict object"
);

fn function_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Function(f)) => Ok(f.doc.borrow().clone()),
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

fn set_function_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, v) = function_and_value(vm, &args)?;
    *f.doc.borrow_mut() = v;
    Ok(Value::None)
}

fn function_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Function(f)) => Ok(f.module.borrow().clone()),
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

fn set_function_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, v) = function_and_value(vm, &args)?;
    *f.module.borrow_mut() = v;
    Ok(Value::None)
}

fn function_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Function(f)) => {
            let code = f.code.borrow().clone();
            Ok(crate::types::function::code_object(vm, &code))
        }
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

/// `f.__code__ = code` (`func_set_code`): the next call runs the new code. Its free variables must
/// match the function's closure cells.
fn set_function_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, v) = function_and_value(vm, &args)?;
    let Some(Payload::Code(code)) = v.payload() else {
        return Err(vm.type_error("__code__ must be set to a code object"));
    };
    let nclosure = f.closure.borrow().as_obj().and_then(|o| o.as_tuple()).map_or(0, |t| t.len());
    let nfree = code.code.freevars.len();
    if nfree != nclosure {
        let name = vm.str_string(&f.name.borrow().clone())?;
        return Err(vm.value_error(format!("{name}() requires a code object with {nclosure} free vars, not {nfree}")));
    }
    *f.code.borrow_mut() = code.clone();
    Ok(Value::None)
}

fn object_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        return Ok(Value::None);
    };
    Ok(Value::Obj(vm.class_of(this)))
}

/// `obj.__class__ = C` (`object_set_class`): both classes user-defined with the same layout.
fn set_object_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, new] = args.args else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Some(new_cls) = new.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{}' object", vm.type_name(new))));
    };
    let old_cls = vm.class_of(this);
    let (Some(old_td), Some(new_td)) = (old_cls.as_type(), new_cls.as_type()) else {
        return Ok(Value::None);
    };
    let module_like = |td: &crate::objects::types::TypeData| td.layout == crate::objects::types::Layout::Module;
    let Value::Obj(o) = this else {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    };
    if (old_td.builtin || new_td.builtin) && !(module_like(old_td) && module_like(new_td)) {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    if !same_instance_layout(&old_cls, new_cls) {
        return Err(vm.type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", new_td.name(), old_td.name())));
    }
    *o.class.borrow_mut() = new_cls.clone();
    Ok(Value::None)
}

/// Can an instance of `a` become an instance of `b` (`compatible_for_assignment`)? The same native
/// payload, the same slots in the same places, and both or neither with `__dict__` and weakrefs.
pub(crate) fn same_instance_layout(a: &PyRef, b: &PyRef) -> bool {
    let (Some(ta), Some(tb)) = (a.as_type(), b.as_type()) else { return false };
    ta.layout == tb.layout && ta.has_instance_dict == tb.has_instance_dict && ta.has_weakref == tb.has_weakref && slot_names(a) == slot_names(b)
}

/// Every slot name instances of `cls` carry, base classes' first.
fn slot_names(cls: &PyRef) -> Vec<String> {
    let mro = cls.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
    let mut names = Vec::new();
    for c in mro.iter().rev() {
        if let Some(slots) = c.as_type().and_then(|t| t.slots.borrow().clone()) {
            names.extend(slots.iter().filter_map(|s| Vm::str_of(s).map(str::to_string)));
        }
    }
    names
}

/// `cls.__dict__`: a read-only mappingproxy of the namespace.
fn type_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = type_args(vm, &args)?;
    let d = cls.dict().unwrap_or_else(|| vm.new_dict());
    Ok(Value::Obj(crate::object::PyObject::new(vm.types.mappingproxy.clone(), Payload::MappingProxy(d))))
}

fn set_type_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = type_args(vm, &args)?;
    let name = vm.names.__dict__.clone();
    Err(vm.attribute_error(&Value::Obj(cls.clone()), &name, "attribute '__dict__' of 'type' objects is not writable".to_string()))
}

/// The class a `type` getset runs on, and the value assigned (if any).
fn type_args<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyRef, Option<&'a Value>)> {
    match args.args {
        [Value::Obj(t), rest @ ..] if t.as_type().is_some() => Ok((t, rest.first())),
        _ => Err(vm.type_error("descriptor requires a 'type' object")),
    }
}

/// `type.__setattr__`'s refusal for built-in types, or the value being assigned.
fn assignable<'a>(vm: &Vm, cls: &PyRef, value: Option<&'a Value>, name: &str) -> PyResult<&'a Value> {
    let td = cls.as_type().ok_or_else(|| vm.type_error("expected a type"))?;
    if td.builtin {
        return Err(vm.type_error(format!("cannot set '{name}' attribute of immutable type '{}'", td.name())));
    }
    value.ok_or_else(|| vm.type_error(format!("cannot delete '{name}' attribute of type '{}'", td.name())))
}

fn type_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = type_args(vm, &args)?;
    Ok(vm.new_str(cls.as_type().map(|t| t.short_name()).unwrap_or_default()))
}

fn set_type_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, value) = type_args(vm, &args)?;
    let v = assignable(vm, cls, value, "__name__")?;
    let td = cls.as_type().ok_or_else(|| vm.type_error("expected a type"))?;
    let Some(s) = Vm::str_of(v) else {
        return Err(vm.type_error(format!("can only assign string to {}.__name__, not '{}'", td.name(), vm.type_name(v))));
    };
    if s.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    *td.name.borrow_mut() = s.to_string();
    Ok(Value::None)
}

fn type_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = type_args(vm, &args)?;
    Ok(vm.new_str(cls.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default()))
}

fn set_type_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, value) = type_args(vm, &args)?;
    let v = assignable(vm, cls, value, "__qualname__")?;
    let td = cls.as_type().ok_or_else(|| vm.type_error("expected a type"))?;
    let Some(s) = Vm::str_of(v) else {
        return Err(vm.type_error(format!("can only assign string to {}.__qualname__, not '{}'", td.name(), vm.type_name(v))));
    };
    *td.qualname.borrow_mut() = s.to_string();
    Ok(Value::None)
}

/// An entry of the class's own namespace (not its bases').
/// (For `type` itself the entry is the getset descriptor, which is skipped.)
fn own_entry(vm: &Vm, cls: &PyRef, key: &PyRef) -> Option<Value> {
    let _ = vm;
    cls.dict()
        .and_then(|d| crate::vm::dict_ops::get_str(&d, key))
        .filter(|v| !matches!(v, Value::Obj(o) if crate::vm::attr::native_property(o).is_some()))
}

fn set_own_entry(vm: &mut Vm, cls: &PyRef, name: &str, v: Value) {
    if let Some(d) = cls.dict() {
        let k = vm.intern(name);
        crate::vm::dict_ops::set_str_raw(&d, &k, v);
        crate::objects::types::invalidate_lookup_cache(cls);
    }
}

fn type_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = type_args(vm, &args)?;
    // `type`'s own namespace holds this descriptor under the name: a built-in type's module is the
    // str there, or `builtins` (CPython derives it from `tp_name`).
    let builtin = cls.as_type().is_some_and(|t| t.builtin);
    match own_entry(vm, cls, &vm.names.__module__) {
        Some(m) if !builtin || Vm::str_of(&m).is_some() => Ok(m),
        _ => Ok(vm.new_str("builtins")),
    }
}

fn set_type_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, value) = type_args(vm, &args)?;
    let v = assignable(vm, cls, value, "__module__")?.clone();
    set_own_entry(vm, cls, "__module__", v);
    Ok(Value::None)
}

/// `type.__doc__`: the class's own `__doc__` entry (run through `__get__` if it is a descriptor);
/// built-in types carry no docstrings here.
fn type_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = type_args(vm, &args)?;
    let Some(doc) = own_entry(vm, cls, &vm.names.__doc__) else {
        return Ok(Value::None);
    };
    if cls.as_type().is_some_and(|t| t.builtin) {
        return Ok(if Vm::str_of(&doc).is_some() { doc } else { Value::None });
    }
    match vm.special(&doc, &vm.names.__get__.clone()) {
        Some(get) if !matches!(doc.payload(), Some(Payload::Function(_) | Payload::Builtin(_))) => {
            vm.call(&get, &[doc.clone(), Value::None, Value::Obj(cls.clone())], &[])
        }
        _ => Ok(doc),
    }
}

fn set_type_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, value) = type_args(vm, &args)?;
    let v = assignable(vm, cls, value, "__doc__")?.clone();
    set_own_entry(vm, cls, "__doc__", v);
    Ok(Value::None)
}
