//! `dict`: constructors, item access, methods and operators (CPython's `Objects/dictobject.c`). The
//! views, their iterators and `mappingproxy` live in the submodules.

pub mod args;
pub mod iter;
pub mod mappingproxy;
pub mod update;
pub mod views;

use std::rc::Rc;

use crate::PyResult;
use crate::object::{DictViewKind, Payload, PyObject};
use crate::objects::dict::DictData;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;
use args::Receiver;

pub fn init(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    vm.add_native(&dict, "__new__", dict_new, BuiltinKind::StaticMethod);
    vm.add_method(&dict, "__init__", dict_init);
    vm.add_method(&dict, "__repr__", dict_repr);
    vm.add_method(&dict, "__len__", dict_len);
    vm.add_method(&dict, "__getitem__", dict_getitem);
    vm.add_method(&dict, "__setitem__", dict_setitem);
    vm.add_method(&dict, "__delitem__", dict_delitem);
    vm.add_method(&dict, "__contains__", dict_contains);
    vm.add_method(&dict, "__iter__", dict_iter);
    vm.add_method(&dict, "__reversed__", dict_reversed);
    vm.add_method(&dict, "__eq__", dict_eq);
    vm.add_method(&dict, "__ne__", dict_ne);
    vm.add_method(&dict, "__or__", dict_or);
    vm.add_method(&dict, "__ror__", dict_ror);
    vm.add_method(&dict, "__ior__", dict_ior);
    vm.set_type_attr(&dict, "__hash__", Value::None);
    vm.add_method(&dict, "keys", dict_keys);
    vm.add_method(&dict, "values", dict_values);
    vm.add_method(&dict, "items", dict_items);
    vm.add_method(&dict, "get", dict_get);
    vm.add_method(&dict, "setdefault", dict_setdefault);
    vm.add_method(&dict, "pop", dict_pop);
    vm.add_method(&dict, "popitem", dict_popitem);
    vm.add_method(&dict, "update", dict_update);
    vm.add_method(&dict, "copy", dict_copy);
    vm.add_method(&dict, "clear", dict_clear);
    vm.add_native(&dict, "fromkeys", dict_fromkeys, BuiltinKind::ClassMethod);
    views::init(vm);
    mappingproxy::init(vm);
}

/// The table of a dict object (callers have checked the payload).
fn table(d: &PyRef) -> &std::cell::RefCell<DictData> {
    d.as_dict().expect("checked dict payload")
}

/// A new exact `dict` holding a copy of `d`'s items (`PyDict_Copy`).
pub fn copy_of(vm: &Vm, d: &PyRef) -> PyRef {
    let new = vm.new_dict();
    if let (Some(src), Some(dst)) = (d.as_dict(), new.as_dict()) {
        let data = src.borrow().compacted();
        dst.borrow_mut().replace_with(data);
    }
    new
}

// ----- construction ------------------------------------------------------------------------------

/// `dict.__new__(cls, *args, **kwargs)`: an empty dict of `cls`; `__init__` fills it.
fn dict_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let dict_ty = vm.types.dict.clone();
    let cls = args::new_cls(vm, &a, &dict_ty, "dict")?;
    if Rc::ptr_eq(&cls, &dict_ty) {
        return Ok(Value::Obj(vm.new_dict()));
    }
    let payload = Payload::Dict(std::cell::RefCell::new(DictData::new()));
    Ok(Value::Obj(if cls.as_type().is_some_and(|t| t.has_instance_dict) {
        PyObject::with_dict(cls.clone(), payload, vm.new_dict())
    } else {
        PyObject::new(cls.clone(), payload)
    }))
}

/// `dict.__init__(self, mapping_or_iterable=(), /, **kwargs)` (`dict_update_common`).
fn dict_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, rest) = args::slot_self(vm, &a, Receiver::Dict, "__init__")?;
    args::check_count(vm, "dict", rest.len(), 0, 1)?;
    update_common(vm, &this, rest.first(), &a)?;
    Ok(Value::None)
}

/// The positional mapping or iterable of pairs, then the keyword arguments.
fn update_common(vm: &mut Vm, this: &PyRef, arg: Option<&Value>, a: &Args) -> PyResult<()> {
    if let Some(arg) = arg {
        update::update_arg(vm, this, arg)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kw_values()) {
        dict_ops::set_item(vm, this, k.clone(), v.clone())?;
    }
    Ok(())
}

// ----- repr, length, item access ------------------------------------------------------------------

/// `dict_repr`: `{k: v, ...}`, `{...}` for a dict already being printed.
fn dict_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, []) = args::slot::<0>(vm, &a, Receiver::Dict, "__repr__")?;
    if !vm.repr_enter(&this) {
        return Ok(Value::Obj(vm.intern("{...}")));
    }
    let r = repr_items(vm, &this);
    vm.repr_leave(&this);
    Ok(vm.new_str(r?))
}

