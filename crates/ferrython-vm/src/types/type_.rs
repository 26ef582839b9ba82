//! `type`: class creation (`__build_class__`, `type(name, bases, ns)`, C3 linearization), class
//! attributes and `repr`.

use std::rc::Rc;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::types::{Layout, TypeData};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::{is_subtype, lookup_type};
use crate::vm::dict_ops;
use crate::vm::frame::Frame;

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_native(&t, "__new__", type_new, BuiltinKind::StaticMethod);
    vm.add_method(&t, "__call__", type_call);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__dir__", type_dir);
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("descriptor '__call__' requires a 'type' object")) };
    let cls = cls.clone();
    vm.type_call_default(&cls, &args.args[1..], args.kwnames)
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("expected a type")) };
    let qual = cls.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    let module = cls.dict().and_then(|d| dict_ops::get_str(&d, &vm.names.__module__));
    let s = match module.as_ref().and_then(Vm::str_of) {
        Some(m) if m != "builtins" => format!("<class '{m}.{qual}'>"),
        _ => format!("<class '{qual}'>"),
    };
    Ok(vm.new_str(s))
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("expected a type")) };
    let mro = cls.as_type().map(|t| t.mro.borrow().iter().cloned().map(Value::Obj).collect()).unwrap_or_default();
    Ok(vm.new_list(mro))
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("expected a type")) };
    let subs = cls.as_type().map(|t| t.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect()).unwrap_or_default();
    Ok(vm.new_list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Obj(cls), obj] = args.args else { return Err(vm.type_error("expected 2 arguments")) };
    Ok(Value::Bool(is_subtype(&vm.class_of(obj), cls)))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Obj(cls), Value::Obj(sub)] = args.args else { return Err(vm.type_error("issubclass() arg 1 must be a class")) };
    Ok(Value::Bool(is_subtype(sub, cls)))
}

fn type_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let names = dir_names(vm, &this)?;
    Ok(vm.new_list(names))
}

/// `dir(obj)` before sorting: instance dict keys plus every name in the class MRO (for a class: its
/// MRO's names).
pub fn dir_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<Value>> {
    let mut seen: Vec<Value> = Vec::new();
    let set = vm.new_set(Default::default());
    let Value::Obj(set_ref) = &set else { unreachable!() };
    let add_dict = |vm: &mut Vm, d: &PyRef, seen: &mut Vec<Value>| -> PyResult<()> {
        let keys = d.as_dict().map(|d| d.borrow().keys()).unwrap_or_default();
        for k in keys {
            if !dict_ops::set_contains(vm, set_ref, &k)? {
                dict_ops::set_add(vm, set_ref, k.clone())?;
                seen.push(k);
            }
        }
        Ok(())
    };
    let classes: Vec<PyRef> = match obj {
        Value::Obj(o) if o.as_type().is_some() => o.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default(),
        _ => {
            if let Value::Obj(o) = obj
                && let Some(d) = o.dict()
            {
                add_dict(vm, &d, &mut seen)?;
            }
            vm.class_of(obj).as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default()
        }
    };
    for c in classes {
        if let Some(d) = c.dict() {
            add_dict(vm, &d, &mut seen)?;
        }
    }
    Ok(seen)
}

/// Attributes of class objects that are not namespace entries.
pub fn type_attr(vm: &mut Vm, cls: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let td = cls.as_type().expect("a type");
    Ok(match name {
        "__name__" => Some(vm.new_str(td.short_name())),
        "__qualname__" => Some(vm.new_str(td.qualname.borrow().clone())),
        "__mro__" => Some(vm.new_tuple(td.mro.borrow().iter().cloned().map(Value::Obj).collect())),
        "__bases__" => Some(vm.new_tuple(td.bases.borrow().iter().cloned().map(Value::Obj).collect())),
        "__base__" => Some(td.bases.borrow().first().cloned().map_or(Value::None, Value::Obj)),
        "__doc__" => Some(Value::None),
        "__module__" => Some(vm.new_str("builtins")),
        "__basicsize__" => Some(Value::Int(16)),
        _ => None,
    })
}

