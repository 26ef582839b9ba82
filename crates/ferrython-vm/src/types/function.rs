//! Functions, built-in functions, bound methods, code objects and cells: reprs and attributes.

use std::rc::Rc;

use crate::PyResult;
use crate::object::Payload;
use crate::objects::code::PyCode;
use crate::objects::function::{Args, BuiltinFunction, Function};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let f = vm.types.function.clone();
    vm.add_method(&f, "__repr__", function_repr);
    vm.add_method(&f, "__get__", function_get);
    vm.add_method(&f, "__call__", call_self);
    let t = &vm.types;
    let natives = [
        t.builtin_function.clone(),
        t.method_descriptor.clone(),
        t.classmethod_descriptor.clone(),
        t.wrapper_descriptor.clone(),
        t.method_wrapper.clone(),
    ];
    for b in natives {
        vm.add_method(&b, "__repr__", builtin_repr);
        vm.add_method(&b, "__call__", call_self);
    }
    for d in [vm.types.method_descriptor.clone(), vm.types.classmethod_descriptor.clone(), vm.types.wrapper_descriptor.clone()] {
        vm.add_method(&d, "__get__", builtin_descriptor_get);
    }
    let m = vm.types.method.clone();
    vm.add_native(&m, "__new__", method_new, crate::objects::function::BuiltinKind::StaticMethod);
    vm.add_method(&m, "__repr__", method_repr);
    vm.add_method(&m, "__call__", call_self);
    vm.add_method(&m, "__eq__", method_eq);
    vm.add_method(&m, "__hash__", method_hash);
    let c = vm.types.code.clone();
    vm.add_method(&c, "__repr__", code_repr);
    vm.add_method(&c, "__eq__", code_eq);
    vm.add_method(&c, "__hash__", code_hash);
    let cell = vm.types.cell.clone();
    vm.add_method(&cell, "__repr__", cell_repr);
}

/// Two code objects are equal when they wrap the same compiled code (each `__code__` read makes a
/// new wrapper). CPython also compares separately compiled code by content; that is not done here.
fn code_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    match (a.payload(), b.payload()) {
        (Some(Payload::Code(x)), Some(Payload::Code(y))) => Ok(Value::Bool(Rc::ptr_eq(x, y))),
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn code_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__hash__")?;
    match a.payload() {
        Some(Payload::Code(x)) => Ok(Value::Int((Rc::as_ptr(x) as usize >> 4) as i64)),
        _ => Err(vm.type_error("descriptor '__hash__' requires a 'code' object")),
    }
}

fn function_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let Some(Payload::Function(f)) = this.payload() else { return Err(vm.type_error("expected a function")) };
    let q = Vm::str_of(&f.qualname.borrow()).unwrap_or("?").to_string();
    Ok(vm.new_str(format!("<function {q} at {:#x}>", this.id())))
}

fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f, obj, ..] = args.args else { return Err(vm.type_error("__get__ expected at least 1 argument")) };
    if obj.is_none() {
        return Ok(f.clone());
    }
    Ok(vm.new_bound_method(f.clone(), obj.clone()))
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let Some(Payload::Builtin(b)) = this.payload() else { return Err(vm.type_error("expected a builtin")) };
    let class = vm.class_of(&this);
    let slot = Rc::ptr_eq(&class, &vm.types.wrapper_descriptor) || Rc::ptr_eq(&class, &vm.types.method_wrapper);
    let s = match (&b.bound, &b.owner) {
        (Some(Value::Obj(m)), _) if matches!(m.payload, Payload::Module) => format!("<built-in function {}>", b.name),
        (Some(obj), _) if slot => format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, vm.type_name(obj), obj.id()),
        (Some(obj), _) => format!("<built-in method {} of {} object at {:#x}>", b.name, vm.type_name(obj), obj.id()),
        // A type's `__new__` is a built-in bound to the type (CPython's `tp_new_wrapper`).
        (None, Some(owner)) if owner.as_type().is_some() && b.kind == crate::objects::function::BuiltinKind::StaticMethod && b.name == "__new__" => {
            format!("<built-in method {} of type object at {:#x}>", b.name, Value::Obj(owner.clone()).id())
        }
        (None, Some(owner)) if owner.as_type().is_some() => {
            let what = if slot { "slot wrapper" } else { "method" };
            format!("<{what} '{}' of '{}' objects>", b.name, owner.as_type().map(|t| t.name()).unwrap_or_default())
        }
        _ => format!("<built-in function {}>", b.name),
    };
    Ok(vm.new_str(s))
}

