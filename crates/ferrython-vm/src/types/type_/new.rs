//! Class creation, Objects/typeobject.c's `type_new` and Python/bltinmodule.c's `__build_class__`:
//! the winning metaclass, the best base (whose instance layout the class inherits), `__slots__`,
//! the C3 method resolution order (or the metaclass's own `mro()`), the namespace's special entries
//! (`__new__` becomes a staticmethod, `__init_subclass__` and `__class_getitem__` classmethods,
//! `__eq__` without `__hash__` makes instances unhashable), then `__set_name__` and the parent's
//! `__init_subclass__`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{Payload, PyObject};
use crate::objects::function::Args;
use crate::objects::types::{Layout, TypeData};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::{is_subtype, lookup_type};
use crate::vm::dict_ops;
use crate::vm::frame::Frame;
use crate::{PyErr, PyResult};

/// `type.__new__(meta, name, bases, ns, **kwds)`.
pub fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(Value::Obj(meta)) = pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    if meta.as_type().is_none() {
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({})", vm.type_name(&pos[0]))));
    }
    let [_, name, bases, ns] = pos else {
        return Err(vm.type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len() - 1)));
    };
    let Some(name) = Vm::str_of(name).map(str::to_string) else {
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", vm.type_name(name))));
    };
    let Some(base_list) = bases.as_obj().and_then(|o| o.as_tuple()).map(<[Value]>::to_vec) else {
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(bases))));
    };
    let Some(ns) = ns.as_obj().filter(|o| o.as_dict().is_some()).cloned() else {
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(ns))));
    };
    for b in &base_list {
        if !matches!(b, Value::Obj(o) if o.as_type().is_some()) && vm.getattr_opt(b, &vm.names.__mro_entries__.clone())?.is_some() {
            return Err(vm.type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
        }
    }
    // Another metaclass that wins over `meta` and has its own `__new__` makes the class instead.
    let winner = calculate_metaclass(vm, meta, &base_list)?;
    if !Rc::ptr_eq(&winner, meta) {
        let new = lookup_type(&winner, &vm.names.__new__.clone());
        if let Some(new) = new.filter(|n| !is_type_new(vm, n)) {
            let mut full = vec![Value::Obj(winner.clone())];
            full.extend_from_slice(&args.args[1..]);
            let new = unwrap_staticmethod(&new);
            return vm.call(&new, &full, args.kwnames);
        }
    }
    let kwargs: Vec<(Value, Value)> = args.kwnames.iter().cloned().zip(args.kw_values().iter().cloned()).collect();
    let cls = create_class(vm, &winner, &name, base_list, &ns)?;
    init_subclass_hooks(vm, &cls, &kwargs)?;
    Ok(Value::Obj(cls))
}

/// Is `f` `type.__new__` itself?
fn is_type_new(vm: &Vm, f: &Value) -> bool {
    matches!(f.payload(), Some(Payload::Builtin(b)) if b.name == "__new__" && b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, &vm.types.type_)))
}

fn unwrap_staticmethod(f: &Value) -> Value {
    match f.payload() {
        Some(Payload::StaticMethod(inner)) => inner.borrow().clone(),
        _ => f.clone(),
    }
}

/// The most derived of `meta` and the bases' metaclasses (`_PyType_CalculateMetaclass`).
fn calculate_metaclass(vm: &Vm, meta: &PyRef, bases: &[Value]) -> PyResult<PyRef> {
    let mut winner = meta.clone();
    for b in bases {
        let candidate = vm.class_of(b);
        if is_subtype(&winner, &candidate) {
            continue;
        }
        if is_subtype(&candidate, &winner) {
            winner = candidate;
            continue;
        }
        return Err(
            vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        );
    }
    Ok(winner)
}

