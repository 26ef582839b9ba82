//! `types.GenericAlias` (`list[int]`, Objects/genericaliasobject.c) and `types.UnionType`
//! (`int | None`, Objects/unionobject.c): what subscripting a built-in collection class and `|`
//! between classes make, so annotations such as `def f(x: list[int] | None)` evaluate.
//!
//! Type variables (`typing.TypeVar`) do not exist yet, so `__parameters__` collects only objects
//! that declare `__typing_subst__` or `__parameters__`, and substitution (`alias[int]`) reports
//! "... is not a generic class" as CPython does for an alias without parameters.

use std::cell::RefCell;
use std::rc::Rc;

use crate::PyResult;
use crate::object::{AliasData, Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let ga = vm.types.generic_alias.clone();
    let u = vm.types.union_type.clone();
    for ty in [&ga, &u] {
        let module = vm.new_str("types");
        vm.set_type_attr(ty, "__module__", module);
        vm.add_method(ty, "__repr__", alias_repr);
        vm.add_method(ty, "__hash__", alias_hash);
        vm.add_method(ty, "__eq__", alias_eq);
        vm.add_method(ty, "__ne__", alias_ne);
        vm.add_method(ty, "__or__", union_or);
        vm.add_method(ty, "__ror__", union_ror);
        vm.add_method(ty, "__getitem__", alias_getitem);
    }
    vm.add_native(&ga, "__new__", ga_new, BuiltinKind::StaticMethod);
    vm.add_method(&ga, "__call__", ga_call);
    vm.add_method(&ga, "__mro_entries__", ga_mro_entries);
    vm.add_method(&ga, "__instancecheck__", ga_instancecheck);
    vm.add_method(&ga, "__subclasscheck__", ga_subclasscheck);
    let t = vm.types.type_.clone();
    vm.add_method(&t, "__or__", union_or);
    vm.add_method(&t, "__ror__", union_ror);
    let generic = [
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.enumerate.clone(),
        vm.types.mappingproxy.clone(),
    ];
    for ty in generic {
        vm.add_native(&ty, "__class_getitem__", class_getitem, BuiltinKind::ClassMethod);
    }
}

/// `cls[item]` for the built-in generic classes (`Py_GenericAlias`).
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, item] = args.exact::<2>(vm, "__class_getitem__")?;
    Ok(new_generic_alias(vm, cls.clone(), item))
}

/// `GenericAlias(origin, args)`: a non-tuple `args` is one argument.
pub fn new_generic_alias(vm: &Vm, origin: Value, args: &Value) -> Value {
    let args = match args {
        Value::Obj(o) if o.as_tuple().is_some() && Rc::ptr_eq(&o.class(), &vm.types.tuple) => o.clone(),
        other => vm.new_tuple(vec![other.clone()]).as_obj().cloned().expect("a tuple"),
    };
    let data = AliasData { origin, args, parameters: RefCell::new(None) };
    Value::Obj(PyObject::new(vm.types.generic_alias.clone(), Payload::GenericAlias(Box::new(data))))
}

fn ga_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "GenericAlias")?;
    match args.positional() {
        [_, origin, a] => Ok(new_generic_alias(vm, origin.clone(), a)),
        p => Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", p.len().saturating_sub(1)))),
    }
}

