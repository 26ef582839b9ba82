//! The `gc` module: the cycle collector's interface (`collect`, `enable`/`disable`, counts and
//! thresholds, `get_objects`, `get_referrers`/`get_referents`, `is_tracked`, `freeze`, `garbage`,
//! `callbacks`). The collector itself is `crate::gc`.

use std::cell::RefCell;

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

thread_local! {
    /// The `gc.callbacks` list, once the module exists.
    static CALLBACKS: RefCell<Option<PyRef>> = const { RefCell::new(None) };
    /// A collection (with its callbacks and finalizers) is under way.
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("gc");
    let d = m.dict().expect("module dict");
    let funcs: [(&'static str, NativeFn); 18] = [
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_count", gc_get_count),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("get_debug", gc_get_debug),
        ("set_debug", gc_set_debug),
        ("get_stats", gc_get_stats),
        ("get_objects", gc_get_objects),
        ("get_referrers", gc_get_referrers),
        ("get_referents", gc_get_referents),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("freeze", gc_freeze),
        ("unfreeze", gc_unfreeze),
        ("get_freeze_count", gc_get_freeze_count),
    ];
    for (name, f) in funcs {
        let func = vm.new_native(name, f, BuiltinKind::Function, None);
        let k = vm.intern(name);
        dict_ops::set_str_raw(&d, &k, Value::Obj(func));
    }
    let consts =
        [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", crate::gc::DEBUG_SAVEALL), ("DEBUG_LEAK", 38)];
    for (name, v) in consts {
        let k = vm.intern(name);
        dict_ops::set_str_raw(&d, &k, Value::Int(v));
    }
    let garbage = vm.new_list(Vec::new());
    let callbacks = vm.new_list(Vec::new());
    if let (Value::Obj(g), Value::Obj(c)) = (&garbage, &callbacks) {
        crate::gc::set_garbage_list(g.clone());
        CALLBACKS.with(|cb| *cb.borrow_mut() = Some(c.clone()));
    }
    let k = vm.intern("garbage");
    dict_ops::set_str_raw(&d, &k, garbage);
    let k = vm.intern("callbacks");
    dict_ops::set_str_raw(&d, &k, callbacks);
    let doc = vm.new_str(DOC);
    dict_ops::set_str_raw(&d, &vm.names.__doc__.clone(), doc);
    Ok(m)
}

const DOC: &str = "This module provides access to the garbage collector for reference cycles.\n\n\
enable() -- Enable automatic garbage collection.\n\
disable() -- Disable automatic garbage collection.\n\
isenabled() -- Returns true if automatic collection is enabled.\n\
collect() -- Do a full collection right now.\n\
get_count() -- Return the current collection counts.\n\
get_stats() -- Return list of dictionaries containing per-generation stats.\n\
set_debug() -- Set debugging flags.\n\
get_debug() -- Get debugging flags.\n\
set_threshold() -- Set the collection thresholds.\n\
get_threshold() -- Return the current the collection thresholds.\n\
get_objects() -- Return a list of all objects tracked by the collector.\n\
is_tracked() -- Returns true if a given object is tracked.\n\
is_finalized() -- Returns true if a given object has been already finalized.\n\
get_referrers() -- Return the list of objects that refer to an object.\n\
get_referents() -- Return the list of objects that an object refers to.\n\
freeze() -- Freeze all tracked objects and ignore them for future collections.\n\
unfreeze() -- Unfreeze all objects in the permanent generation.\n\
get_freeze_count() -- Return the number of objects in the permanent generation.\n";

/// A full collection with what CPython does around one: `gc.callbacks` hear "start" and "stop",
/// weak reference callbacks and finalizers run, and the garbage they left unresurrected is freed
/// (a second pass, since a finalizer may resurrect). Returns the number of unreachable objects;
/// 0 when called from a callback or finalizer of a collection under way (as CPython's
/// `gcstate->collecting`).
pub fn collect_garbage(vm: &mut Vm, generation: i64) -> usize {
    if BUSY.with(|b| b.replace(true)) {
        return 0;
    }
    let found = collect_with_callbacks(vm, generation);
    BUSY.with(|b| b.set(false));
    found
}

fn collect_with_callbacks(vm: &mut Vm, generation: i64) -> usize {
    run_callbacks(vm, "start", generation, 0);
    let c = crate::gc::collect();
    vm.run_finalizers();
    if c.finalizers {
        crate::gc::collect();
        vm.run_finalizers();
    }
    run_callbacks(vm, "stop", generation, c.found);
    c.found
}

/// Call each of `gc.callbacks` with `(phase, info)`; errors are reported and ignored.
fn run_callbacks(vm: &mut Vm, phase: &str, generation: i64, collected: usize) {
    let Some(list) = CALLBACKS.with(|c| c.borrow().clone()) else { return };
    let callbacks = list.as_list().map(|l| l.borrow().clone()).unwrap_or_default();
    if callbacks.is_empty() {
        return;
    }
    let info = vm.new_dict();
    for (k, v) in [("generation", generation), ("collected", collected as i64), ("uncollectable", 0)] {
        let k = vm.intern(k);
        dict_ops::set_str_raw(&info, &k, Value::Int(v));
    }
    let phase = vm.new_str(phase);
    for cb in callbacks {
        if let Err(e) = vm.call(&cb, &[phase.clone(), Value::Obj(info.clone())], &[]) {
            vm.report_unraisable("Exception ignored in", &cb, &e);
        }
    }
}

/// `f()` taking no arguments, with CPython's METH_NOARGS message.
fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(vm, name)?;
    match args.positional().len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("{name}() takes no arguments ({n} given)"))),
    }
}

