//! `types.GenericAlias` (`list[int]`, Objects/genericaliasobject.c) and `types.UnionType`
//! (`int | None`, Objects/unionobject.c): the objects PEP 585 and PEP 604 annotations evaluate to.
//!
//! A generic alias records its origin class, its arguments (always a tuple) and the type parameters
//! found among them (anything with `__typing_subst__`, such as `typing.TypeVar`, or the parameters of
//! a nested alias). Attributes it does not have itself come from the origin (`list[int].append`),
//! calling it calls the origin, subscripting it substitutes its parameters, and as a base class it
//! stands for its origin (`__mro_entries__`). A union keeps its flattened, de-duplicated arguments;
//! `isinstance` and `issubclass` test each in turn.

use std::rc::Rc;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::types::range::add_member;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let ga = vm.types.generic_alias.clone();
    let types = vm.new_str("types");
    vm.set_type_attr(&ga, "__module__", types.clone());
    vm.add_native(&ga, "__new__", ga_new, BuiltinKind::StaticMethod);
    vm.add_method(&ga, "__repr__", ga_repr);
    vm.add_method(&ga, "__getattr__", ga_getattr);
    vm.add_method(&ga, "__call__", ga_call);
    vm.add_method(&ga, "__getitem__", ga_getitem);
    vm.add_method(&ga, "__eq__", ga_eq);
    vm.add_method(&ga, "__ne__", ga_ne);
    vm.add_method(&ga, "__hash__", ga_hash);
    vm.add_method(&ga, "__mro_entries__", ga_mro_entries);
    vm.add_method(&ga, "__instancecheck__", ga_instancecheck);
    vm.add_method(&ga, "__subclasscheck__", ga_subclasscheck);
    vm.add_method(&ga, "__reduce__", ga_reduce);
    vm.add_method(&ga, "__or__", union_or);
    vm.add_method(&ga, "__ror__", union_ror);
    add_member(vm, &ga, "__origin__", ga_origin);
    add_member(vm, &ga, "__args__", ga_args);
    add_member(vm, &ga, "__parameters__", ga_parameters);
    add_member(vm, &ga, "__unpacked__", ga_unpacked);

    let union = vm.types.union_type.clone();
    vm.set_type_attr(&union, "__module__", types);
    vm.add_method(&union, "__repr__", union_repr);
    vm.add_method(&union, "__getitem__", union_getitem);
    vm.add_method(&union, "__eq__", union_eq);
    vm.add_method(&union, "__ne__", union_ne);
    vm.add_method(&union, "__hash__", union_hash);
    vm.add_method(&union, "__instancecheck__", union_instancecheck);
    vm.add_method(&union, "__subclasscheck__", union_subclasscheck);
    vm.add_method(&union, "__or__", union_or);
    vm.add_method(&union, "__ror__", union_ror);
    add_member(vm, &union, "__args__", union_args);
    add_member(vm, &union, "__parameters__", union_parameters);

    // `type.__or__`: `int | str`.
    let type_ = vm.types.type_.clone();
    vm.add_method(&type_, "__or__", union_or);
    vm.add_method(&type_, "__ror__", union_ror);
    // PEP 585: the built-in containers are generic.
    let generic = [
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.enumerate.clone(),
        vm.types.mappingproxy.clone(),
    ];
    for ty in &generic {
        vm.add_native(ty, "__class_getitem__", class_getitem, BuiltinKind::ClassMethod);
    }
}

// ----- GenericAlias -------------------------------------------------------------------------------

/// `GenericAlias(origin, args)`: `args` is made a tuple; the parameters are found among the
/// arguments now (CPython computes them on first use; the result is the same).
pub fn new_generic_alias(vm: &mut Vm, origin: Value, args: Value) -> PyResult<Value> {
    let args = as_tuple(vm, args);
    let params = make_parameters(vm, &args)?;
    Ok(Value::Obj(PyObject::new(vm.types.generic_alias.clone(), Payload::GenericAlias(Box::new([origin, args, params])))))
}

/// `cls.__class_getitem__(item)` of the generic built-in classes.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cls, item] = args.exact::<2>(vm, "__class_getitem__")?;
    new_generic_alias(vm, cls.clone(), item.clone())
}

fn ga_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let a = args.positional().get(1..).unwrap_or(&[]);
    let [origin, items] = a else {
        return Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", a.len())));
    };
    new_generic_alias(vm, origin.clone(), items.clone())
}