fn data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a AliasData> {
    match v.payload() {
        Some(Payload::GenericAlias(d) | Payload::Union(d)) => Ok(d),
        _ => Err(vm.type_error(format!("descriptor requires a 'types.GenericAlias' object but received a '{}'", vm.type_name(v)))),
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a AliasData)> {
    let Some(v) = args.args.first() else { return Err(vm.type_error("expected an argument")) };
    Ok((v, data(vm, v)?))
}

fn tuple_items(t: &PyRef) -> Vec<Value> {
    t.as_tuple().map(<[Value]>::to_vec).unwrap_or_default()
}

/// The attributes a generic alias answers itself; any other is the origin's (`ga_getattro`).
pub fn is_alias_own_attr(name: &str) -> bool {
    matches!(
        name,
        "__class__"
            | "__origin__"
            | "__args__"
            | "__unpacked__"
            | "__parameters__"
            | "__typing_unpacked_tuple_args__"
            | "__mro_entries__"
            | "__reduce_ex__"
            | "__reduce__"
            | "__copy__"
            | "__deepcopy__"
    )
}

/// `__origin__`, `__args__`, `__parameters__`, `__unpacked__`.
pub fn alias_attr(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let (Payload::GenericAlias(d) | Payload::Union(d)) = &o.payload else { return Ok(None) };
    let is_union = matches!(o.payload, Payload::Union(_));
    Ok(Some(match name {
        "__origin__" if !is_union => d.origin.clone(),
        "__args__" => Value::Obj(d.args.clone()),
        "__parameters__" => Value::Obj(parameters(vm, d)?),
        "__unpacked__" if !is_union => Value::Bool(false),
        _ => return Ok(None),
    }))
}

/// The type variables among the arguments (`_Py_make_parameters`), computed once.
fn parameters(vm: &mut Vm, d: &AliasData) -> PyResult<PyRef> {
    if let Some(p) = d.parameters.borrow().clone() {
        return Ok(p);
    }
    let mut params: Vec<Value> = Vec::new();
    let subst = vm.intern("__typing_subst__");
    let params_name = vm.intern("__parameters__");
    for arg in tuple_items(&d.args) {
        if matches!(&arg, Value::Obj(o) if o.as_type().is_some()) {
            continue;
        }
        if vm.getattr_opt(&arg, &subst)?.is_some() {
            if !params.iter().any(|p| p.is(&arg)) {
                params.push(arg);
            }
            continue;
        }
        if let Some(sub) = vm.getattr_opt(&arg, &params_name)?
            && let Some(items) = sub.as_obj().and_then(|o| o.as_tuple())
        {
            for p in items {
                if !params.iter().any(|q| q.is(p)) {
                    params.push(p.clone());
                }
            }
        }
    }
    let t = vm.new_tuple(params).as_obj().cloned().expect("a tuple");
    *d.parameters.borrow_mut() = Some(t.clone());
    Ok(t)
}

/// How an argument prints inside `list[...]` or `int | ...` (`ga_repr_item`): another alias by
/// its repr, a class (or function) as `module.qualname` (just the name for builtins).
fn repr_item(vm: &mut Vm, p: &Value) -> PyResult<String> {
    if let Some(Payload::Ellipsis) = p.payload() {
        return Ok("...".to_string());
    }
    let (origin_name, args_name) = (vm.intern("__origin__"), vm.intern("__args__"));
    let looks_generic = vm.getattr_opt(p, &origin_name)?.is_some() && vm.getattr_opt(p, &args_name)?.is_some();
    if !looks_generic
        && let Some(q) = vm.getattr_opt(p, &vm.names.__qualname__.clone())?
        && let Some(m) = vm.getattr_opt(p, &vm.names.__module__.clone())?
        && !m.is_none()
    {
        let q = vm.to_str(&q)?.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        let m = vm.to_str(&m)?.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        return Ok(if m == "builtins" { q } else { format!("{m}.{q}") });
    }
    vm.repr_string(p)
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, d) = this(vm, &args)?;
    let items = tuple_items(&d.args);
    let text = if matches!(v.payload(), Some(Payload::Union(_))) {
        let mut parts = Vec::with_capacity(items.len());
        for item in &items {
            if matches!(item, Value::Obj(o) if Rc::ptr_eq(o, &vm.types.none_type)) {
                parts.push("None".to_string());
            } else {
                parts.push(repr_item(vm, item)?);
            }
        }
        parts.join(" | ")
    } else {
        let origin = repr_item(vm, &d.origin.clone())?;
        let inner = if items.is_empty() {
            "()".to_string()
        } else {
            let mut parts = Vec::with_capacity(items.len());
            for item in &items {
                parts.push(repr_item(vm, item)?);
            }
            parts.join(", ")
        };
        format!("{origin}[{inner}]")
    };
    Ok(vm.new_str(text))
}

fn alias_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, d) = this(vm, &args)?;
    if matches!(v.payload(), Some(Payload::Union(_))) {
        let set = frozenset_of(vm, &d.args)?;
        return Ok(Value::Int(vm.hash(&set)?));
    }
    let (h0, h1) = (vm.hash(&d.origin.clone())?, vm.hash(&Value::Obj(d.args.clone()))?);
    Ok(Value::Int(h0 ^ h1))
}

fn frozenset_of(vm: &mut Vm, args: &PyRef) -> PyResult<Value> {
    let fs = vm.types.frozenset.clone();
    vm.call(&Value::Obj(fs), &[Value::Obj(args.clone())], &[])
}