/// C3 linearization of a new class, with CPython's error.
fn c3_mro(vm: &Vm, cls: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let mut seqs: Vec<Vec<PyRef>> = bases.iter().map(|b| b.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default()).collect();
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(c) = candidate else {
            let names: Vec<String> = seqs.iter().map(|s| s[0].as_type().map(|t| t.name()).unwrap_or_default()).collect();
            let mut uniq: Vec<String> = Vec::new();
            for n in names {
                if !uniq.contains(&n) {
                    uniq.push(n);
                }
            }
            return Err(vm.type_error(format!("Cannot create a consistent method resolution order (MRO) for bases {}", uniq.join(", "))));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        result.push(c);
    }
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() == 2 {
        // type(x) via type.__new__(type, x)
        return Ok(Value::Obj(vm.class_of(&pos[1])));
    }
    let [Value::Obj(meta), name, bases, ns] = pos else {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    };
    let Some(name) = Vm::str_of(name).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", vm.type_name(name))));
    };
    let Some(bases) = bases.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec()) else {
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(bases))));
    };
    let Some(ns) = ns.as_obj().filter(|o| o.as_dict().is_some()).cloned() else {
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(ns))));
    };
    let kwargs: Vec<(Value, Value)> = args.kwnames.iter().cloned().zip(args.kw_values().iter().cloned()).collect();
    let cls = create_class(vm, meta, &name, bases, &ns)?;
    init_subclass_hooks(vm, &cls, &ns, &kwargs)?;
    Ok(Value::Obj(cls))
}

pub fn create_class(vm: &mut Vm, meta: &PyRef, name: &str, bases: Vec<Value>, ns: &PyRef) -> PyResult<PyRef> {
    let mut base_types = Vec::new();
    for b in &bases {
        match b {
            Value::Obj(o) if o.as_type().is_some() => {
                let bt = o.as_type().expect("type");
                if matches!(bt.layout, Layout::Opaque | Layout::Bool) || (bt.builtin && matches!(bt.name().as_str(), "NoneType" | "function")) {
                    return Err(vm.type_error(format!("type '{}' is not an acceptable base type", bt.name())));
                }
                base_types.push(o.clone());
            }
            other => return Err(vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))),
        }
    }
    if base_types.is_empty() {
        base_types.push(vm.types.object.clone());
    }
    // The instance layout comes from the most specific built-in base that is not `object`.
    let mut layout = Layout::Object;
    for b in &base_types {
        let l = b.as_type().expect("type").layout;
        if l != Layout::Object {
            if layout != Layout::Object && layout != l {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = l;
        }
    }
    let td = TypeData::new(name, layout, false);
    *td.bases.borrow_mut() = base_types.clone();
    let dict = vm.new_dict();
    let items = ns.as_dict().map(|d| d.borrow().items()).unwrap_or_default();
    for (k, v) in items {
        dict_ops::set_item(vm, &dict, k, v)?;
    }
    if let Some(q) = dict_ops::del_str(&dict, &vm.names.__qualname__.clone()) {
        match Vm::str_of(&q) {
            Some(q) => *td.qualname.borrow_mut() = q.to_string(),
            None => return Err(vm.type_error(format!("type __qualname__ must be a str, not {}", vm.type_name(&q)))),
        }
    }
    let classcell = dict_ops::del_str(&dict, &vm.names.__classcell__.clone());
    // A class that defines __eq__ but not __hash__ is unhashable (type_new's inherit rule).
    if dict_ops::get_str(&dict, &vm.names.__eq__).is_some() && dict_ops::get_str(&dict, &vm.names.__hash__).is_none() {
        dict_ops::set_str_raw(&dict, &vm.names.__hash__.clone(), Value::None);
    }
    if dict_ops::get_str(&dict, &vm.names.__doc__).is_none() {
        dict_ops::set_str_raw(&dict, &vm.names.__doc__.clone(), Value::None);
    }
    if dict_ops::get_str(&dict, &vm.names.__module__).is_none()
        && let Some(frame) = vm.current_frame()
    {
        // SAFETY: see `Vm::current_frame`.
        let globals = unsafe { &*frame }.globals.clone();
        if let Some(m) = dict_ops::get_str(&globals, &vm.names.__name__) {
            dict_ops::set_str_raw(&dict, &vm.names.__module__.clone(), m);
        }
    }
    if let Some(slots) = dict_ops::get_str(&dict, &vm.names.__slots__) {
        let names = match Vm::str_of(&slots) {
            Some(_) => vec![slots.clone()],
            None => vm.collect_iterable(&slots)?,
        };
        *td.slots.borrow_mut() = Some(names);
    }
    let cls = PyObject::with_dict(meta.clone(), Payload::Type(Box::new(td)), dict);
    let mro = c3_mro(vm, &cls, &base_types)?;
    *cls.as_type().expect("type").mro.borrow_mut() = mro;
    update_finalizer_flag(vm, &cls);
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

/// `__set_name__` on the namespace's descriptors, then the parent's `__init_subclass__`.
pub fn init_subclass_hooks(vm: &mut Vm, cls: &PyRef, ns: &PyRef, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let items = ns.as_dict().map(|d| d.borrow().items()).unwrap_or_default();
    for (k, v) in items {
        if let Some(set_name) = vm.special(&v, &vm.names.__set_name__.clone()) {
            vm.call(&set_name, &[v.clone(), Value::Obj(cls.clone()), k], &[])?;
        }
    }
    let mro = cls.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
    let name = vm.names.__init_subclass__.clone();
    for base in mro.iter().skip(1) {
        let Some(ns) = base.dict() else { continue };
        let Some(f) = dict_ops::get_str(&ns, &name) else { continue };
        let bound = match f.payload() {
            Some(Payload::ClassMethod(inner)) => {
                let inner = inner.borrow().clone();
                vm.new_bound_method(inner, Value::Obj(cls.clone()))
            }
            Some(Payload::Function(_)) => vm.new_bound_method(f.clone(), Value::Obj(cls.clone())),
            Some(Payload::Builtin(b)) => {
                if !kwargs.is_empty() {
                    let _ = b;
                    return Err(vm.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        base.as_type().map(|t| t.name()).unwrap_or_default()
                    )));
                }
                return Ok(());
            }
            _ => f.clone(),
        };
        let names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
        let values: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
        vm.call(&bound, &values, &names)?;
        return Ok(());
    }
    Ok(())
}