fn repr_items(vm: &mut Vm, this: &PyRef) -> PyResult<String> {
    let mut out = String::from("{");
    let mut i = 0;
    let mut first = true;
    // Walk the live table: a key's or value's repr may mutate the dict.
    loop {
        let entry = {
            let d = table(this).borrow();
            if i >= d.entry_slots() {
                break;
            }
            d.entry(i).map(|e| (e.key.clone(), e.value.clone()))
        };
        i += 1;
        let Some((k, v)) = entry else { continue };
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(&vm.repr_string(&k)?);
        out.push_str(": ");
        out.push_str(&vm.repr_string(&v)?);
    }
    out.push('}');
    Ok(out)
}

fn dict_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, []) = args::slot::<0>(vm, &a, Receiver::Dict, "__len__")?;
    Ok(Value::Int(table(&this).borrow().len() as i64))
}

/// `dict_subscript`: a subclass's `__missing__` answers for absent keys.
fn dict_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // `__getitem__` and `__contains__` are METH_O methods of dict, not slot wrappers.
    let (this, key) = args::one_arg(vm, &a, Receiver::Dict, "__getitem__")?;
    if let Some(v) = dict_ops::get_item(vm, &this, key)? {
        return Ok(v);
    }
    if !Rc::ptr_eq(&this.class(), &vm.types.dict) {
        let missing = vm.intern("__missing__");
        if let Some(m) = crate::vm::attr::lookup_type(&this.class(), &missing) {
            return vm.call(&m, &[Value::Obj(this), key.clone()], &[]);
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, rest) = args::slot_self(vm, &a, Receiver::Dict, "__setitem__")?;
    let [key, value] = rest else {
        return Err(vm.type_error(format!(" expected 2 arguments, got {}", rest.len())));
    };
    dict_ops::set_item(vm, &this, key.clone(), value.clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, [key]) = args::slot::<1>(vm, &a, Receiver::Dict, "__delitem__")?;
    match dict_ops::del_item(vm, &this, key)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(key.clone())),
    }
}

fn dict_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, key) = args::one_arg(vm, &a, Receiver::Dict, "__contains__")?;
    Ok(Value::Bool(dict_ops::get_item(vm, &this, key)?.is_some()))
}

fn dict_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, []) = args::slot::<0>(vm, &a, Receiver::Dict, "__iter__")?;
    Ok(iter::new_iter(vm, &this, DictViewKind::Keys))
}

fn dict_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Dict, "__reversed__")?;
    Ok(iter::new_reversed(vm, &this, DictViewKind::Keys))
}

// ----- comparison and merge operators -------------------------------------------------------------

/// `dict_equal`: same length, and every key of `a` maps to an equal value in `b`.
pub fn equal(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if table(a).borrow().len() != table(b).borrow().len() {
        return Ok(false);
    }
    let entries: Vec<(i64, Value, Value)> = table(a).borrow().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
    for (hash, key, aval) in entries {
        let Some(bval) = dict_ops::get_item_hashed(vm, b, &key, hash)? else { return Ok(false) };
        if !vm.eq_bool(&aval, &bval)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare(vm: &mut Vm, a: Args, name: &str, want_equal: bool) -> PyResult<Value> {
    let (this, [other]) = args::slot::<1>(vm, &a, Receiver::Dict, name)?;
    match other {
        Value::Obj(o) if o.as_dict().is_some() => Ok(Value::Bool(equal(vm, &this, o)? == want_equal)),
        _ => Ok(args::not_implemented(vm)),
    }
}

fn dict_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__eq__", true)
}

fn dict_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, a, "__ne__", false)
}

/// `dict_or`: a copy of the left dict updated with the right one (both must be dicts).
fn or(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    match (left, right) {
        (Value::Obj(l), Value::Obj(r)) if l.as_dict().is_some() && r.as_dict().is_some() => {
            let new = copy_of(vm, l);
            update::update_arg(vm, &new, right)?;
            Ok(Value::Obj(new))
        }
        _ => Ok(args::not_implemented(vm)),
    }
}

fn dict_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, [other]) = args::slot::<1>(vm, &a, Receiver::Dict, "__or__")?;
    or(vm, &Value::Obj(this), other)
}

fn dict_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, [other]) = args::slot::<1>(vm, &a, Receiver::Dict, "__ror__")?;
    or(vm, other, &Value::Obj(this))
}

/// `dict_ior`: `d |= x` takes any mapping or iterable of pairs.
fn dict_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, [other]) = args::slot::<1>(vm, &a, Receiver::Dict, "__ior__")?;
    update::update_arg(vm, &this, other)?;
    Ok(Value::Obj(this))
}

// ----- methods ------------------------------------------------------------------------------------

