//! `list`: construction, the sequence protocol, operators and `repr` (Objects/listobject.c). The
//! named methods live in `list/methods.rs`, item and slice assignment in `list/assign.rs`, and
//! `sort` in `types/sort.rs`.
//!
//! Every method works on the `List` payload, so it serves subclass instances too. A borrow of the
//! items is never held across a call into Python code (`__eq__`, `__index__`, an iterator): items
//! are fetched by index afresh, as CPython re-reads `ob_item`, because such code may mutate the list.

mod assign;
mod methods;

use std::cell::RefCell;
use std::rc::Rc;

use ferrython_compiler::bytecode::ComparisonOperator;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::iter::IterState;
use crate::types::sequence::{self, ItemKey};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::attr::is_subtype;

pub fn init(vm: &mut Vm) {
    let list = vm.types.list.clone();
    vm.add_native(&list, "__new__", list_new, BuiltinKind::StaticMethod);
    vm.add_method(&list, "__init__", list_init);
    vm.add_method(&list, "__repr__", list_repr);
    vm.add_method(&list, "__len__", list_len);
    vm.add_method(&list, "__getitem__", list_getitem);
    vm.add_method(&list, "__setitem__", assign::list_setitem);
    vm.add_method(&list, "__delitem__", assign::list_delitem);
    vm.add_method(&list, "__contains__", list_contains);
    vm.add_method(&list, "__iter__", list_iter);
    vm.add_method(&list, "__reversed__", list_reversed);
    vm.add_method(&list, "__add__", list_add);
    vm.add_method(&list, "__iadd__", list_iadd);
    vm.add_method(&list, "__mul__", list_mul);
    vm.add_method(&list, "__rmul__", list_mul);
    vm.add_method(&list, "__imul__", list_imul);
    vm.add_method(&list, "__lt__", list_lt);
    vm.add_method(&list, "__le__", list_le);
    vm.add_method(&list, "__eq__", list_eq);
    vm.add_method(&list, "__ne__", list_ne);
    vm.add_method(&list, "__gt__", list_gt);
    vm.add_method(&list, "__ge__", list_ge);
    // Lists are mutable, hence unhashable: `__hash__ = None` (PyObject_HashNotImplemented).
    vm.set_type_attr(&list, "__hash__", Value::None);
    methods::init(vm, &list);
    crate::types::sort::init(vm, &list);
}

/// The items of a list (or list subclass instance), or the descriptor TypeError.
pub fn list_cell<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => Ok(l),
            _ => Err(sequence::descriptor_error(vm, method, "list", v)),
        },
        _ => Err(sequence::descriptor_error(vm, method, "list", v)),
    }
}

/// The receiver's items and the other arguments of a list method.
fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Value, &'a RefCell<Vec<Value>>, Args<'a>)> {
    let (this, rest) = sequence::receiver(vm, args, "list", method)?;
    Ok((this, list_cell(vm, this, method)?, rest))
}

/// Item `i` of a list value, if it has one now.
fn item_at(v: &Value, i: usize) -> Option<Value> {
    v.as_obj()?.as_list()?.borrow().get(i).cloned()
}

fn len_of(v: &Value) -> usize {
    v.as_obj().and_then(|o| o.as_list()).map_or(0, |l| l.borrow().len())
}

/// `list.__new__(cls, *args, **kwargs)`: an empty instance of `cls` (arguments are `__init__`'s).
fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.positional().first() else {
        return Err(vm.type_error("list.__new__(): not enough arguments"));
    };
    let Value::Obj(cls) = cls else {
        return Err(vm.type_error(format!("list.__new__(X): X is not a type object ({})", vm.type_name(cls))));
    };
    let Some(td) = cls.as_type() else {
        return Err(vm.type_error(format!("list.__new__(X): X is not a type object ({})", vm.type_name(&Value::Obj(cls.clone())))));
    };
    if !is_subtype(cls, &vm.types.list) {
        return Err(vm.type_error(format!("list.__new__({}): {} is not a subtype of list", td.name(), td.name())));
    }
    let payload = Payload::List(RefCell::new(Vec::new()));
    Ok(Value::Obj(if td.has_instance_dict { PyObject::with_dict(cls.clone(), payload, vm.new_dict()) } else { PyObject::new(cls.clone(), payload) }))
}