/// The nearest class along the first-base chain whose instances carry more than their base's
/// (CPython's `solid_base`): a built-in type with its own payload, or a class that added slots.
fn solid_base(cls: &PyRef) -> PyRef {
    let Some(td) = cls.as_type() else { return cls.clone() };
    let base = td.bases.borrow().first().cloned();
    let Some(base) = base else { return cls.clone() };
    let parent = solid_base(&base);
    let bt = base.as_type().expect("bases are types");
    let adds_payload = if td.builtin { td.layout != bt.layout } else { td.nslots > bt.nslots };
    if adds_payload { cls.clone() } else { parent }
}

/// The base whose layout the new class extends (CPython's `best_base`), with its error messages.
pub fn best_base(vm: &Vm, bases: &[PyRef]) -> PyResult<PyRef> {
    let mut winner: Option<(PyRef, PyRef)> = None;
    for b in bases {
        let td = b.as_type().expect("checked to be types");
        if !is_acceptable_base(vm, b) {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", td.name())));
        }
        let candidate = solid_base(b);
        winner = match winner {
            None => Some((candidate, b.clone())),
            Some((w, wb)) if is_subtype(&w, &candidate) => Some((w, wb)),
            Some(_) if winner.as_ref().is_some_and(|(w, _)| is_subtype(&candidate, w)) => Some((candidate, b.clone())),
            Some(_) => return Err(vm.type_error("multiple bases have instance lay-out conflict")),
        };
    }
    Ok(winner.map_or_else(|| vm.types.object.clone(), |(_, b)| b))
}

fn is_acceptable_base(vm: &Vm, b: &PyRef) -> bool {
    let td = b.as_type().expect("a type");
    !(matches!(td.layout, Layout::Opaque | Layout::Bool) || (td.builtin && Rc::ptr_eq(b, &vm.types.none_type)))
}

/// Do instances of `cls` have a `__dict__`?
fn has_dict(td: &TypeData) -> bool {
    td.has_instance_dict || (td.builtin && matches!(td.layout, Layout::Exception | Layout::Module))
}

/// What a class body's `__slots__` asks for.
struct SlotSpec {
    /// Member descriptor names, mangled and sorted.
    names: Vec<Value>,
    add_dict: bool,
    add_weakref: bool,
}

