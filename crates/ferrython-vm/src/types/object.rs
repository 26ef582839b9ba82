//! `object`: the root of every class (`__new__`, `__init__`, default `repr`, identity equality and
//! hashing, generic attribute access).

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::Args;
use crate::objects::types::Layout;
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    vm.add_native(&object, "__new__", object_new, crate::objects::function::BuiltinKind::StaticMethod);
    vm.add_method(&object, "__init__", object_init);
    vm.add_method(&object, "__repr__", object_repr);
    vm.add_method(&object, "__str__", object_str);
    vm.add_method(&object, "__eq__", object_eq);
    vm.add_method(&object, "__ne__", object_ne);
    vm.add_method(&object, "__hash__", object_hash);
    vm.add_method(&object, "__getattribute__", object_getattribute);
    vm.add_method(&object, "__setattr__", object_setattr);
    vm.add_method(&object, "__delattr__", object_delattr);
    vm.add_method(&object, "__format__", object_format);
    vm.add_method(&object, "__dir__", object_dir);
    vm.add_native(&object, "__init_subclass__", object_init_subclass, crate::objects::function::BuiltinKind::ClassMethod);
    vm.add_native(&object, "__subclasshook__", object_subclasshook, crate::objects::function::BuiltinKind::ClassMethod);
    vm.add_method(&object, "__reduce_ex__", object_reduce_ex);
    vm.add_method(&object, "__sizeof__", object_sizeof);
    let doc = vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    vm.set_type_attr(&object, "__doc__", doc);
}

/// `object.__new__(cls, ...)`: an instance with the native layout of `cls`'s built-in base.
/// Extra arguments are an error unless `__init__` is overridden (and `__new__` is not).
fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(first) = args.args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(cls) = first.as_obj().filter(|c| c.as_type().is_some()).cloned() else {
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(first))));
    };
    let td = cls.as_type().expect("checked above");
    if td.builtin && !std::rc::Rc::ptr_eq(&cls, &vm.types.object) {
        return Err(vm.type_error(format!("object.__new__({}) is not safe, use {}.__new__()", td.name(), td.name())));
    }
    if args.args.len() > 1 {
        if overrides(vm, &cls, &vm.names.__new__) {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !overrides(vm, &cls, &vm.names.__init__) {
            return Err(vm.type_error(format!("{}() takes no arguments", td.name())));
        }
    }
    if td.is_abstract.get() {
        abstract_error(vm, &cls)?;
    }
    Ok(Value::Obj(new_instance(vm, &cls)))
}

/// Does `cls` (or a base between it and `object`) define its own `name`?
fn overrides(vm: &Vm, cls: &crate::value::PyRef, name: &crate::value::PyRef) -> bool {
    let found = crate::vm::attr::lookup_type(cls, name);
    !matches!(found.as_ref().and_then(|f| f.payload()), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.types.object)))
}

/// `object.__subclasshook__(subclass)`: NotImplemented, so `ABCMeta.__subclasscheck__` falls back
/// to the usual mechanism.
fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.not_implemented.clone()))
}

/// object_new's Py_TPFLAGS_IS_ABSTRACT error, naming the class's `__abstractmethods__` sorted.
fn abstract_error(vm: &mut Vm, cls: &crate::value::PyRef) -> PyResult<()> {
    let Some(d) = cls.dict() else { return Ok(()) };
    let key = vm.intern("__abstractmethods__");
    let Some(abstracts) = crate::vm::dict_ops::get_str(&d, &key) else { return Ok(()) };
    let mut names = Vec::new();
    for n in vm.collect_iterable(&abstracts)? {
        names.push(vm.str_string(&n)?);
    }
    names.sort();
    let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(vm.type_error(format!("Can't instantiate abstract class {name} with abstract method{plural} {}", names.join(", "))))
}