fn view(vm: &Vm, this: PyRef, kind: DictViewKind) -> Value {
    let cls = match kind {
        DictViewKind::Keys => vm.types.dict_keys.clone(),
        DictViewKind::Values => vm.types.dict_values.clone(),
        DictViewKind::Items => vm.types.dict_items.clone(),
    };
    Value::Obj(PyObject::new(cls, Payload::DictView(this, kind)))
}

fn dict_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Dict, "keys")?;
    Ok(view(vm, this, DictViewKind::Keys))
}

fn dict_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Dict, "values")?;
    Ok(view(vm, this, DictViewKind::Values))
}

fn dict_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Dict, "items")?;
    Ok(view(vm, this, DictViewKind::Items))
}

/// `dict.get(key, default=None, /)`.
fn dict_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, rest) = args::unpack(vm, &a, Receiver::Dict, "get", 1, 2)?;
    let found = dict_ops::get_item(vm, &this, &rest[0])?;
    Ok(found.unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

/// `dict.setdefault(key, default=None, /)`.
fn dict_setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, rest) = args::unpack(vm, &a, Receiver::Dict, "setdefault", 1, 2)?;
    let key = &rest[0];
    let hash = vm.hash(key)?;
    if let Some(v) = dict_ops::get_item_hashed(vm, &this, key, hash)? {
        return Ok(v);
    }
    let default = rest.get(1).cloned().unwrap_or(Value::None);
    dict_ops::set_item_hashed(vm, &this, key.clone(), hash, default.clone())?;
    Ok(default)
}

/// `dict.pop(key[, default], /)`.
fn dict_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, rest) = args::unpack(vm, &a, Receiver::Dict, "pop", 1, 2)?;
    if table(&this).borrow().is_empty() {
        // CPython answers from an empty dict without hashing the key.
        return rest.get(1).cloned().ok_or_else(|| vm.key_error(rest[0].clone()));
    }
    match dict_ops::del_item(vm, &this, &rest[0])? {
        Some(v) => Ok(v),
        None => rest.get(1).cloned().ok_or_else(|| vm.key_error(rest[0].clone())),
    }
}

/// `dict.popitem()`: the last inserted pair (LIFO).
fn dict_popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Dict, "popitem")?;
    let last = table(&this).borrow_mut().pop_last();
    match last {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.new_error(&vm.exc.key_error.clone(), "popitem(): dictionary is empty")),
    }
}

/// `dict.update([other], /, **kwargs)`.
fn dict_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (this, rest) = args::method_self(vm, &a, Receiver::Dict, "update")?;
    args::check_count(vm, "update", rest.len(), 0, 1)?;
    update_common(vm, &this, rest.first(), &a)?;
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Dict, "copy")?;
    Ok(Value::Obj(copy_of(vm, &this)))
}

fn dict_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = args::noargs(vm, &a, Receiver::Dict, "clear")?;
    // The entries are dropped after the borrow ends: a value's `__del__` may look at the dict.
    let old = table(&this).borrow_mut().take_all();
    drop(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None, /)`: `cls()` filled with `d[key] = value` (directly for an
/// exact dict, through `__setitem__` for a subclass).
fn dict_fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.positional();
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("dict.fromkeys() takes no keyword arguments"));
    }
    let Some((cls, rest)) = pos.split_first() else {
        return Err(vm.type_error("descriptor 'fromkeys' of 'dict' object needs an argument"));
    };
    args::check_count(vm, "fromkeys", rest.len(), 1, 2)?;
    let iterable = &rest[0];
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let d = vm.call(cls, &[], &[])?;
    let exact = matches!(&d, Value::Obj(o) if o.as_dict().is_some() && Rc::ptr_eq(&o.class(), &vm.types.dict));
    if exact {
        let Value::Obj(dobj) = &d else { return Ok(d) };
        let hashed: Option<Vec<(i64, Value)>> = match iterable {
            Value::Obj(o) if o.as_dict().is_some() && Rc::ptr_eq(&o.class(), &vm.types.dict) => {
                Some(table(o).borrow().iter().map(|e| (e.hash, e.key.clone())).collect())
            }
            Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Some(dict_ops::set_cell(o).borrow().entries()),
            _ => None,
        };
        if let Some(keys) = hashed {
            for (hash, key) in keys {
                dict_ops::set_item_hashed(vm, dobj, key, hash, value.clone())?;
            }
            return Ok(d);
        }
        let it = vm.get_iter(iterable)?;
        while let Some(key) = vm.next(&it)? {
            dict_ops::set_item(vm, dobj, key, value.clone())?;
        }
        return Ok(d);
    }
    let it = vm.get_iter(iterable)?;
    while let Some(key) = vm.next(&it)? {
        vm.setitem(&d, key, value.clone())?;
    }
    Ok(d)
}