/// `descr.__get__(obj, type=None)` of a built-in type's method: bound to `obj` (to the class for a
/// classmethod descriptor), or the descriptor itself without an instance.
fn builtin_descriptor_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, obj, owner) = match args.args {
        [this, obj] => (this, obj, None),
        [this, obj, owner] => (this, obj, Some(owner)),
        _ => return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", args.args.len().saturating_sub(1)))),
    };
    let Value::Obj(f) = this else { return Err(vm.type_error("expected a builtin")) };
    let Some(Payload::Builtin(b)) = this.payload() else { return Err(vm.type_error("expected a builtin")) };
    if b.kind == crate::objects::function::BuiltinKind::ClassMethod {
        let cls = match owner {
            Some(o) if !o.is_none() => o.clone(),
            _ => Value::Obj(vm.class_of(obj)),
        };
        return Ok(vm.bind_builtin(f, cls));
    }
    if obj.is_none() {
        return Ok(this.clone());
    }
    if let Some(owner) = &b.owner
        && !crate::vm::attr::is_subtype(&vm.class_of(obj), owner)
    {
        let owner_name = owner.as_type().map(|t| t.name()).unwrap_or_default();
        return Err(vm.type_error(format!("descriptor '{}' for '{owner_name}' objects doesn't apply to a '{}' object", b.name, vm.type_name(obj))));
    }
    Ok(vm.bind_builtin(f, obj.clone()))
}

/// Is `name` one of the special methods CPython implements for `owner` as a type slot (so that
/// `int.__add__` is a `wrapper_descriptor`)? `list`/`dict` define `__getitem__`, and
/// `dict`/`set`/`frozenset` `__contains__`, as ordinary methods.
pub fn is_slot_wrapper(vm: &Vm, owner: &PyRef, name: &str) -> bool {
    let t = &vm.types;
    match name {
        "__getitem__" => !(Rc::ptr_eq(owner, &t.list) || Rc::ptr_eq(owner, &t.dict)),
        "__contains__" => !(Rc::ptr_eq(owner, &t.dict) || Rc::ptr_eq(owner, &t.set) || Rc::ptr_eq(owner, &t.frozenset)),
        _ => SLOT_NAMES.binary_search(&name).is_ok(),
    }
}

/// The special methods behind type slots (Objects/typeobject.c's `slotdefs`), sorted.
const SLOT_NAMES: [&str; 75] = [
    "__abs__",
    "__add__",
    "__aiter__",
    "__and__",
    "__anext__",
    "__await__",
    "__bool__",
    "__call__",
    "__del__",
    "__delattr__",
    "__delete__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__get__",
    "__getattribute__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imod__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__iter__",
    "__itruediv__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__matmul__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmatmul__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__set__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
];

fn method_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let Some(Payload::BoundMethod(m)) = this.payload() else { return Err(vm.type_error("expected a method")) };
    let (func, obj) = (m.0.clone(), m.1.clone());
    let qn = vm.intern("__qualname__");
    let q = vm.getattr(&func, &qn).ok().and_then(|v| Vm::str_of(&v).map(|s| s.to_string())).unwrap_or_else(|| "?".into());
    let r = vm.repr_string(&obj)?;
    Ok(vm.new_str(format!("<bound method {q} of {r}>")))
}

fn method_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.args else { return Err(vm.type_error("expected 2 arguments")) };
    match (a.payload(), b.payload()) {
        (Some(Payload::BoundMethod(x)), Some(Payload::BoundMethod(y))) => Ok(Value::Bool(x.0.is(&y.0) && x.1.is(&y.1))),
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn method_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let Some(Payload::BoundMethod(m)) = this.payload() else { return Err(vm.type_error("expected a method")) };
    Ok(Value::Int((m.0.id() ^ m.1.id()) >> 4))
}

fn code_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let Some(Payload::Code(c)) = this.payload() else { return Err(vm.type_error("expected a code object")) };
    let s = format!("<code object {} at {:#x}, file \"{}\", line {}>", c.code.name, this.id(), c.code.filename, c.code.first_line);
    Ok(vm.new_str(s))
}

fn cell_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let Some(Payload::Cell(c)) = this.payload() else { return Err(vm.type_error("expected a cell")) };
    let inner = c.borrow().clone();
    let s = match inner {
        None => format!("<cell at {:#x}: empty>", this.id()),
        Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", this.id(), vm.type_name(&v), v.id()),
    };
    Ok(vm.new_str(s))
}