/// The `[origin, args, parameters]` of a generic alias receiver.
fn alias<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a [Value; 3]> {
    match v.payload() {
        Some(Payload::GenericAlias(a)) => Ok(a),
        _ => Err(crate::types::sequence::descriptor_error(vm, method, "types.GenericAlias", v)),
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a [Value; 3]> {
    match args.args.first() {
        Some(v) => alias(vm, v, method),
        None => Err(vm.type_error(format!("unbound method GenericAlias.{method}() needs an argument"))),
    }
}

fn ga_origin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "__origin__")?[0].clone())
}

fn ga_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "__args__")?[1].clone())
}

fn ga_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "__parameters__")?[2].clone())
}

fn ga_unpacked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__unpacked__")?;
    Ok(Value::Bool(false))
}

/// `list[int]`, `dict[str, list[int]]`, `tuple[()]`, `tuple[int, ...]`.
fn ga_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [origin, items, _] = this(vm, &args, "__repr__")?.clone();
    let mut s = repr_item(vm, &origin)?;
    s.push('[');
    let items = tuple_items(&items);
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_arg(vm, item)?);
    }
    s.push(']');
    Ok(vm.new_str(s))
}

/// An argument of an alias: a list (`Callable[[int, str], bool]`'s first) shows its items.
fn repr_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(Payload::List(l)) = v.payload() {
        let items = l.borrow().clone();
        let parts = items.iter().map(|i| repr_item(vm, i)).collect::<PyResult<Vec<_>>>()?;
        return Ok(format!("[{}]", parts.join(", ")));
    }
    repr_item(vm, v)
}

/// `ga_repr_item`: `...` for Ellipsis, an alias by its repr, a class by its qualified name
/// (without `builtins.`), anything else by `repr`.
fn repr_item(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if matches!(v.payload(), Some(Payload::Ellipsis)) {
        return Ok("...".into());
    }
    if crate::import::opt_attr(vm, v, "__origin__")?.is_some() && crate::import::opt_attr(vm, v, "__args__")?.is_some() {
        return vm.repr_string(v);
    }
    let Some(qualname) = crate::import::opt_attr(vm, v, "__qualname__")? else { return vm.repr_string(v) };
    let module = match crate::import::opt_attr(vm, v, "__module__")? {
        Some(m) if !m.is_none() => m,
        _ => return vm.repr_string(v),
    };
    let qualname = vm.str_string(&qualname)?;
    let module = vm.str_string(&module)?;
    Ok(if module == "builtins" { qualname } else { format!("{module}.{qualname}") })
}

/// Attributes the alias does not have are the origin's (`ga_getattro`); a few never forward.
fn ga_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this_v, name] = args.exact::<2>(vm, "__getattr__")?;
    let origin = alias(vm, this_v, "__getattr__")?[0].clone();
    let Some(n) = Vm::str_of(name).map(str::to_string) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    const OWN: [&str; 10] = [
        "__class__",
        "__origin__",
        "__args__",
        "__unpacked__",
        "__parameters__",
        "__typing_unpacked_tuple_args__",
        "__mro_entries__",
        "__reduce_ex__",
        "__reduce__",
        "__copy__",
    ];
    if OWN.contains(&n.as_str()) || n == "__deepcopy__" {
        let msg = format!("'types.GenericAlias' object has no attribute '{n}'");
        return Err(vm.new_error(&vm.exc.attribute_error.clone(), msg));
    }
    let key = vm.intern(&n);
    vm.getattr(&origin, &key)
}

/// Calling an alias calls its origin, then records the alias as `__orig_class__` where it can.
fn ga_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this_v = args.args.first().cloned().unwrap_or(Value::None);
    let origin = alias(vm, &this_v, "__call__")?[0].clone();
    let rest = &args.args[1..];
    let obj = vm.call(&origin, rest, args.kwnames)?;
    match crate::import::set_attr(vm, &obj, "__orig_class__", this_v) {
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) || vm.err_matches(&e, &vm.exc.type_error.clone()) => {}
        r => r?,
    }
    Ok(obj)
}

fn ga_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this_v, item] = args.exact::<2>(vm, "__getitem__")?;
    let [origin, items, params] = alias(vm, this_v, "__getitem__")?.clone();
    let new_args = substitute(vm, this_v, &items, &params, item)?;
    let new_args = vm.new_tuple(new_args);
    new_generic_alias(vm, origin, new_args)
}

fn ga_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let x = alias(vm, a, "__eq__")?.clone();
    let Some(Payload::GenericAlias(y)) = b.payload() else { return Ok(Value::Obj(vm.not_implemented.clone())) };
    let y = (**y).clone();
    Ok(Value::Bool(vm.eq_bool(&x[0], &y[0])? && vm.eq_bool(&x[1], &y[1])?))
}

