//! `format` and `ascii`.

use crate::PyResult;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

pub fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "format")?;
    let (value, spec) = match args.positional() {
        [v] => (v.clone(), Value::Obj(vm.intern(""))),
        [v, s] => (v.clone(), s.clone()),
        [] => return Err(vm.type_error("format expected at least 1 argument, got 0")),
        p => {
            return Err(vm.type_error(format!("format expected at most 2 arguments, got {}", p.len())));
        }
    };
    if Vm::str_of(&spec).is_none() {
        return Err(vm.type_error(format!("format() argument 2 must be str, not {}", vm.type_name(&spec))));
    }
    vm.format(&value, &spec)
}

pub fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "ascii")?;
    let r = vm.repr_string(v)?;
    Ok(vm.new_str(crate::types::str::ascii_escape(&r)))
}
