//! `weakref.ReferenceType` (`weakref.ref`): creating weak references, calling them, their hash,
//! equality and repr. The proxies are `weakref/proxy.rs`; the storage and the callbacks are
//! `objects/weakref.rs`.

pub mod proxy;

use std::rc::Rc;

use ferrython_compiler::bytecode::ComparisonOperator;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::types::Layout;
use crate::objects::weakref::{self, WeakKind, WeakRefData};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let module = vm.new_str("weakref");
    for (ty, name) in [
        (vm.types.weakref.clone(), "ReferenceType"),
        (vm.types.weakproxy.clone(), "ProxyType"),
        (vm.types.weakcallableproxy.clone(), "CallableProxyType"),
    ] {
        if let Some(td) = ty.as_type() {
            *td.qualname.borrow_mut() = name.to_string();
        }
        vm.set_type_attr(&ty, "__module__", module.clone());
    }
    let t = vm.types.weakref.clone();
    vm.add_native(&t, "__new__", ref_new, BuiltinKind::StaticMethod);
    vm.add_method(&t, "__init__", ref_init);
    vm.add_method(&t, "__call__", ref_call);
    vm.add_method(&t, "__hash__", ref_hash);
    vm.add_method(&t, "__eq__", ref_eq);
    vm.add_method(&t, "__ne__", ref_ne);
    vm.add_method(&t, "__repr__", ref_repr);
    crate::types::misc::add_getset(vm, &t, "__callback__", ref_callback, Some(readonly));
    vm.add_native(&t, "__class_getitem__", ref_class_getitem, BuiltinKind::ClassMethod);
    proxy::init(vm);
}

/// Can `obj` be weakly referenced? As CPython: instances of classes written in Python (unless
/// their built-in base is variable-sized: `int`, `tuple`, `bytes`), and of the built-in types
/// with a weak reference list (functions, methods, classes, modules, sets, generators, code,
/// memoryviews, files).
pub fn supports_weakref(obj: &PyObject) -> bool {
    let class = obj.class();
    let Some(td) = class.as_type() else { return false };
    if !td.builtin {
        return !matches!(td.layout, Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes);
    }
    matches!(
        &obj.payload,
        Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::BoundMethod(_)
            | Payload::Type(_)
            | Payload::Module
            | Payload::Code(_)
            | Payload::Generator(_)
            | Payload::MemoryView(_)
            | Payload::File(_)
    )
}

/// A new weak reference of `kind` to `obj` (class `cls`), or the existing basic one that a
/// callback-less `ref(obj)`/`proxy(obj)` shares.
pub fn new_weakref(vm: &mut Vm, cls: &PyRef, obj: &Value, callback: Value, kind: WeakKind) -> PyResult<PyRef> {
    let target = match obj {
        Value::Obj(o) if supports_weakref(o) => o.clone(),
        _ => return Err(vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(obj)))),
    };
    let callback = if callback.is_none() { Value::None } else { callback };
    let basic_class = match kind {
        WeakKind::Ref => vm.types.weakref.clone(),
        WeakKind::Proxy => vm.types.weakproxy.clone(),
        WeakKind::CallableProxy => vm.types.weakcallableproxy.clone(),
    };
    if callback.is_none()
        && Rc::ptr_eq(cls, &basic_class)
        && let Some(existing) = weakref::find_basic(&target, kind, &basic_class)
    {
        return Ok(existing);
    }
    let nslots = cls.as_type().map_or(0, |t| t.nslots);
    let payload = Payload::WeakRef(Box::new(WeakRefData::new(&target, callback, kind, nslots)));
    let wr = match cls.as_type() {
        Some(td) if !td.builtin && td.has_instance_dict => PyObject::with_dict(cls.clone(), payload, vm.new_dict()),
        _ => PyObject::new(cls.clone(), payload),
    };
    let (proxy, callable_proxy) = (vm.types.weakproxy.clone(), vm.types.weakcallableproxy.clone());
    weakref::register(&target, &wr, &vm.types.weakref.clone(), [&proxy, &callable_proxy]);
    Ok(wr)
}

/// The weak reference data of `v`, if it is a weak reference or proxy.
pub fn weakref_data(v: &Value) -> Option<&WeakRefData> {
    match v.payload() {
        Some(Payload::WeakRef(w)) => Some(w),
        _ => None,
    }
}

/// `ref.__new__(cls, ob, callback=None)`.
fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(first) = pos.first() else {
        return Err(vm.type_error("weakref.ReferenceType.__new__(): not enough arguments"));
    };
    let Some(cls) = first.as_obj().filter(|c| c.as_type().is_some()).cloned() else {
        return Err(vm.type_error(format!("weakref.ReferenceType.__new__(X): X is not a type object ({})", vm.type_name(first))));
    };
    let td = cls.as_type().expect("checked above");
    if td.layout != Layout::WeakRef {
        let name = td.name();
        return Err(vm.type_error(format!("weakref.ReferenceType.__new__({name}): {name} is not a subtype of weakref.ReferenceType")));
    }
    // Keyword arguments are ignored, as `parse_weakref_init_args` does (a subclass's `__init__`
    // may take some).
    let rest = &pos[1..];
    match rest.len() {
        0 => return Err(vm.type_error("__new__ expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("__new__ expected at most 2 arguments, got {n}"))),
    }
    let callback = rest.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Obj(new_weakref(vm, &cls, &rest[0], callback, WeakKind::Ref)?))
}