/// A fresh instance of a user class (payload from the layout of its built-in base).
pub fn new_instance(vm: &Vm, cls: &crate::value::PyRef) -> crate::value::PyRef {
    let td = cls.as_type().expect("a type");
    let payload = match td.layout {
        Layout::Exception => {
            return vm.new_exception_obj(cls, vec![]);
        }
        _ if td.nslots > 0 => Payload::Slots(std::cell::RefCell::new(vec![None; td.nslots].into_boxed_slice())),
        _ => Payload::Plain,
    };
    if td.has_instance_dict { PyObject::with_dict(cls.clone(), payload, vm.new_dict()) } else { PyObject::new(cls.clone(), payload) }
}

/// `object.__init__(self, ...)`: extra arguments are an error unless `__new__` is overridden (and
/// `__init__` is not), with CPython's two messages.
fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.args.first() else { return Ok(Value::None) };
    if args.args.len() > 1 {
        let cls = vm.class_of(this);
        if overrides(vm, &cls, &vm.names.__init__) {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if !overrides(vm, &cls, &vm.names.__new__) {
            let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
            return Err(vm.type_error(format!("{name}.__init__() takes exactly one argument (the instance to initialize)")));
        }
    }
    Ok(Value::None)
}

pub fn default_repr(vm: &mut Vm, v: &Value) -> String {
    let cls = vm.class_of(v);
    let module = cls.dict().and_then(|d| crate::vm::dict_ops::get_str(&d, &vm.names.__module__));
    let qual = cls.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    let name = match module.as_ref().and_then(Vm::str_of) {
        Some(m) if m != "builtins" => format!("{m}.{qual}"),
        _ => qual,
    };
    format!("<{name} object at {:#x}>", v.id())
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let s = default_repr(vm, &this);
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Obj(vm.repr(&this)?))
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args {
        [a, b] if a.is(b) => Ok(Value::Bool(true)),
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.args else { return Ok(Value::Obj(vm.not_implemented.clone())) };
    // `__ne__` inverts `__eq__` unless that is NotImplemented.
    let eq = vm.special(a, &vm.names.__eq__.clone());
    let r = match eq {
        Some(eq) => vm.call(&eq, &[a.clone(), b.clone()], &[])?,
        None => return Ok(Value::Obj(vm.not_implemented.clone())),
    };
    if vm.is_not_implemented_value(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.is_true(&r)?))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let _ = vm;
    Ok(Value::Int(this.id() >> 4))
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, name] = args.args else { return Err(vm.type_error("expected 2 arguments")) };
    let Some(n) = name.as_obj().filter(|o| o.as_str().is_some()).cloned() else {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    };
    let cls = vm.class_of(this);
    vm.generic_getattr(this, &cls, &n)
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, name, value] = args.args else { return Err(vm.type_error("expected 3 arguments")) };
    let Some(n) = name.as_obj().filter(|o| o.as_str().is_some()).cloned() else {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    };
    let cls = vm.class_of(this);
    vm.generic_setattr(this, &cls, &n, Some(value.clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, name] = args.args else { return Err(vm.type_error("expected 2 arguments")) };
    let Some(n) = name.as_obj().filter(|o| o.as_str().is_some()).cloned() else {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    };
    let cls = vm.class_of(this);
    vm.generic_setattr(this, &cls, &n, None)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, spec] = args.args else { return Err(vm.type_error("expected 2 arguments")) };
    if Vm::str_of(spec).is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(this))));
    }
    Ok(Value::Obj(vm.to_str(this)?))
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let names = crate::types::type_::dir_names(vm, &this)?;
    Ok(vm.new_list(names))
}

/// `object.__init_subclass__()`, bound to the new class: accepts no arguments.
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let qualname = match args.args.first().and_then(|c| c.as_obj()).and_then(|c| c.as_type()) {
        Some(t) => t.qualname.borrow().clone(),
        None => "object".to_string(),
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{qualname}.__init_subclass__() takes no keyword arguments")));
    }
    let given = args.args.len().saturating_sub(1);
    if given > 0 {
        return Err(vm.type_error(format!("{qualname}.__init_subclass__() takes no arguments ({given} given)")));
    }
    Ok(Value::None)
}

fn object_reduce_ex(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot pickle object"))
}

fn object_sizeof(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(16))
}
