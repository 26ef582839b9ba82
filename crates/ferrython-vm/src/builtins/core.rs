//! Core builtins: `print`, `len`, `repr`, `id`, `hash`, `iter`, `next`, `__build_class__`,
//! `__import__`.

use crate::PyResult;
use crate::builtins::add_function;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    add_function(vm, "print", builtin_print);
    add_function(vm, "len", builtin_len);
    add_function(vm, "repr", builtin_repr);
    add_function(vm, "id", builtin_id);
    add_function(vm, "hash", builtin_hash);
    add_function(vm, "iter", builtin_iter);
    add_function(vm, "next", builtin_next);
    add_function(vm, "__build_class__", crate::types::type_::build_class);
    add_function(vm, "__import__", crate::import::builtin_import);
}

fn builtin_print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        match Vm::str_of(k).unwrap_or("") {
            "sep" => sep = Some(v.clone()),
            "end" => end = Some(v.clone()),
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            other => return Err(vm.type_error(format!("print() got an unexpected keyword argument '{other}'"))),
        }
    }
    let text_arg = |vm: &Vm, v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match Vm::str_of(&v) {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error(format!("{what} must be None or a string, not {}", vm.type_name(&v)))),
            },
        }
    };
    let sep = text_arg(vm, sep, "sep", " ")?;
    let end = text_arg(vm, end, "end", "\n")?;
    let file = if file.is_none() { vm.sys_attr("stdout").unwrap_or(Value::None) } else { file };
    if file.is_none() {
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.positional().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        let s = vm.to_str(a)?;
        out.push_str(s.as_str().map(|s| s.as_str()).unwrap_or(""));
    }
    out.push_str(&end);
    crate::types::file::write_str(vm, &file, &out)?;
    if flush {
        let name = vm.names.flush.clone();
        let f = vm.getattr(&file, &name)?;
        vm.call(&f, &[], &[])?;
    }
    Ok(Value::None)
}

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "len")?;
    Ok(Value::Int(vm.len(v)? as i64))
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "repr")?;
    Ok(Value::Obj(vm.repr(v)?))
}

fn builtin_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "id")?;
    Ok(Value::Int(v.id()))
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "hash")?;
    Ok(Value::Int(vm.hash(v)?))
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "iter")?;
    match args.positional() {
        [v] => vm.get_iter(v),
        [f, sentinel] => {
            if !vm.is_callable(f) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            let cls = vm.types.callable_iterator.clone();
            Ok(vm.new_iterator(&cls, crate::objects::iter::IterState::CallIter { func: f.clone(), sentinel: sentinel.clone() }))
        }
        p => Err(vm.type_error(format!("iter expected at most 2 arguments, got {}", p.len()))),
    }
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "next")?;
    let (it, default) = match args.positional() {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        p => return Err(vm.type_error(format!("next expected at most 2 arguments, got {}", p.len()))),
    };
    let native = matches!(it.payload(), Some(Payload::Iterator(_)))
        || crate::types::coroutine::gen_kind(it) == Some(crate::objects::generator::GenKind::Generator);
    let is_iter = native || vm.special(it, &vm.names.__next__.clone()).is_some();
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // A user __next__ raising StopIteration with a value must propagate that exception unchanged.
    if !native {
        let m = vm.special(it, &vm.names.__next__.clone()).expect("checked");
        return match vm.call(&m, std::slice::from_ref(it), &[]) {
            Err(e) if default.is_some() && vm.err_matches(&e, &vm.exc.stop_iteration.clone()) => Ok(default.cloned().unwrap_or(Value::None)),
            r => r,
        };
    }
    if native && let Some(Payload::Generator(_)) = it.payload() {
        let g = it.as_obj().cloned().expect("generator");
        return match crate::types::generator::resume(vm, &g, Value::None, None)? {
            crate::types::generator::SendResult::Yield(v) => Ok(v),
            crate::types::generator::SendResult::Return(v) => match default {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(v)),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_)) => true,
            _ => self.special(v, &self.names.__call__).is_some(),
        }
    }
}