/// `==` between two aliases of the same kind: same origin and arguments (unions: the same set of
/// arguments); anything else is NotImplemented.
fn alias_equal(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let [a, b] = args.args else { return Err(vm.type_error("expected 1 argument")) };
    let same_kind = matches!(
        (a.payload(), b.payload()),
        (Some(Payload::GenericAlias(_)), Some(Payload::GenericAlias(_))) | (Some(Payload::Union(_)), Some(Payload::Union(_)))
    );
    if !same_kind {
        return Ok(None);
    }
    let (x, y) = (data(vm, a)?, data(vm, b)?);
    if matches!(a.payload(), Some(Payload::Union(_))) {
        let (sx, sy) = (frozenset_of(vm, &x.args)?, frozenset_of(vm, &y.args)?);
        return vm.eq_bool(&sx, &sy).map(Some);
    }
    let (ox, oy) = (x.origin.clone(), y.origin.clone());
    if !vm.eq_bool(&ox, &oy)? {
        return Ok(Some(false));
    }
    vm.eq_bool(&Value::Obj(x.args.clone()), &Value::Obj(y.args.clone())).map(Some)
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match alias_equal(vm, &args)? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(vm.not_implemented.clone()),
    })
}

fn alias_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match alias_equal(vm, &args)? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(vm.not_implemented.clone()),
    })
}

/// `alias[...]`: substituting type variables, of which there are none here.
fn alias_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, d) = this(vm, &args)?;
    let params = parameters(vm, d)?;
    let r = vm.repr_string(v)?;
    if params.as_tuple().is_none_or(|p| p.is_empty()) {
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    Err(vm.type_error(format!("substituting the type parameters of {r} is not supported")))
}

/// `list[int](...)`: an instance of the origin, tagged with `__orig_class__` when it can be.
fn ga_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, d) = this(vm, &args)?;
    let origin = d.origin.clone();
    let obj = vm.call(&origin, &args.args[1..], args.kwnames)?;
    let name = vm.intern("__orig_class__");
    if let Err(e) = vm.setattr(&obj, &name, v.clone())
        && !vm.err_matches(&e, &vm.exc.attribute_error.clone())
        && !vm.err_matches(&e, &vm.exc.type_error.clone())
    {
        return Err(e);
    }
    Ok(obj)
}

/// `class C(list[int])` derives from `list` (PEP 560).
fn ga_mro_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, d) = this(vm, &args)?;
    Ok(vm.new_tuple(vec![d.origin.clone()]))
}

fn ga_instancecheck(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

/// Can `v` be an operand of `|` between classes (`is_unionable`)?
fn is_unionable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::None => true,
        Value::Obj(o) => {
            o.as_type().is_some() || matches!(o.payload, Payload::GenericAlias(_) | Payload::Union(_)) || Rc::ptr_eq(o, &vm.types.none_type)
        }
        _ => false,
    }
}

fn union_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.args else { return Err(vm.type_error("expected 1 argument")) };
    make_union(vm, a, b)
}

fn union_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.args else { return Err(vm.type_error("expected 1 argument")) };
    make_union(vm, b, a)
}

/// `a | b` (`_Py_union_type_or`): the flattened, de-duplicated arguments, or the only one left.
fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let mut flat = Vec::new();
    for v in [a, b] {
        match v.payload() {
            Some(Payload::Union(d)) => flat.extend(tuple_items(&d.args)),
            _ => flat.push(v.clone()),
        }
    }
    let mut args: Vec<Value> = Vec::with_capacity(flat.len());
    for arg in flat {
        let arg = if arg.is_none() { Value::Obj(vm.types.none_type.clone()) } else { arg };
        let mut seen = false;
        for prev in &args {
            let both_generic = matches!((prev.payload(), arg.payload()), (Some(Payload::GenericAlias(_)), Some(Payload::GenericAlias(_))));
            if if both_generic { vm.eq_bool(prev, &arg)? } else { prev.is(&arg) } {
                seen = true;
                break;
            }
        }
        if !seen {
            args.push(arg);
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().expect("one argument"));
    }
    let args = vm.new_tuple(args).as_obj().cloned().expect("a tuple");
    let data = AliasData { origin: Value::None, args, parameters: RefCell::new(None) };
    Ok(Value::Obj(PyObject::new(vm.types.union_type.clone(), Payload::Union(Box::new(data)))))
}