/// `type_new_visit_slots` and `type_new_copy_slots`: validate `__slots__` and list the members.
fn parse_slots(vm: &mut Vm, class_name: &str, slots: &Value, base: &PyRef, ns: &PyRef) -> PyResult<SlotSpec> {
    let items = match Vm::str_of(slots) {
        Some(_) => vec![slots.clone()],
        None => vm.collect_iterable(slots)?,
    };
    let base_td = base.as_type().expect("a type");
    let mut spec = SlotSpec { names: Vec::new(), add_dict: false, add_weakref: false };
    for item in &items {
        let Some(s) = Vm::str_of(item) else {
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{}'", vm.type_name(item))));
        };
        if !is_identifier(s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" => {
                if spec.add_dict || has_dict(base_td) {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                spec.add_dict = true;
            }
            "__weakref__" => {
                if spec.add_weakref || base_td.has_weakref {
                    return Err(vm.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
                }
                spec.add_weakref = true;
            }
            _ => spec.names.push(vm.new_str(mangle(class_name, s))),
        }
    }
    if !spec.names.is_empty() && !matches!(base_td.layout, Layout::Object | Layout::Exception | Layout::WeakRef) {
        // CPython refuses only the variable-size layouts (int, bytes, tuple); see docs/divergences.md.
        return Err(vm.type_error(format!("nonempty __slots__ not supported for subtype of '{}'", base_td.name())));
    }
    for name in &spec.names {
        let key = name.as_obj().expect("a str").clone();
        if dict_ops::get_str(ns, &key).is_some() {
            let r = vm.repr(name)?;
            let r = r.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            return Err(vm.value_error(format!("{r} in __slots__ conflicts with class variable")));
        }
    }
    spec.names.sort_by(|a, b| Vm::str_of(a).cmp(&Vm::str_of(b)));
    spec.names.dedup_by(|a, b| Vm::str_of(a) == Vm::str_of(b));
    Ok(spec)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(crate::types::str::unicode::is_xid_start) && chars.all(crate::types::str::unicode::is_xid_continue)
}

/// Private name mangling (`_Py_Mangle`): `__x` in class `_Priv` is `_Priv__x`.
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Create the class object for `type.__new__(meta, name, bases, ns)`, without running
/// `__set_name__` and `__init_subclass__` (see `init_subclass_hooks`).
pub fn create_class(vm: &mut Vm, meta: &PyRef, name: &str, bases: Vec<Value>, ns: &PyRef) -> PyResult<PyRef> {
    let mut base_types = Vec::new();
    for b in &bases {
        match b {
            Value::Obj(o) if o.as_type().is_some() => base_types.push(o.clone()),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    if base_types.is_empty() {
        base_types.push(vm.types.object.clone());
    }
    let base = best_base(vm, &base_types)?;
    let base_td = base.as_type().expect("a type");
    let slots = match dict_ops::get_str(ns, &vm.names.__slots__) {
        Some(s) => Some(parse_slots(vm, name, &s, &base, ns)?),
        None => None,
    };
    let base_td_layout = base_td.layout;
    let mut td = TypeData::new(name, base_td_layout, false);
    td.nslots = base_td.nslots + slots.as_ref().map_or(0, |s| s.names.len());
    td.has_instance_dict = slots.as_ref().is_none_or(|s| s.add_dict) || base_types.iter().any(|b| has_dict(b.as_type().expect("a type")));
    td.has_weakref = slots.as_ref().is_none_or(|s| s.add_weakref) || base_types.iter().any(|b| b.as_type().is_some_and(|t| t.has_weakref));
    *td.bases.borrow_mut() = base_types.clone();
    *td.slots.borrow_mut() = slots.as_ref().map(|s| s.names.clone());

    let dict = vm.new_dict();
    let items = ns.as_dict().map(|d| d.borrow().items()).unwrap_or_default();
    for (k, v) in items {
        dict_ops::set_item(vm, &dict, k, v)?;
    }
    set_namespace_attrs(vm, &dict, &mut td)?;
    let classcell = dict_ops::del_str(&dict, &vm.names.__classcell__.clone());
    if let Some(cell) = &classcell
        && !matches!(cell.payload(), Some(Payload::Cell(_)))
    {
        let r = vm.repr(&Value::Obj(vm.class_of(cell)))?;
        let r = r.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        return Err(vm.type_error(format!("__classcell__ must be a nonlocal cell, not {r}")));
    }

    let (add_dict, add_weakref) = (td.has_instance_dict && !has_dict(base_td), td.has_weakref && !base_td.has_weakref);
    let cls = PyObject::with_dict(meta.clone(), Payload::Type(Box::new(td)), dict.clone());
    // Then, in `PyType_Ready`'s order: the slots' member descriptors, the `__dict__` and
    // `__weakref__` descriptors, `__doc__`, and `__hash__ = None` for a class that defines
    // `__eq__` but not `__hash__` (the hash slot is then not inherited).
    use crate::types::misc::member::{DICT_SLOT, WEAKREF_SLOT, new_member};
    if let Some(spec) = &slots {
        for (i, slot) in spec.names.iter().enumerate() {
            let key = slot.as_obj().expect("a str").clone();
            let member = new_member(vm, key.clone(), cls.clone(), base_td.nslots + i);
            dict_ops::set_str_raw(&dict, &key, member);
        }
    }
    for (add, key, index) in [(add_dict, vm.names.__dict__.clone(), DICT_SLOT), (add_weakref, vm.names.__weakref__.clone(), WEAKREF_SLOT)] {
        if add {
            let descr = new_member(vm, key.clone(), cls.clone(), index);
            dict_ops::set_str_raw(&dict, &key, descr);
        }
    }
    if dict_ops::get_str(&dict, &vm.names.__doc__).is_none() {
        dict_ops::set_str_raw(&dict, &vm.names.__doc__.clone(), Value::None);
    }
    if dict_ops::get_str(&dict, &vm.names.__eq__).is_some() && dict_ops::get_str(&dict, &vm.names.__hash__).is_none() {
        dict_ops::set_str_raw(&dict, &vm.names.__hash__.clone(), Value::None);
    }
    let mro = compute_mro(vm, &cls, &base_types)?;
    *cls.as_type().expect("type").mro.borrow_mut() = mro;
    crate::objects::types::invalidate_lookup_cache(&cls);
    super::update_finalizer_flag(vm, &cls);
    for b in &base_types {
        if let Some(bt) = b.as_type() {
            let mut subclasses = bt.subclasses.borrow_mut();
            // Forget classes that are gone (each dead entry still holds its memory) before the list
            // would grow: a class defined in a loop or by every reload must not grow it forever.
            if subclasses.len() == subclasses.capacity() {
                subclasses.retain(|w| w.strong_count() > 0);
            }
            subclasses.push(Rc::downgrade(&cls));
        }
    }
    if let Some(Value::Obj(cell)) = classcell
        && let Payload::Cell(c) = &cell.payload
    {
        *c.borrow_mut() = Some(Value::Obj(cls.clone()));
    }
    Ok(cls)
}

/// `type_new_set_attrs`: `__qualname__`, `__module__`, the implicit staticmethod and classmethods.
fn set_namespace_attrs(vm: &mut Vm, dict: &PyRef, td: &mut TypeData) -> PyResult<()> {
    if let Some(q) = dict_ops::del_str(dict, &vm.names.__qualname__.clone()) {
        match Vm::str_of(&q) {
            Some(q) => *td.qualname.borrow_mut() = q.to_string(),
            None => return Err(vm.type_error(format!("type __qualname__ must be a str, not {}", vm.type_name(&q)))),
        }
    }
    if dict_ops::get_str(dict, &vm.names.__module__).is_none()
        && let Some(frame) = vm.current_frame()
    {
        // SAFETY: see `Vm::current_frame`.
        let globals = unsafe { &*frame }.globals.clone();
        if let Some(m) = dict_ops::get_str(&globals, &vm.names.__name__) {
            dict_ops::set_str_raw(dict, &vm.names.__module__.clone(), m);
        }
    }
    // Plain functions under these names are implicitly static or class methods.
    let new = vm.names.__new__.clone();
    if let Some(f) = dict_ops::get_str(dict, &new).filter(|f| matches!(f.payload(), Some(Payload::Function(_)))) {
        let wrapped = Value::Obj(PyObject::new(vm.types.staticmethod.clone(), Payload::StaticMethod(RefCell::new(f))));
        dict_ops::set_str_raw(dict, &new, wrapped);
    }
    for name in [vm.names.__init_subclass__.clone(), vm.names.__class_getitem__.clone()] {
        if let Some(f) = dict_ops::get_str(dict, &name).filter(|f| matches!(f.payload(), Some(Payload::Function(_)))) {
            let wrapped = Value::Obj(PyObject::new(vm.types.classmethod.clone(), Payload::ClassMethod(RefCell::new(f))));
            dict_ops::set_str_raw(dict, &name, wrapped);
        }
    }
    Ok(())
}

/// The MRO of a new class: C3, or what the metaclass's own `mro()` returns (`mro_invoke`).
pub(super) fn compute_mro(vm: &mut Vm, cls: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let meta = cls.class();
    if !Rc::ptr_eq(&meta, &vm.types.type_)
        && let Some(m) = lookup_type(&meta, &vm.names.mro.clone())
        && !matches!(m.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, &vm.types.type_)))
    {
        let result = vm.call(&m, &[Value::Obj(cls.clone())], &[])?;
        let items = vm.collect_iterable(&result)?;
        let solid = solid_base(cls);
        let mut mro = Vec::with_capacity(items.len());
        for item in items {
            let Value::Obj(c) = &item else {
                return Err(vm.type_error(format!("mro() returned a non-class ('{}')", vm.type_name(&item))));
            };
            if c.as_type().is_none() {
                return Err(vm.type_error(format!("mro() returned a non-class ('{}')", vm.type_name(&item))));
            }
            if !is_subtype(&solid, &solid_base(c)) {
                return Err(
                    vm.type_error(format!("mro() returned base with unsuitable layout ('{}')", c.as_type().map(|t| t.name()).unwrap_or_default()))
                );
            }
            mro.push(c.clone());
        }
        return Ok(mro);
    }
    c3_mro(vm, cls, bases)
}

/// C3 linearization (`mro_implementation`), with CPython's errors for duplicate bases and for
/// bases that admit no consistent order.
pub fn c3_mro(vm: &Vm, cls: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    if bases.len() > 1 {
        for (i, b) in bases.iter().enumerate() {
            if bases[i + 1..].iter().any(|o| Rc::ptr_eq(o, b)) {
                return Err(vm.type_error(format!("duplicate base class {}", b.as_type().map(|t| t.name()).unwrap_or_default())));
            }
        }
    }
    let mut seqs: Vec<Vec<PyRef>> = bases.iter().map(|b| b.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default()).collect();
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let candidate = seqs.iter().map(|s| &s[0]).find(|head| !seqs.iter().any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)))).cloned();
        let Some(c) = candidate else {
            // CPython's `set_mro_error` lists each remaining head once, in order.
            let mut heads: Vec<&PyRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads.iter().map(|h| h.as_type().map(|t| t.name()).unwrap_or_default()).collect();
            return Err(vm.type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        result.push(c);
    }
}

