//! The `gc` module: the cycle collector's switches (`collect`, `enable`, `disable`, `isenabled`).

use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("gc");
    let d = m.dict().expect("module dict");
    let funcs: [(&'static str, NativeFn); 4] = [("collect", gc_collect), ("enable", gc_enable), ("disable", gc_disable), ("isenabled", gc_isenabled)];
    for (name, f) in funcs {
        let func = vm.new_native(name, f, BuiltinKind::Function, None);
        let k = vm.intern(name);
        dict_ops::set_str_raw(&d, &k, Value::Obj(func));
    }
    Ok(m)
}

/// `gc.collect(generation=2)`: run a full collection and the finalizers it made due; the number of
/// unreachable objects found.
fn gc_collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [generation] = args.bind(vm, "collect", ["generation"], 0)?;
    if let Some(g) = generation {
        let g = vm.index_value(&g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    let n = crate::gc::collect();
    vm.run_finalizers();
    Ok(Value::Int(n as i64))
}

fn gc_enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "enable")?;
    crate::gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "disable")?;
    crate::gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "isenabled")?;
    Ok(Value::Bool(crate::gc::is_enabled()))
}
