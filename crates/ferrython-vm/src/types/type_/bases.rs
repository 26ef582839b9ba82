//! `cls.__bases__` (assignable, `type_set_bases`) and the read-only `cls.__mro__`.

use std::rc::Rc;

use crate::PyResult;
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::is_subtype;

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    crate::types::misc::add_getset(vm, &t, "__bases__", type_bases, Some(set_type_bases));
    crate::types::misc::add_getset(vm, &t, "__mro__", type_mro_attr, Some(set_type_mro));
}

fn class_arg<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyRef, Option<&'a Value>)> {
    match args.args {
        [Value::Obj(t), rest @ ..] if t.as_type().is_some() => Ok((t, rest.first())),
        _ => Err(vm.type_error("descriptor requires a 'type' object")),
    }
}

fn type_bases(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = class_arg(vm, &args)?;
    let bases = cls.as_type().map(|t| t.bases.borrow().clone()).unwrap_or_default();
    Ok(vm.new_tuple(bases.into_iter().map(Value::Obj).collect()))
}

fn type_mro_attr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = class_arg(vm, &args)?;
    let mro = cls.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
    Ok(vm.new_tuple(mro.into_iter().map(Value::Obj).collect()))
}

fn set_type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = class_arg(vm, &args)?;
    let name = vm.names.__mro__.clone();
    Err(vm.attribute_error(&Value::Obj(cls.clone()), &name, "readonly attribute".to_string()))
}

/// `cls.__bases__ = (...)`: new bases with the same instance layout; the MRO of the class and of
/// every subclass is computed again (and the old bases restored if that fails).
fn set_type_bases(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, value) = class_arg(vm, &args)?;
    let td = cls.as_type().expect("a type");
    let name = td.name();
    if td.builtin {
        return Err(vm.type_error(format!("cannot set '__bases__' attribute of immutable type '{name}'")));
    }
    let Some(value) = value else {
        return Err(vm.type_error(format!("cannot delete '__bases__' attribute of immutable type '{name}'")));
    };
    let Some(items) = value.as_obj().and_then(|o| o.as_tuple()).map(<[Value]>::to_vec) else {
        return Err(vm.type_error(format!("can only assign tuple to {name}.__bases__, not {}", vm.type_name(value))));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!("can only assign non-empty tuple to {name}.__bases__, not ()")));
    }
    let mut new_bases = Vec::with_capacity(items.len());
    for item in &items {
        match item {
            Value::Obj(b) if b.as_type().is_some() => {
                if is_subtype(b, cls) {
                    return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
                }
                new_bases.push(b.clone());
            }
            other => return Err(vm.type_error(format!("{name}.__bases__ must be tuple of classes, not '{}'", vm.type_name(other)))),
        }
    }
    let old_bases = td.bases.borrow().clone();
    let new_base = super::best_base(vm, &new_bases)?;
    let old_base = super::best_base(vm, &old_bases)?;
    if !crate::types::misc::getset::same_instance_layout(&old_base, &new_base) {
        let n = |c: &PyRef| c.as_type().map(|t| t.name()).unwrap_or_default();
        return Err(vm.type_error(format!("__bases__ assignment: '{}' object layout differs from '{}'", n(&new_base), n(&old_base))));
    }
    *td.bases.borrow_mut() = new_bases.clone();
    if let Err(e) = recompute_mro(vm, cls) {
        *td.bases.borrow_mut() = old_bases;
        recompute_mro(vm, cls)?;
        return Err(e);
    }
    for b in &old_bases {
        if let Some(bt) = b.as_type() {
            bt.subclasses.borrow_mut().retain(|w| w.upgrade().is_some_and(|s| !Rc::ptr_eq(&s, cls)));
        }
    }
    for b in &new_bases {
        if let Some(bt) = b.as_type() {
            bt.subclasses.borrow_mut().push(Rc::downgrade(cls));
        }
    }
    Ok(Value::None)
}

/// The MRO of `cls` and of its subclasses, after its bases changed.
fn recompute_mro(vm: &mut Vm, cls: &PyRef) -> PyResult<()> {
    let td = cls.as_type().expect("a type");
    let bases = td.bases.borrow().clone();
    let mro = super::new::compute_mro(vm, cls, &bases)?;
    *td.mro.borrow_mut() = mro;
    crate::objects::types::invalidate_lookup_cache(cls);
    super::update_finalizer_flag(vm, cls);
    let subs: Vec<PyRef> = td.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for s in subs {
        recompute_mro(vm, &s)?;
    }
    Ok(())
}