/// `__set_name__` on the new class's attributes, then the parent's `__init_subclass__(**kwargs)`
/// (`type_new_set_names`, `type_new_init_subclass`).
pub fn init_subclass_hooks(vm: &mut Vm, cls: &PyRef, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let items = cls.dict().and_then(|d| d.as_dict().map(|d| d.borrow().items())).unwrap_or_default();
    for (k, v) in items {
        let Some(set_name) = vm.special(&v, &vm.names.__set_name__.clone()) else { continue };
        if let Err(e) = vm.call(&set_name, &[v.clone(), Value::Obj(cls.clone()), k.clone()], &[]) {
            let key = vm.repr(&k)?;
            let msg = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                vm.type_name(&v),
                key.as_str().map(|s| s.as_str()).unwrap_or(""),
                cls.as_type().map(|t| t.name()).unwrap_or_default()
            );
            return Err(error_from_cause(vm, &vm.exc.runtime_error.clone(), msg, e));
        }
    }
    // super(cls, cls).__init_subclass__(**kwargs)
    let mro = cls.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
    let name = vm.names.__init_subclass__.clone();
    let Some(hook) = mro.iter().skip(1).find_map(|base| base.dict().and_then(|ns| dict_ops::get_str(&ns, &name))) else {
        return Ok(());
    };
    let bound = crate::types::misc::super_::bind_to_class(vm, &hook, cls)?;
    let names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    let values: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    vm.call(&bound, &values, &names)?;
    Ok(())
}

