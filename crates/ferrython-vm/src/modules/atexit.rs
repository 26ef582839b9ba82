//! The `atexit` module: functions to call when the interpreter shuts down (`Vm::finalize` runs
//! them first, last registered first, as CPython's `Py_FinalizeEx` does before tearing modules
//! down). `weakref.finalize` relies on it.

use std::cell::RefCell;

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

/// One registered call, vectorcall style: the function, its positional arguments followed by its
/// keyword arguments' values, and the keyword names.
struct ExitCall {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

thread_local! {
    static CALLS: RefCell<Vec<ExitCall>> = const { RefCell::new(Vec::new()) };
}

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("atexit");
    let d = m.dict().expect("module dict");
    let funcs: [(&'static str, NativeFn); 5] = [
        ("register", atexit_register),
        ("unregister", atexit_unregister),
        ("_run_exitfuncs", atexit_run),
        ("_clear", atexit_clear),
        ("_ncallbacks", atexit_ncallbacks),
    ];
    for (name, f) in funcs {
        let func = vm.new_native(name, f, BuiltinKind::Function, None);
        let k = vm.intern(name);
        dict_ops::set_str_raw(&d, &k, Value::Obj(func));
    }
    let doc = vm.new_str("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
    dict_ops::set_str_raw(&d, &vm.names.__doc__.clone(), doc);
    Ok(m)
}

/// Call the registered functions, last first, each once; errors are reported as CPython's
/// "Exception ignored in atexit callback" and the rest still run.
pub fn run_exit_functions(vm: &mut Vm) {
    while let Some(call) = CALLS.with(|c| c.borrow_mut().pop()) {
        if let Err(e) = vm.call(&call.func, &call.args, &call.kwnames) {
            vm.report_unraisable("Exception ignored in atexit callback", &call.func, &e);
        }
    }
}

/// `register(func, /, *args, **kwargs)`: returns `func`, so it works as a decorator.
fn atexit_register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(func) = pos.first().cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut call_args = pos[1..].to_vec();
    call_args.extend_from_slice(args.kw_values());
    CALLS.with(|c| c.borrow_mut().push(ExitCall { func: func.clone(), args: call_args, kwnames: args.kwnames.to_vec() }));
    Ok(func)
}

/// `unregister(func, /)`: forget every registration of `func` (compared with `==`).
fn atexit_unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "unregister")?;
    let func = match args.positional() {
        [f] => f.clone(),
        p => return Err(vm.type_error(format!("atexit.unregister() takes exactly one argument ({} given)", p.len()))),
    };
    let calls = CALLS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    let mut kept = Vec::with_capacity(calls.len());
    let mut result = Ok(());
    for call in calls {
        if result.is_ok() {
            match vm.eq_bool(&call.func, &func) {
                Ok(true) => continue,
                Ok(false) => {}
                Err(e) => result = Err(e),
            }
        }
        kept.push(call);
    }
    // Anything registered meanwhile (by an `__eq__`) goes after the survivors.
    CALLS.with(|c| {
        let mut c = c.borrow_mut();
        let added = std::mem::take(&mut *c);
        *c = kept;
        c.extend(added);
    });
    result?;
    Ok(Value::None)
}

fn atexit_run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "atexit._run_exitfuncs")?;
    run_exit_functions(vm);
    Ok(Value::None)
}

fn atexit_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "atexit._clear")?;
    let calls = CALLS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(calls);
    Ok(Value::None)
}

fn atexit_ncallbacks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "atexit._ncallbacks")?;
    Ok(Value::Int(CALLS.with(|c| c.borrow().len()) as i64))
}

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    args.no_kwargs(vm, name)?;
    match args.positional().len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("{name}() takes no arguments ({n} given)"))),
    }
}