/// The one argument of a METH_O function.
fn one_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    match args.positional() {
        [v] => Ok(v.clone()),
        p => Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", p.len()))),
    }
}

/// An integer argument (`__index__`) that must fit `bits` bits, with the C type named in the
/// `OverflowError` as CPython's converters name it.
fn c_integer(vm: &mut Vm, v: &Value, bits: u32, c_type: &str) -> PyResult<i64> {
    let big = match crate::types::int::as_bigint(v) {
        Some(b) => b,
        None => num_bigint::BigInt::from(vm.index_value(v)?),
    };
    let limit = num_bigint::BigInt::from(1) << (bits - 1);
    if big >= limit || big < -limit {
        return Err(vm.new_error(&vm.exc.overflow_error.clone(), format!("Python int too large to convert to C {c_type}")));
    }
    Ok(num_traits::ToPrimitive::to_i64(&big).unwrap_or(0))
}

fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    c_integer(vm, v, 32, "int")
}

fn c_long(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    c_integer(vm, v, 64, "long")
}

/// `gc.collect(generation=2)`: run a full collection and the finalizers it made due; the number of
/// unreachable objects found.
fn gc_collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(k) = args.kwnames.iter().find(|k| Vm::str_of(k) != Some("generation")) {
        let k = Vm::str_of(k).unwrap_or("").to_string();
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for collect()")));
    }
    let [generation] = args.bind(vm, "collect", ["generation"], 0)?;
    let generation = match generation {
        Some(g) => c_int(vm, &g)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    Ok(Value::Int(collect_garbage(vm, generation) as i64))
}

fn gc_enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.enable")?;
    crate::gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.disable")?;
    crate::gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.isenabled")?;
    Ok(Value::Bool(crate::gc::is_enabled()))
}

/// `gc.get_count()`: new containers since the last collection; Ferrython's collector has a single
/// generation, so the other two counts stay 0.
fn gc_get_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.get_count")?;
    Ok(vm.new_tuple(vec![Value::Int(crate::gc::young_count() as i64), Value::Int(0), Value::Int(0)]))
}

fn gc_get_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.get_threshold")?;
    let t = crate::gc::thresholds();
    Ok(vm.new_tuple(t.iter().map(|&v| Value::Int(v)).collect()))
}

fn gc_set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "set_threshold")?;
    let pos = args.positional();
    match pos.len() {
        0 => return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)")),
        n if n > 3 => return Err(vm.type_error(format!("set_threshold() takes at most 3 arguments ({n} given)"))),
        _ => {}
    }
    let mut t = crate::gc::thresholds();
    for (slot, v) in t.iter_mut().zip(pos) {
        *slot = c_long(vm, v)?;
    }
    crate::gc::set_thresholds(t);
    Ok(Value::None)
}