pub fn function_attr(vm: &mut Vm, o: &PyRef, f: &Function, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "__name__" => Some(f.name.borrow().clone()),
        "__qualname__" => Some(f.qualname.borrow().clone()),
        "__doc__" => Some(f.doc.borrow().clone()),
        "__module__" => Some(f.module.borrow().clone()),
        "__defaults__" => Some(f.defaults.borrow().clone()),
        "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
        "__closure__" => Some(f.closure.borrow().clone()),
        "__globals__" => Some(Value::Obj(f.globals.clone())),
        "__builtins__" => Some(Value::Obj(vm.builtins_dict.clone())),
        "__code__" => Some(code_object(vm, &f.code.borrow())),
        "__annotations__" => {
            let a = f.annotations.borrow().clone();
            if a.is_none() {
                let d = Value::Obj(vm.new_dict());
                *f.annotations.borrow_mut() = d.clone();
                Some(d)
            } else {
                Some(a)
            }
        }
        "__dict__" => {
            if o.dict().is_none() {
                *o.dict.borrow_mut() = Some(vm.new_dict());
            }
            o.dict().map(Value::Obj)
        }
        _ => None,
    })
}

/// The `code` object for a function's `__code__`.
pub fn code_object(vm: &Vm, code: &Rc<PyCode>) -> Value {
    Value::Obj(crate::object::PyObject::new(vm.types.code.clone(), Payload::Code(code.clone())))
}

pub fn builtin_attr(vm: &mut Vm, b: &BuiltinFunction, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "__name__" => Some(vm.new_str(b.name)),
        "__qualname__" => Some(match &b.owner {
            Some(o) if o.as_type().is_some() => vm.new_str(format!("{}.{}", o.as_type().map(|t| t.name()).unwrap_or_default(), b.name)),
            _ => vm.new_str(b.name),
        }),
        "__self__" => Some(b.bound.clone().unwrap_or(Value::None)),
        "__objclass__" if b.bound.is_none() && b.owner.as_ref().is_some_and(|o| o.as_type().is_some_and(|t| t.builtin)) => {
            b.owner.clone().map(Value::Obj)
        }
        "__doc__" => Some(Value::None),
        "__module__" => Some(if b.owner.is_none() { vm.new_str("builtins") } else { Value::None }),
        _ => None,
    })
}

pub fn code_attr(vm: &mut Vm, c: &Rc<PyCode>, name: &str) -> PyResult<Option<Value>> {
    let co = &c.code;
    let strs = |vm: &Vm, v: &[Rc<str>]| vm.new_tuple(v.iter().map(|s| vm.new_str(&**s)).collect());
    Ok(match name {
        "co_name" => Some(Value::Obj(c.name.clone())),
        "co_qualname" => Some(Value::Obj(c.qualname.clone())),
        "co_filename" => Some(Value::Obj(c.filename.clone())),
        "co_firstlineno" => Some(Value::Int(co.first_line as i64)),
        "co_argcount" => Some(Value::Int(co.argcount as i64)),
        "co_posonlyargcount" => Some(Value::Int(co.posonlyargcount as i64)),
        "co_kwonlyargcount" => Some(Value::Int(co.kwonlyargcount as i64)),
        "co_nlocals" => Some(Value::Int(co.varnames.len() as i64)),
        "co_flags" => Some(Value::Int(co.flags as i64)),
        "co_varnames" => Some(strs(vm, &co.varnames)),
        "co_cellvars" => Some(strs(vm, &co.cellvars)),
        "co_freevars" => Some(strs(vm, &co.freevars)),
        "co_names" => Some(strs(vm, &co.names)),
        "co_consts" => Some(vm.new_tuple(c.consts.clone())),
        _ => None,
    })
}

/// `types.MethodType(function, instance, /)` (method_new in Objects/classobject.c).
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let [_cls, func, instance] = args.args else {
        let n = args.args.len().saturating_sub(1);
        return Err(vm.type_error(format!("method expected 2 arguments, got {n}")));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if instance.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_bound_method(func.clone(), instance.clone()))
}

/// `__call__` of functions, built-in functions and methods (their tp_call as a slot wrapper), so
/// `type(f).__call__(f, ...)` works and `collections.abc.Callable` recognises them by their MRO.
fn call_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((this, rest)) = args.args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call(this, rest, args.kwnames)
}
