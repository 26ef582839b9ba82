//! Builtins over iterables: `any`, `all`, and the iterator types `enumerate`, `zip`, `map`, `filter`,
//! `reversed`, whose `__new__` builds the iterator (stepping is in `types/iter.rs`).

use crate::builtins::add_function;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::iter::IterState;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

pub fn init(vm: &mut Vm) {
    add_function(vm, "any", builtin_any);
    add_function(vm, "all", builtin_all);
    let t = &vm.types;
    let news: [(crate::value::PyRef, crate::objects::function::NativeFn); 5] = [
        (t.enumerate.clone(), enumerate_new),
        (t.zip.clone(), zip_new),
        (t.map.clone(), map_new),
        (t.filter.clone(), filter_new),
        (t.reversed.clone(), reversed_new),
    ];
    for (ty, f) in news {
        vm.add_native(&ty, "__new__", f, BuiltinKind::StaticMethod);
    }
    // `reversed(list)` is a `list_reverseiterator`; it steps like `reversed`.
    let (rev, lrev) = (vm.types.reversed.clone(), vm.types.list_reverseiterator.clone());
    for name in ["__iter__", "__next__"] {
        let k = vm.intern(name);
        if let Some(m) = rev.dict().and_then(|d| crate::vm::dict_ops::get_str(&d, &k)) {
            vm.set_type_attr(&lrev, name, m);
        }
    }
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable] = args.exact::<1>(vm, "any")?;
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable] = args.exact::<1>(vm, "all")?;
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The arguments after `cls` in a `__new__` call.
fn after_cls<'a>(args: &Args<'a>) -> Args<'a> {
    Args { args: args.args.get(1..).unwrap_or(&[]), kwnames: args.kwnames }
}

/// `enumerate(iterable, start=0)`.
fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = after_cls(&args);
    if args.args.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let [iterable, start] = args.bind::<2>(vm, "enumerate", ["iterable", "start"], 1)?;
    let iter = vm.get_iter(&iterable.unwrap_or(Value::None))?;
    let count = match start {
        None => Value::Int(0),
        Some(v @ Value::Int(_)) => v,
        Some(Value::Bool(b)) => Value::Int(b as i64),
        Some(v) if matches!(v.payload(), Some(Payload::Int(_))) => v,
        Some(v) => match vm.call_special(&v, &vm.names.__index__.clone(), &[])? {
            Some(i) => i,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)))),
        },
    };
    Ok(vm.new_iterator(&vm.types.enumerate.clone(), IterState::Enumerate { iter, count }))
}

/// `zip(*iterables, strict=False)`.
fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = after_cls(&args);
    let mut strict = false;
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        match Vm::str_of(k).unwrap_or("") {
            "strict" => strict = vm.is_true(v)?,
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for zip()"))),
        }
    }
    let mut iters = Vec::with_capacity(args.positional().len());
    for a in args.positional() {
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iterator(&vm.types.zip.clone(), IterState::Zip { iters, strict }))
}

/// `map(function, iterable, *iterables)`.
fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = after_cls(&args);
    args.no_kwargs(vm, "map")?;
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(pos.len() - 1);
    for a in &pos[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iterator(&vm.types.map.clone(), IterState::Map { func: pos[0].clone(), iters }))
}

/// `filter(function or None, iterable)`.
fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = after_cls(&args);
    let [func, iterable] = args.exact::<2>(vm, "filter")?;
    let iter = vm.get_iter(iterable)?;
    Ok(vm.new_iterator(&vm.types.filter.clone(), IterState::Filter { func: func.clone(), iter }))
}

/// `reversed(seq)`: `seq.__reversed__()`, else the sequence protocol (`__len__` + `__getitem__`).
fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = after_cls(&args);
    args.no_kwargs(vm, "reversed")?;
    let [seq] = args.positional() else {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", args.positional().len())));
    };
    let not_reversible = |vm: &Vm| vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq)));
    let rev_name = vm.names.__reversed__.clone();
    if let Some(m) = vm.special(seq, &rev_name) {
        if m.is_none() {
            return Err(not_reversible(vm));
        }
        return vm.call(&m, std::slice::from_ref(seq), &[]);
    }
    if let Some(Payload::Range(r)) = seq.payload() {
        // CPython's `range.__reversed__` gives a range_iterator counting down.
        let len = r.len();
        let state = IterState::Range { next: r.start.wrapping_add((len - 1).wrapping_mul(r.step)), step: r.step.wrapping_neg(), remaining: len };
        return Ok(vm.new_iterator(&vm.types.range_iterator.clone(), state));
    }
    let native_seq = matches!(seq.payload(), Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)));
    let is_dict = matches!(seq.payload(), Some(Payload::Dict(_)));
    if !native_seq && (is_dict || vm.special(seq, &vm.names.__getitem__.clone()).is_none()) {
        return Err(not_reversible(vm));
    }
    let len = vm.len(seq)?;
    let cls = if matches!(seq.payload(), Some(Payload::List(_))) { vm.types.list_reverseiterator.clone() } else { vm.types.reversed.clone() };
    Ok(vm.new_iterator(&cls, IterState::Reversed { seq: seq.clone(), index: len }))
}