fn gc_get_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.get_debug")?;
    Ok(Value::Int(crate::gc::debug_flags()))
}

/// `gc.set_debug(flags)`: only `DEBUG_SAVEALL` changes what the collector does; the flags that
/// print statistics are recorded but print nothing.
fn gc_set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let flags = one_arg(vm, &args, "gc.set_debug")?;
    let flags = c_int(vm, &flags)?;
    crate::gc::set_debug_flags(flags);
    Ok(Value::None)
}

/// `gc.get_stats()`: every collection is a full one here, so it is all generation 2's.
fn gc_get_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.get_stats")?;
    let (runs, collected) = crate::gc::stats();
    let mut gens = Vec::new();
    for g in 0..3 {
        let d = vm.new_dict();
        let (r, c) = if g == 2 { (runs, collected) } else { (0, 0) };
        for (k, v) in [("collections", r), ("collected", c), ("uncollectable", 0)] {
            let k = vm.intern(k);
            dict_ops::set_str_raw(&d, &k, Value::Int(v as i64));
        }
        gens.push(Value::Obj(d));
    }
    Ok(vm.new_list(gens))
}

/// `gc.get_objects(generation=None)`: generation 0 is what was created since the last collection,
/// 2 what survived it (1 is always empty).
fn gc_get_objects(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [generation] = args.bind(vm, "get_objects", ["generation"], 0)?;
    let generation = match generation {
        None | Some(Value::None) => None,
        Some(g @ (Value::Int(_) | Value::Bool(_))) => Some(c_int(vm, &g)?),
        Some(g) if crate::types::int::is_exact_int(&g) || vm.special(&g, &vm.names.__index__.clone()).is_some() => Some(c_int(vm, &g)?),
        Some(g) => return Err(vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(&g)))),
    };
    let objs = match generation {
        Some(g) if g >= 3 => {
            return Err(vm.value_error("generation parameter must be less than the number of available generations (3)"));
        }
        Some(0) => crate::gc::tracked_objects(false, true),
        Some(1) => Vec::new(),
        Some(2) => crate::gc::tracked_objects(true, false),
        _ => crate::gc::tracked_objects(true, true),
    };
    let objs: Vec<Value> = objs.into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(objs))
}

/// `gc.get_referrers(*objs)`: the tracked objects that refer to any of `objs`.
fn gc_get_referrers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referrers")?;
    let targets: Vec<usize> = args.positional().iter().filter_map(|v| v.as_obj()).map(|o| std::rc::Rc::as_ptr(o) as usize).collect();
    let mut out = Vec::new();
    if !targets.is_empty() {
        for o in crate::gc::tracked_objects(true, true) {
            let mut refers = false;
            crate::gc::traverse(&o, &mut |r| refers |= targets.contains(&(std::rc::Rc::as_ptr(r) as usize)));
            if refers {
                out.push(Value::Obj(o));
            }
        }
    }
    Ok(vm.new_list(out))
}

/// `gc.get_referents(*objs)`: the objects each of `objs` refers to.
fn gc_get_referents(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referents")?;
    let mut out = Vec::new();
    for v in args.positional() {
        if let Value::Obj(o) = v
            && crate::gc::is_gc_object(o)
        {
            out.extend(crate::gc::referents(o));
        }
    }
    Ok(vm.new_list(out))
}

fn gc_is_tracked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "gc.is_tracked")?;
    Ok(Value::Bool(crate::gc::may_be_tracked(&v)))
}

/// `gc.is_finalized(obj)`: has the collector (or the last reference going) run its `__del__`?
fn gc_is_finalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "gc.is_finalized")?;
    Ok(Value::Bool(v.as_obj().is_some_and(|o| o.flags.get() & crate::gc::FINALIZED != 0)))
}

fn gc_freeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.freeze")?;
    crate::gc::freeze();
    Ok(Value::None)
}

fn gc_unfreeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.unfreeze")?;
    crate::gc::unfreeze();
    Ok(Value::None)
}

fn gc_get_freeze_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "gc.get_freeze_count")?;
    Ok(Value::Int(crate::gc::freeze_count() as i64))
}
