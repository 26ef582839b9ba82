//! Filling a dict from another mapping or from an iterable of pairs: CPython's `dict_update_arg`,
//! `dict_merge` and `PyDict_MergeFromSeq2`.

use std::rc::Rc;

use crate::PyResult;
use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

/// `dict_update_arg`: an exact dict or anything with a `keys` attribute is merged as a mapping,
/// anything else must be an iterable of key/value pairs.
pub fn update_arg(vm: &mut Vm, this: &PyRef, arg: &Value) -> PyResult<()> {
    if is_plain_dict(vm, arg) {
        return merge(vm, this, arg);
    }
    let keys = vm.names.keys.clone();
    match vm.getattr(arg, &keys) {
        Ok(_) => merge(vm, this, arg),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => merge_from_seq2(vm, this, arg),
        Err(e) => Err(e),
    }
}

/// A dict whose iteration is the dict's own (`PyDict_Check(b) && tp_iter == dict_iter`): its entries
/// are copied directly, without calling `keys()`.
fn is_plain_dict(vm: &mut Vm, v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    if o.as_dict().is_none() {
        return false;
    }
    let cls = o.class();
    if Rc::ptr_eq(&cls, &vm.types.dict) {
        return true;
    }
    let name = vm.names.__iter__.clone();
    let own = crate::vm::attr::lookup_type(&cls, &name);
    let base = crate::vm::attr::lookup_type(&vm.types.dict.clone(), &name);
    matches!((own, base), (Some(x), Some(y)) if x.is(&y))
}

/// `PyDict_Merge(a, b, override=1)`.
pub fn merge(vm: &mut Vm, this: &PyRef, other: &Value) -> PyResult<()> {
    if is_plain_dict(vm, other) {
        let Value::Obj(o) = other else { return Ok(()) };
        if Rc::ptr_eq(o, this) {
            return Ok(());
        }
        let (Some(src), Some(dst)) = (o.as_dict(), this.as_dict()) else { return Ok(()) };
        if dst.borrow().is_empty() && Rc::ptr_eq(&this.class(), &vm.types.dict) {
            // An empty target cannot hold an equal key: take a compact copy of the table.
            let data = src.borrow().compacted();
            dst.borrow_mut().replace_with(data);
            return Ok(());
        }
        let entries: Vec<(i64, Value, Value)> = src.borrow().iter().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
        for (hash, key, value) in entries {
            dict_ops::set_item_hashed(vm, this, key, hash, value)?;
        }
        return Ok(());
    }
    // A general mapping: `for k in b.keys(): a[k] = b[k]`.
    let keys = vm.call_method(other, "keys", &[])?;
    let it = vm.get_iter(&keys)?;
    while let Some(key) = vm.next(&it)? {
        let value = vm.getitem(other, &key)?;
        dict_ops::set_item(vm, this, key, value)?;
    }
    Ok(())
}

/// `PyDict_MergeFromSeq2`: each element must be a sequence of exactly two items.
pub fn merge_from_seq2(vm: &mut Vm, this: &PyRef, seq: &Value) -> PyResult<()> {
    let it = vm.get_iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match item.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => match vm.collect_iterable(&item) {
                Ok(items) => items,
                Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                    return Err(vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")));
                }
                Err(e) => return Err(e),
            },
        };
        let [key, value] = <[Value; 2]>::try_from(pair)
            .map_err(|p| vm.value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", p.len())))?;
        dict_ops::set_item(vm, this, key, value)?;
        i += 1;
    }
    Ok(())
}