/// `list.__init__(self, iterable=(), /)`: empty the list, then extend it.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, cell, rest) = this(vm, args, "__init__")?;
    if !rest.kwnames.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    sequence::check_count(vm, rest.args.len(), "list", 0, 1)?;
    let old = std::mem::take(&mut *cell.borrow_mut());
    drop(old);
    if let Some(iterable) = rest.args.first() {
        extend(vm, this, cell, iterable)?;
    }
    Ok(Value::None)
}

/// `list.extend` and `+=`: append every item of `iterable`. An exact list or tuple (or the list
/// itself) is copied at once; anything else is iterated, appending as items come (a generator
/// over the list itself sees it grow, as in CPython).
pub fn extend(vm: &mut Vm, this: &Value, cell: &RefCell<Vec<Value>>, iterable: &Value) -> PyResult<()> {
    if let Value::Obj(o) = iterable {
        let class = o.class();
        let exact = Rc::ptr_eq(&class, &vm.types.list) || Rc::ptr_eq(&class, &vm.types.tuple);
        match &o.payload {
            Payload::List(l) if exact || this.is(iterable) => {
                let items = l.borrow().clone();
                cell.borrow_mut().extend(items);
                return Ok(());
            }
            Payload::Tuple(t) if exact => {
                cell.borrow_mut().extend_from_slice(t);
                return Ok(());
            }
            _ => {}
        }
    }
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        cell.borrow_mut().push(v);
    }
    Ok(())
}

/// `list_repr`: `[1, 2]`, and `[...]` for a list already being printed higher up.
fn list_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, cell, _) = this(vm, args, "__repr__")?;
    if cell.borrow().is_empty() {
        return Ok(Value::Obj(vm.intern("[]")));
    }
    let Value::Obj(obj) = this else { unreachable!("list_cell accepted it") };
    if !vm.repr_enter(obj) {
        return Ok(Value::Obj(vm.intern("[...]")));
    }
    let r = repr_items(vm, this);
    vm.repr_leave(obj);
    Ok(vm.new_str(r?))
}

fn repr_items(vm: &mut Vm, this: &Value) -> PyResult<String> {
    let mut out = String::from("[");
    let mut i = 0;
    while let Some(item) = item_at(this, i) {
        if i > 0 {
            out.push_str(", ");
        }
        let r = vm.repr(&item)?;
        out.push_str(r.as_str().map_or("", |s| s.as_str()));
        i += 1;
    }
    out.push(']');
    Ok(out)
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "__len__")?;
    sequence::no_args(vm, rest, "list.__len__")?;
    Ok(Value::Int(cell.borrow().len() as i64))
}

/// `list[i]` and `list[a:b:c]`.
fn list_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "__getitem__")?;
    let key = sequence::one_arg(vm, rest, "list.__getitem__")?;
    match sequence::item_key(vm, key, "list")? {
        ItemKey::Index(i) => {
            let l = cell.borrow();
            match sequence::normalize_index(i, l.len()) {
                Some(j) => Ok(l[j].clone()),
                None => {
                    drop(l);
                    Err(vm.index_error("list index out of range"))
                }
            }
        }
        ItemKey::Slice(s) => {
            let len = cell.borrow().len();
            let idx = sequence::slice_indices(vm, &s, len)?;
            let l = cell.borrow();
            let items: Vec<Value> = if idx.step == 1 {
                // The bounds were computed before any __index__ ran; clamp to the length now.
                let start = (idx.start.max(0) as usize).min(l.len());
                let stop = (start + idx.len).min(l.len());
                l[start..stop].to_vec()
            } else {
                idx.positions().filter_map(|p| l.get(p).cloned()).collect()
            };
            drop(l);
            Ok(vm.new_list(items))
        }
    }
}