/// `ref.__init__`: everything was done by `__new__`; the arguments are checked the same way.
fn ref_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.positional().len().saturating_sub(1);
    match n {
        0 => Err(vm.type_error("__init__ expected at least 1 argument, got 0")),
        1 | 2 => Ok(Value::None),
        n => Err(vm.type_error(format!("__init__ expected at most 2 arguments, got {n}"))),
    }
}

/// The receiver of method `name`: a `ref` (not a proxy).
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.args.first() {
        Some(v) if weakref_data(v).is_some_and(|d| !d.kind.is_proxy()) => Ok(v.clone()),
        Some(v) => Err(vm.type_error(format!("descriptor '{name}' requires a 'weakref.ReferenceType' object but received a '{}'", vm.type_name(v)))),
        None => Err(vm.type_error(format!("descriptor '{name}' of 'weakref.ReferenceType' object needs an argument"))),
    }
}

/// `r()`: the referent, or None once it is gone.
fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__call__")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("weakref() takes no keyword arguments"));
    }
    let n = args.positional().len() - 1;
    if n != 0 {
        return Err(vm.type_error(format!("weakref expected 0 arguments, got {n}")));
    }
    Ok(weakref_data(&r).and_then(|d| d.get()).map_or(Value::None, Value::Obj))
}

/// `hash(r)`: the referent's hash, remembered so it survives the referent.
fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__hash__")?;
    let d = weakref_data(&r).expect("checked by this()");
    if let Some(h) = d.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(obj) = d.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&Value::Obj(obj))?;
    d.hash.set(Some(h));
    Ok(Value::Int(h))
}

/// `r == other`: two live references compare their referents; otherwise identity.
fn ref_compare(vm: &mut Vm, args: &Args, op: ComparisonOperator) -> PyResult<Value> {
    let r = this(vm, args, if op == ComparisonOperator::Equal { "__eq__" } else { "__ne__" })?;
    let other = args.args.get(1).cloned().unwrap_or(Value::None);
    let ref_type = vm.types.weakref.clone();
    if !crate::vm::attr::is_subtype(&vm.class_of(&other), &ref_type) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let (a, b) = (weakref_data(&r).and_then(|d| d.get()), weakref_data(&other).and_then(|d| d.get()));
    match (a, b) {
        (Some(a), Some(b)) => vm.compare(op, &Value::Obj(a), &Value::Obj(b)),
        _ => {
            let same = r.is(&other);
            Ok(Value::Bool(if op == ComparisonOperator::Equal { same } else { !same }))
        }
    }
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ref_compare(vm, &args, ComparisonOperator::Equal)
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ref_compare(vm, &args, ComparisonOperator::NotEqual)
}

/// `<weakref at 0x...; to 'A' at 0x...>`, with the referent's `__name__` when it has a str one;
/// `<weakref at 0x...; dead>` once it is gone.
fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__repr__")?;
    let text = describe(vm, "weakref", &r)?;
    Ok(vm.new_str(text))
}

/// The repr of a weak reference: `<weakref at 0x...; to 'A' at 0x... (name)>`, where the name is
/// the referent's `__name__` as a special lookup finds it (on its type, so a function's or a
/// class's name but not a module's) when that is a str.
fn describe(vm: &mut Vm, what: &str, r: &Value) -> PyResult<String> {
    let Some(obj) = weakref_data(r).and_then(|d| d.get()) else {
        return Ok(format!("<{what} at {:#x}; dead>", r.id()));
    };
    let obj = Value::Obj(obj);
    let type_name = vm.type_name(&obj);
    let cls = vm.class_of(&obj);
    let name = match crate::vm::attr::lookup_type(&cls, &vm.names.__name__.clone()) {
        Some(descr) => {
            let v = vm.bind_descriptor(&descr, &obj, &cls)?;
            Vm::str_of(&v).map(str::to_string)
        }
        None => None,
    };
    Ok(match name {
        Some(n) => format!("<{what} at {:#x}; to '{type_name}' at {:#x} ({n})>", r.id(), obj.id()),
        None => format!("<{what} at {:#x}; to '{type_name}' at {:#x}>", r.id(), obj.id()),
    })
}

fn ref_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args, "__callback__")?;
    Ok(weakref_data(&r).map_or(Value::None, |d| d.callback.borrow().clone()))
}

/// `ref[T]`: a `types.GenericAlias` (PEP 585).
fn ref_class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, item] = args.exact::<2>(vm, "__class_getitem__")?;
    crate::types::generic_alias::new_generic_alias(vm, cls.clone(), item.clone())
}

fn readonly(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(&vm.exc.attribute_error.clone(), "readonly attribute"))
}