/// `builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let bases: Vec<Value> = pos[2..].to_vec();
    let mut meta: Option<Value> = None;
    let mut kwargs = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        if Vm::str_of(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.class_of(b)),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    // The most derived metaclass among the bases' metaclasses wins.
    let mut winner = meta.clone();
    if let Value::Obj(w) = &meta
        && w.as_type().is_some()
    {
        let mut w = w.clone();
        for b in &bases {
            let bm = vm.class_of(b);
            if is_subtype(&w, &bm) {
                continue;
            }
            if is_subtype(&bm, &w) {
                w = bm;
                continue;
            }
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        winner = Value::Obj(w);
    }
    let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    let kwvalues: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    let bases_tuple = vm.new_tuple(bases.clone());
    let prepare = vm.getattr(&winner, &vm.names.__prepare__.clone()).ok();
    let ns = match prepare {
        Some(p) => {
            let mut a = vec![name.clone(), bases_tuple.clone()];
            a.extend(kwvalues.iter().cloned());
            vm.call(&p, &a, &kwnames)?
        }
        None => Value::Obj(vm.new_dict()),
    };
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let code = f.code.borrow().clone();
    let mut frame = Frame::new(code, f.globals.clone(), vm.builtins_dict.clone(), Some(ns.clone()));
    frame.func = func.as_obj().cloned();
    let closure = f.closure.borrow().clone();
    let c = &frame.code.code;
    let mut cells = Vec::new();
    for _ in 0..c.cellvars.len() {
        cells.push(PyObject::new(vm.types.cell.clone(), Payload::Cell(std::cell::RefCell::new(None))));
    }
    if let Some(items) = closure.as_obj().and_then(|o| o.as_tuple()) {
        cells.extend(items.iter().filter_map(|v| v.as_obj().cloned()));
    }
    frame.cells = cells;
    let cell = match vm.run_frame(&mut frame, None)? {
        crate::vm::eval::FrameExit::Return(v) => v,
        crate::vm::eval::FrameExit::Yield(_) => Value::None,
    };
    let mut a = vec![name, bases_tuple, ns];
    a.extend(kwvalues);
    let cls = vm.call(&winner, &a, &kwnames)?;
    if let Value::Obj(cell) = &cell
        && let Payload::Cell(c) = &cell.payload
        && c.borrow().is_none()
    {
        *c.borrow_mut() = Some(cls.clone());
    }
    Ok(cls)
}

/// Recompute `has_finalizer` (a `__del__` anywhere in the MRO) for `cls` and its subclasses.
pub fn update_finalizer_flag(vm: &Vm, cls: &PyRef) {
    let Some(td) = cls.as_type() else { return };
    td.has_finalizer.set(lookup_type(cls, &vm.names.__del__).is_some());
    let subs: Vec<PyRef> = td.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for s in subs {
        update_finalizer_flag(vm, &s);
    }
}

impl Vm {
    /// The innermost running frame. The pointer is valid while that frame executes: frames push
    /// themselves in `run_frame` and pop before returning.
    pub fn current_frame(&self) -> Option<*const Frame> {
        self.frames.last().copied()
    }
}

/// Look a name up on a class for `super()` starting after `start` in `obj_type`'s MRO.
pub fn super_lookup(obj_type: &PyRef, start: &PyRef, name: &PyRef) -> Option<Value> {
    let mro = obj_type.as_type()?.mro.borrow().clone();
    let pos = mro.iter().position(|c| Rc::ptr_eq(c, start))?;
    for c in &mro[pos + 1..] {
        if let Some(d) = c.dict()
            && let Some(v) = dict_ops::get_str(&d, name)
        {
            return Some(v);
        }
    }
    let _ = lookup_type;
    None
}