/// `x in list`: `item == x` for each item in turn (identity first).
fn list_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this(vm, args, "__contains__")?;
    let x = sequence::one_arg(vm, rest, "list.__contains__")?;
    let mut i = 0;
    while let Some(item) = item_at(this, i) {
        if vm.eq_bool(&item, x)? {
            return Ok(Value::Bool(true));
        }
        i += 1;
    }
    Ok(Value::Bool(false))
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, _, rest) = this(vm, args, "__iter__")?;
    sequence::no_args(vm, rest, "list.__iter__")?;
    let cls = vm.types.list_iterator.clone();
    Ok(vm.new_iterator(&cls, IterState::Seq { seq: this.clone(), index: 0 }))
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, cell, rest) = this(vm, args, "__reversed__")?;
    sequence::no_args(vm, rest, "list.__reversed__")?;
    let len = cell.borrow().len();
    let cls = vm.types.list_reverseiterator.clone();
    Ok(vm.new_iterator(&cls, IterState::Reversed { seq: this.clone(), index: len }))
}

/// `list + list` (a new exact list). Other right operands give NotImplemented, so that a reflected
/// `__radd__` can run and the operator reports "can only concatenate list (not "tuple") to list".
fn list_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "__add__")?;
    let other = sequence::one_arg(vm, rest, "list.__add__")?;
    let Some(Payload::List(o)) = other.payload() else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let mut items = cell.borrow().clone();
    items.extend(o.borrow().iter().cloned());
    Ok(vm.new_list(items))
}

/// `list += iterable`: extend in place and return the list itself.
fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, cell, rest) = this(vm, args, "__iadd__")?;
    let other = sequence::one_arg(vm, rest, "list.__iadd__")?;
    extend(vm, this, cell, other)?;
    Ok(this.clone())
}

/// `list * n` and `n * list`.
fn list_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell, rest) = this(vm, args, "__mul__")?;
    let n = sequence::one_arg(vm, rest, "list.__mul__")?;
    let Some(n) = sequence::repeat_count(vm, n)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let items = repeat(vm, &cell.borrow(), n)?;
    Ok(vm.new_list(items))
}

/// `list *= n`.
fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, cell, rest) = this(vm, args, "__imul__")?;
    let n = sequence::one_arg(vm, rest, "list.__imul__")?;
    let Some(n) = sequence::repeat_count(vm, n)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let items = repeat(vm, &cell.borrow(), n)?;
    let old = std::mem::replace(&mut *cell.borrow_mut(), items);
    drop(old);
    Ok(this.clone())
}

/// `items` repeated `n` times.
pub fn repeat(vm: &Vm, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = sequence::repeat_len(vm, items.len(), n)?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// `list_richcompare`: NotImplemented unless both are lists; different lengths decide `==`/`!=`
/// at once; otherwise the lexicographic comparison.
fn list_richcompare(vm: &mut Vm, args: Args, op: ComparisonOperator, name: &str) -> PyResult<Value> {
    let (this, cell, rest) = this(vm, args, name)?;
    let other = sequence::one_arg(vm, rest, &format!("list.{name}"))?;
    let Some(Payload::List(o)) = other.payload() else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    if matches!(op, ComparisonOperator::Equal | ComparisonOperator::NotEqual) && cell.borrow().len() != o.borrow().len() {
        return Ok(Value::Bool(op == ComparisonOperator::NotEqual));
    }
    sequence::richcompare_items(vm, op, this, other, item_at, len_of)
}

macro_rules! richcompare_methods {
    ($($fname:ident => $op:ident, $name:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                list_richcompare(vm, args, ComparisonOperator::$op, $name)
            }
        )*
    };
}

richcompare_methods! {
    list_lt => Less, "__lt__";
    list_le => LessEqual, "__le__";
    list_eq => Equal, "__eq__";
    list_ne => NotEqual, "__ne__";
    list_gt => Greater, "__gt__";
    list_ge => GreaterEqual, "__ge__";
}