/// A new exception of class `cls` whose `__cause__` (and `__context__`) is `cause`
/// (`_PyErr_FormatFromCause`).
fn error_from_cause(vm: &Vm, cls: &PyRef, msg: String, cause: PyErr) -> PyErr {
    let err = vm.new_error(cls, msg);
    if let Payload::Exception(d) = &err.exc.payload {
        *d.cause.borrow_mut() = Value::Obj(cause.exc.clone());
        *d.context.borrow_mut() = Value::Obj(cause.exc);
        d.suppress_context.set(true);
    }
    err
}

/// `builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)`: the `class` statement.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = pos[1].clone();
    if Vm::str_of(&name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    let bases = resolve_mro_entries(vm, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        if Vm::str_of(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.class_of(b)),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    let meta_is_class = matches!(&meta, Value::Obj(m) if m.as_type().is_some());
    if let Value::Obj(m) = &meta
        && meta_is_class
    {
        meta = Value::Obj(calculate_metaclass(vm, m, &bases)?);
    }
    let bases_tuple = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, &vm.names.__prepare__.clone())? {
        Some(prepare) => {
            let mut a = vec![name.clone(), bases_tuple.clone()];
            a.extend(kwvalues.iter().cloned());
            vm.call(&prepare, &a, &kwnames)?
        }
        None => Value::Obj(vm.new_dict()),
    };
    let is_mapping = matches!(ns.payload(), Some(Payload::Dict(_))) || vm.special(&ns, &vm.names.__getitem__.clone()).is_some();
    if !is_mapping {
        let who = match meta.as_obj().and_then(|m| m.as_type()) {
            Some(t) if meta_is_class => t.name(),
            _ => "<metaclass>".to_string(),
        };
        return Err(vm.type_error(format!("{who}.__prepare__() must return a mapping, not {}", vm.type_name(&ns))));
    }
    let cell = run_class_body(vm, &func, f, &ns)?;
    if bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
        let orig = vm.new_tuple(orig_bases);
        let key = vm.intern("__orig_bases__");
        vm.setitem(&ns, Value::Obj(key), orig)?;
    }
    let mut a = vec![name, bases_tuple, ns];
    a.extend(kwvalues);
    let cls = vm.call(&meta, &a, &kwnames)?;
    if let Value::Obj(cell) = &cell
        && let Payload::Cell(c) = &cell.payload
        && matches!(&cls, Value::Obj(o) if o.as_type().is_some())
    {
        let current = c.borrow().clone();
        let name = Vm::str_of(&a[0]).unwrap_or("").to_string();
        match current {
            None => {
                let r = vm.repr(&cls)?;
                let r = r.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                return Err(vm.new_error(
                    &vm.exc.runtime_error,
                    format!("__class__ not set defining '{name}' as {r}. Was __classcell__ propagated to type.__new__?"),
                ));
            }
            Some(v) if !v.is(&cls) => {
                let (set, defined) = (vm.repr(&v)?, vm.repr(&cls)?);
                let text = |o: &PyRef| o.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                return Err(vm.type_error(format!("__class__ set to {} defining '{name}' as {}", text(&set), text(&defined))));
            }
            Some(_) => {}
        }
    }
    Ok(cls)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` is replaced by what that returns.
fn resolve_mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    let orig = vm.new_tuple(bases.to_vec());
    for b in bases {
        if matches!(b, Value::Obj(o) if o.as_type().is_some()) {
            out.push(b.clone());
            continue;
        }
        let Some(entries) = vm.getattr_opt(b, &vm.names.__mro_entries__.clone())? else {
            out.push(b.clone());
            continue;
        };
        let r = vm.call(&entries, std::slice::from_ref(&orig), &[])?;
        match r.as_obj().and_then(|o| o.as_tuple()) {
            Some(items) => out.extend(items.iter().cloned()),
            None => return Err(vm.type_error("__mro_entries__ must return a tuple")),
        }
    }
    Ok(out)
}

/// Run a class body with `ns` as its locals; returns the `__class__` cell (or None).
fn run_class_body(vm: &mut Vm, func: &Value, f: &crate::objects::function::Function, ns: &Value) -> PyResult<Value> {
    let code = f.code.borrow().clone();
    let mut frame = Frame::new(code, f.globals.clone(), vm.builtins_dict.clone(), Some(ns.clone()));
    frame.func = func.as_obj().cloned();
    let closure = f.closure.borrow().clone();
    let c = &frame.code.code;
    let mut cells = Vec::new();
    for _ in 0..c.cellvars.len() {
        cells.push(PyObject::new(vm.types.cell.clone(), Payload::Cell(RefCell::new(None))));
    }
    if let Some(items) = closure.as_obj().and_then(|o| o.as_tuple()) {
        cells.extend(items.iter().filter_map(|v| v.as_obj().cloned()));
    }
    frame.cells = cells;
    Ok(match vm.run_frame(&mut frame, None)? {
        crate::vm::eval::FrameExit::Return(v) => v,
        crate::vm::eval::FrameExit::Yield(_) => Value::None,
    })
}
