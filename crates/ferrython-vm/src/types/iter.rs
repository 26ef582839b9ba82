//! The built-in iterator types' `__next__`.

use std::cell::RefCell;

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::objects::iter::IterState;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let types = [
        t.list_iterator.clone(),
        t.tuple_iterator.clone(),
        t.str_iterator.clone(),
        t.bytes_iterator.clone(),
        t.range_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.dict_reversekeyiterator.clone(),
        t.dict_reversevalueiterator.clone(),
        t.dict_reverseitemiterator.clone(),
        t.set_iterator.clone(),
        t.reversed.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.callable_iterator.clone(),
        t.iterator.clone(),
    ];
    for ty in &types {
        vm.add_method(ty, "__iter__", iter_self);
        vm.add_method(ty, "__next__", iter_next);
    }
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    match vm.next(&this)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// One step of a built-in iterator; `Ok(None)` when exhausted.
pub fn iterator_next(vm: &mut Vm, _obj: &PyRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    // Steps that need Python code (getitem on user sequences, map/filter calls) release the borrow.
    let mut st = state.borrow_mut();
    match &mut *st {
        IterState::Seq { seq, index } => {
            if let Value::Obj(o) = seq {
                match &o.payload {
                    Payload::List(l) => {
                        let l = l.borrow();
                        return Ok(match l.get(*index) {
                            Some(v) => {
                                *index += 1;
                                Some(v.clone())
                            }
                            None => {
                                drop(l);
                                *st = IterState::Exhausted;
                                None
                            }
                        });
                    }
                    Payload::Tuple(t) => {
                        return Ok(match t.get(*index) {
                            Some(v) => {
                                *index += 1;
                                Some(v.clone())
                            }
                            None => None,
                        });
                    }
                    _ => {}
                }
            }
            let seq = seq.clone();
            let i = *index;
            *index += 1;
            drop(st);
            match vm.getitem(&seq, &Value::Int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_matches(&e, &vm.exc.index_error.clone()) || vm.err_matches(&e, &vm.exc.stop_iteration.clone()) => {
                    *state.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Str { s, byte_pos } => {
            let text = s.as_str().expect("str").as_str();
            match text[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    let cs: &str = c.encode_utf8(&mut buf);
                    let cs = cs.to_string();
                    drop(st);
                    Ok(Some(if c.is_ascii() { Value::Obj(vm.intern(&cs)) } else { vm.new_str(cs) }))
                }
                None => Ok(None),
            }
        }
        IterState::Bytes { b, index } => {
            let byte = match &b.payload {
                Payload::Bytes(v) => v.get(*index).copied(),
                Payload::ByteArray(v) => v.borrow().get(*index).copied(),
                _ => None,
            };
            *index += 1;
            Ok(byte.map(|x| Value::Int(x as i64)))
        }
        IterState::Range { next, step, remaining } => {
            if *remaining <= 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
        }
        IterState::Dict { .. } | IterState::DictReversed { .. } => crate::types::dict::iter::iter_next(vm, &mut st),
        IterState::Set { .. } => crate::types::set::iter_next(vm, &mut st),
        IterState::Reversed { seq, index } => {
            if *index == 0 {
                return Ok(None);
            }
            *index -= 1;
            let (seq, i) = (seq.clone(), *index);
            drop(st);
            match vm.getitem(&seq, &Value::Int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_matches(&e, &vm.exc.index_error.clone()) => {
                    *state.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Enumerate { iter, count } => {
            let (it, c) = (iter.clone(), count.clone());
            drop(st);
            match vm.next(&it)? {
                Some(v) => {
                    let next = vm.binary_op(ferrython_compiler::bytecode::BinaryOperator::Add, &c, &Value::Int(1))?;
                    if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                        *count = next;
                    }
                    Ok(Some(vm.new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { iters, strict } => {
            let (iters, strict) = (iters.clone(), *strict);
            drop(st);
            if iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                let s = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!("zip() argument {} is shorter than argument{s}{}", i + 1, i)));
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let s = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.value_error(format!("zip() argument {} is longer than argument{s}{}", j + 1, j)));
                                }
                            }
                        }
                        *state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        IterState::Map { func, iters } => {
            let (func, iters) = (func.clone(), iters.clone());
            drop(st);
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &args, &[]).map(Some)
        }
        IterState::Filter { func, iter } => {
            let (func, iter) = (func.clone(), iter.clone());
            drop(st);
            while let Some(v) = vm.next(&iter)? {
                let keep = if func.is_none() {
                    vm.is_true(&v)?
                } else {
                    let r = vm.call(&func, std::slice::from_ref(&v), &[])?;
                    vm.is_true(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::CallIter { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            let v = vm.call(&func, &[], &[])?;
            if vm.eq_bool(&v, &sentinel)? {
                *state.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Exhausted => Ok(None),
    }
}