fn ga_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = ga_eq(vm, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn ga_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [origin, items, _] = this(vm, &args, "__hash__")?.clone();
    Ok(Value::Int(vm.hash(&origin)? ^ vm.hash(&items)?))
}

/// As a base class, an alias stands for its origin: `class L(list[int])` derives from `list`.
fn ga_mro_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this_v, _bases] = args.exact::<2>(vm, "__mro_entries__")?;
    let origin = alias(vm, this_v, "__mro_entries__")?[0].clone();
    Ok(vm.new_tuple(vec![origin]))
}

fn ga_instancecheck(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [origin, items, _] = this(vm, &args, "__reduce__")?.clone();
    let cls = Value::Obj(vm.types.generic_alias.clone());
    let state = vm.new_tuple(vec![origin, items]);
    Ok(vm.new_tuple(vec![cls, state]))
}

// ----- parameters and substitution ----------------------------------------------------------------

fn tuple_items(v: &Value) -> Vec<Value> {
    v.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()).unwrap_or_default()
}

fn as_tuple(vm: &Vm, v: Value) -> Value {
    match v.payload() {
        Some(Payload::Tuple(_)) => v,
        _ => vm.new_tuple(vec![v]),
    }
}

fn is_class(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.as_type().is_some())
}

/// `_Py_make_parameters`: the type parameters among `args`, in order of first appearance.
fn make_parameters(vm: &mut Vm, args: &Value) -> PyResult<Value> {
    let mut params: Vec<Value> = Vec::new();
    for arg in tuple_items(args) {
        if is_class(&arg) {
            continue;
        }
        if crate::import::opt_attr(vm, &arg, "__typing_subst__")?.is_some() {
            if !params.iter().any(|p| p.is(&arg)) {
                params.push(arg);
            }
            continue;
        }
        if let Some(sub) = crate::import::opt_attr(vm, &arg, "__parameters__")? {
            for p in tuple_items(&sub) {
                if !params.iter().any(|q| q.is(&p)) {
                    params.push(p);
                }
            }
        }
    }
    Ok(vm.new_tuple(params))
}

/// `_Py_subs_parameters`: the arguments of `alias[item]`, each parameter replaced by its value.
fn substitute(vm: &mut Vm, alias: &Value, items: &Value, params: &Value, item: &Value) -> PyResult<Vec<Value>> {
    let params = tuple_items(params);
    if params.is_empty() {
        let r = vm.repr_string(alias)?;
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let values = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    if values.len() != params.len() {
        let r = vm.repr_string(alias)?;
        let how = if values.len() > params.len() { "many" } else { "few" };
        return Err(vm.type_error(format!("Too {how} arguments for {r}; actual {}, expected {}", values.len(), params.len())));
    }
    let mut out = Vec::new();
    for arg in tuple_items(items) {
        if is_class(&arg) {
            out.push(arg);
            continue;
        }
        if let Some(subst) = crate::import::opt_attr(vm, &arg, "__typing_subst__")? {
            let i = params.iter().position(|p| p.is(&arg)).unwrap_or(0);
            out.push(vm.call(&subst, std::slice::from_ref(&values[i]), &[])?);
            continue;
        }
        out.push(substitute_nested(vm, &arg, &params, &values)?);
    }
    Ok(out)
}

/// A nested alias with parameters of its own gets their values (`dict[str, list[T]][int]`).
fn substitute_nested(vm: &mut Vm, arg: &Value, params: &[Value], values: &[Value]) -> PyResult<Value> {
    let Some(sub) = crate::import::opt_attr(vm, arg, "__parameters__")? else { return Ok(arg.clone()) };
    let sub = tuple_items(&sub);
    if sub.is_empty() {
        return Ok(arg.clone());
    }
    let picked: Vec<Value> = sub.iter().map(|p| params.iter().position(|q| q.is(p)).map_or_else(|| p.clone(), |i| values[i].clone())).collect();
    let key = if picked.len() == 1 { picked[0].clone() } else { vm.new_tuple(picked) };
    vm.getitem(arg, &key)
}

// ----- UnionType ----------------------------------------------------------------------------------

/// Can `v` be an argument of `X | Y`? `None`, classes, generic aliases and unions.
fn is_unionable(v: &Value) -> bool {
    v.is_none() || is_class(v) || matches!(v.payload(), Some(Payload::GenericAlias(_) | Payload::Union(_)))
}

/// `X | Y` (`_Py_union_type_or`): NotImplemented unless both sides can be in a union.
fn union_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    make_union(vm, a, b)
}

fn union_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    make_union(vm, b, a)
}

fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let mut args: Vec<Value> = Vec::new();
    for side in [a, b] {
        let items = match side.payload() {
            Some(Payload::Union(u)) => tuple_items(&u[0]),
            _ => vec![side.clone()],
        };
        for item in items {
            let item = if item.is_none() { Value::Obj(vm.types.none_type.clone()) } else { item };
            if !contains_same(vm, &args, &item)? {
                args.push(item);
            }
        }
    }
    if args.len() == 1 {
        return Ok(args.remove(0));
    }
    let args = vm.new_tuple(args);
    let params = make_parameters(vm, &args)?;
    Ok(Value::Obj(PyObject::new(vm.types.union_type.clone(), Payload::Union(Box::new([args, params])))))
}

/// Union arguments are de-duplicated by identity, generic aliases by equality (`is_same`).
fn contains_same(vm: &mut Vm, args: &[Value], item: &Value) -> PyResult<bool> {
    let item_is_alias = matches!(item.payload(), Some(Payload::GenericAlias(_)));
    for a in args {
        if a.is(item) {
            return Ok(true);
        }
        if item_is_alias && matches!(a.payload(), Some(Payload::GenericAlias(_))) && vm.eq_bool(a, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn union<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a [Value; 2]> {
    match v.payload() {
        Some(Payload::Union(u)) => Ok(u),
        _ => Err(crate::types::sequence::descriptor_error(vm, method, "types.UnionType", v)),
    }
}

fn union_this<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a [Value; 2]> {
    match args.args.first() {
        Some(v) => union(vm, v, method),
        None => Err(vm.type_error(format!("unbound method UnionType.{method}() needs an argument"))),
    }
}

fn union_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(union_this(vm, &args, "__args__")?[0].clone())
}

fn union_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(union_this(vm, &args, "__parameters__")?[1].clone())
}

/// `int | str | None`.
fn union_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = tuple_items(&union_this(vm, &args, "__repr__")?[0]);
    let mut parts = Vec::with_capacity(items.len());
    for item in &items {
        if item.as_obj().is_some_and(|o| Rc::ptr_eq(o, &vm.types.none_type)) {
            parts.push("None".to_string());
        } else {
            parts.push(repr_item(vm, item)?);
        }
    }
    Ok(vm.new_str(parts.join(" | ")))
}

/// Substitution: the new arguments joined with `|` again (`(T | None)[int]` is `int | None`).
fn union_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this_v, item] = args.exact::<2>(vm, "__getitem__")?;
    let [items, params] = union(vm, this_v, "__getitem__")?.clone();
    let new_args = substitute(vm, this_v, &items, &params, item)?;
    let mut it = new_args.into_iter();
    let Some(mut acc) = it.next() else { return Ok(Value::None) };
    for arg in it {
        acc = vm.binary_op(ferrython_compiler::bytecode::BinaryOperator::Or, &acc, &arg)?;
    }
    Ok(acc)
}

/// Unions are equal when their arguments are equal as sets.
fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let x = union(vm, a, "__eq__")?[0].clone();
    let Some(Payload::Union(y)) = b.payload() else { return Ok(Value::Obj(vm.not_implemented.clone())) };
    let y = y[0].clone();
    let (x, y) = (as_frozenset(vm, &x)?, as_frozenset(vm, &y)?);
    Ok(Value::Bool(vm.eq_bool(&x, &y)?))
}

fn union_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = union_eq(vm, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn union_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = union_this(vm, &args, "__hash__")?[0].clone();
    let set = as_frozenset(vm, &items)?;
    Ok(Value::Int(vm.hash(&set)?))
}

fn as_frozenset(vm: &mut Vm, items: &Value) -> PyResult<Value> {
    let frozenset = Value::Obj(vm.types.frozenset.clone());
    vm.call(&frozenset, std::slice::from_ref(items), &[])
}

/// `isinstance(x, int | str)` tests each argument in turn, as a tuple would.
fn union_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this_v, obj] = args.exact::<2>(vm, "__instancecheck__")?;
    let items = tuple_items(&union(vm, this_v, "__instancecheck__")?[0]);
    for item in &items {
        if crate::builtins::reflect::isinstance::object_isinstance(vm, obj, item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this_v, cls] = args.exact::<2>(vm, "__subclasscheck__")?;
    let items = tuple_items(&union(vm, this_v, "__subclasscheck__")?[0]);
    for item in &items {
        if crate::builtins::reflect::isinstance::object_issubclass(vm, cls, item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `type[int]`: subscripting `type` itself (abstract.c's special case in `PyObject_GetItem`).
pub fn type_getitem(vm: &mut Vm, cls: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    if Rc::ptr_eq(cls, &vm.types.type_) {
        return new_generic_alias(vm, Value::Obj(cls.clone()), key.clone()).map(Some);
    }
    Ok(None)
}
