//! `module` (`types.ModuleType`): construction, `repr` as importlib's `_module_repr` words it,
//! `__dir__`, and the PEP 562 module `__getattr__` fallback.

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

pub fn init(vm: &mut Vm) {
    let ty = vm.types.module.clone();
    vm.add_native(&ty, "__new__", module_new, BuiltinKind::StaticMethod);
    vm.add_method(&ty, "__init__", module_init);
    vm.add_method(&ty, "__repr__", module_repr);
    vm.add_method(&ty, "__dir__", module_dir);
}

fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        _ => vm.types.module.clone(),
    };
    Ok(Value::Obj(PyObject::with_dict(cls, Payload::Module, vm.new_dict())))
}

/// `module(name, doc=None)`.
fn module_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else {
        return Err(vm.type_error("module.__init__ needs an argument"));
    };
    let rest = Args { args: &args.args[1..], kwnames: args.kwnames };
    let [name, doc] = rest.bind::<2>(vm, "module", ["name", "doc"], 1)?;
    let name = name.unwrap_or(Value::None);
    if Vm::str_of(&name).is_none() {
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {}", vm.type_name(&name))));
    }
    let Some(d) = this.dict() else {
        return Ok(Value::None);
    };
    dict_ops::set_str_raw(&d, &vm.names.__name__.clone(), name);
    dict_ops::set_str_raw(&d, &vm.names.__doc__.clone(), doc.unwrap_or(Value::None));
    for k in [vm.names.__package__.clone(), vm.names.__loader__.clone(), vm.names.__spec__.clone()] {
        dict_ops::set_str_raw(&d, &k, Value::None);
    }
    Ok(Value::None)
}

/// `getattr(v, name, None)` for repr purposes (errors read as absent).
fn soft_getattr(vm: &mut Vm, v: &Value, name: &str) -> Value {
    let n = vm.intern(name);
    vm.getattr(v, &n).unwrap_or(Value::None)
}

/// importlib's `_module_repr`: from the spec when there is one, else from `__file__`/`__loader__`.
fn module_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else {
        return Err(vm.type_error("module.__repr__ needs an argument"));
    };
    let d = this.dict();
    let get = |key: &PyRef| d.as_ref().and_then(|d| dict_ops::get_str(d, key));
    let name = get(&vm.names.__name__).filter(|n| Vm::str_of(n).is_some());
    let name_r = match &name {
        Some(n) => vm.repr_string(n)?,
        None => "'?'".to_string(),
    };
    let loader = get(&vm.names.__loader__).unwrap_or(Value::None);
    let spec = get(&vm.names.__spec__).unwrap_or(Value::None);
    if !spec.is_none() {
        let origin = soft_getattr(vm, &spec, "origin");
        let has_location = soft_getattr(vm, &spec, "has_location");
        let s = match Vm::str_of(&origin) {
            None if loader.is_none() => format!("<module {name_r}>"),
            None => format!("<module {name_r} ({})>", vm.repr_string(&loader)?),
            Some(_) if vm.is_true(&has_location)? => {
                format!("<module {name_r} from {}>", vm.repr_string(&origin)?)
            }
            Some(o) => format!("<module {name_r} ({o})>"),
        };
        return Ok(vm.new_str(s));
    }
    let file = get(&vm.names.__file__).filter(|f| Vm::str_of(f).is_some());
    let native = name.as_ref().and_then(Vm::str_of).is_some_and(|n| matches!(n, "sys" | "builtins") || vm.native_modules.contains_key(n));
    let s = match file {
        Some(f) => format!("<module {name_r} from {}>", vm.repr_string(&f)?),
        None if loader.is_none() && native => format!("<module {name_r} (built-in)>"),
        None if loader.is_none() => format!("<module {name_r}>"),
        None => format!("<module {name_r} ({})>", vm.repr_string(&loader)?),
    };
    Ok(vm.new_str(s))
}

/// `module.__dir__`: the module dict's `__dir__` if it defines one, else the dict's keys.
fn module_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else {
        return Err(vm.type_error("module.__dir__ needs an argument"));
    };
    let Some(d) = this.dict() else {
        return Err(vm.type_error("<module>.__dict__ is not a dictionary"));
    };
    if let Some(f) = dict_ops::get_str(&d, &vm.names.__dir__.clone()) {
        return vm.call(&f, &[], &[]);
    }
    let keys = d.as_dict().map(|d| d.borrow().keys()).unwrap_or_default();
    Ok(vm.new_list(keys))
}

/// PEP 562: a module's own `__getattr__` answers names the module lacks.
pub fn module_getattr_hook(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let Some(d) = o.dict() else { return Ok(None) };
    let Some(hook) = dict_ops::get_str(&d, &vm.names.__getattr__.clone()) else {
        // moduleobject.c's module_getattro: a module still running its body says so.
        let spec = dict_ops::get_str(&d, &vm.names.__spec__.clone()).unwrap_or(Value::None);
        let mname = dict_ops::get_str(&d, &vm.names.__name__.clone()).and_then(|n| Vm::str_of(&n).map(str::to_string));
        if let Some(m) = mname
            && crate::import::spec::is_initializing(vm, &spec)
        {
            let n = vm.intern(name);
            let msg = format!("partially initialized module '{m}' has no attribute '{name}' (most likely due to a circular import)");
            return Err(vm.attribute_error(&Value::Obj(o.clone()), &n, msg));
        }
        return Ok(None);
    };
    let n = vm.new_str(name);
    vm.call(&hook, &[n], &[]).map(Some)
}
