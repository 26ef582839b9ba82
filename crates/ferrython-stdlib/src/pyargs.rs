//! Argument binding for native functions that CPython writes in Python (`posixpath.join`,
//! `os.makedirs`, `os.walk`, ...): their argument errors use the wording of Python functions
//! (`join() missing 1 required positional argument: 'a'`), not Argument Clinic's.
//! Also small helpers shared by the module files: building a module and defining its functions.

use ferrython_vm::object::{Payload, PyObject};
use ferrython_vm::objects::function::{Args, BuiltinFunction, BuiltinKind, NativeFn};
use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyRef, PyResult, Value, Vm};

/// A signature `def fname(p0, p1=..., *, k0=...)`: `names[..positional]` may be passed by position,
/// the rest only by keyword; the first `required` names have no default.
pub struct Signature<const N: usize> {
    pub fname: &'static str,
    pub names: [&'static str; N],
    pub positional: usize,
    pub required: usize,
}

impl<const N: usize> Signature<N> {
    /// Bind `args` like CPython binds a call to a Python function (`ceval.c`'s messages).
    pub fn bind(&self, vm: &Vm, args: Args) -> PyResult<[Option<Value>; N]> {
        let fname = self.fname;
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let pos = args.positional();
        if pos.len() > self.positional {
            let takes = if self.required.min(self.positional) == self.positional {
                format!(
                    "{} positional argument{}",
                    self.positional,
                    plural(self.positional)
                )
            } else {
                format!(
                    "from {} to {} positional arguments",
                    self.required.min(self.positional),
                    self.positional
                )
            };
            let was = if pos.len() == 1 { "was" } else { "were" };
            return Err(vm.type_error(format!(
                "{fname}() takes {takes} but {} {was} given",
                pos.len()
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
            let k = Vm::str_of(k).unwrap_or("");
            match self.names.iter().position(|n| *n == k) {
                Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
                Some(_) => {
                    return Err(
                        vm.type_error(format!("{fname}() got multiple values for argument '{k}'"))
                    );
                }
                None => {
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{k}'"
                    )));
                }
            }
        }
        let missing: Vec<&str> = (0..self.required.min(N))
            .filter(|&i| out[i].is_none())
            .map(|i| self.names[i])
            .collect();
        if !missing.is_empty() {
            let kind = if self.required > self.positional
                && missing
                    .iter()
                    .all(|m| self.names[self.positional..].contains(m))
            {
                "keyword-only"
            } else {
                "positional"
            };
            return Err(vm.type_error(format!(
                "{fname}() missing {} required {kind} argument{}: {}",
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        Ok(out)
    }
}

/// A signature parsed the way Argument Clinic's `_PyArg_UnpackKeywords` does (the C functions of
/// `posix`): `names[..positional]` may be positional, the first `required` must be given. Messages
/// are CPython's: "mkdir() missing required argument 'path' (pos 1)", "stat() takes exactly 1
/// positional argument (2 given)", "'x' is an invalid keyword argument for listdir()".
pub struct Clinic<const N: usize> {
    pub fname: &'static str,
    pub names: [&'static str; N],
    pub positional: usize,
    pub required: usize,
}

impl<const N: usize> Clinic<N> {
    pub fn bind(&self, vm: &Vm, args: Args) -> PyResult<[Option<Value>; N]> {
        let fname = self.fname;
        let pos = args.positional();
        let (nargs, nkw) = (pos.len(), args.kwnames.len());
        if nargs + nkw > N {
            let kw = if nargs == 0 { "keyword " } else { "" };
            return Err(vm.type_error(format!(
                "{fname}() takes at most {N} {kw}argument{} ({} given)",
                plural(N),
                nargs + nkw
            )));
        }
        if nargs > self.positional {
            if self.positional == 0 {
                return Err(vm.type_error(format!("{fname}() takes no positional arguments")));
            }
            let how = if self.required < self.positional {
                "at most"
            } else {
                "exactly"
            };
            return Err(vm.type_error(format!(
                "{fname}() takes {how} {} positional argument{} ({nargs} given)",
                self.positional,
                plural(self.positional)
            )));
        }
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let kw_value = |name: &str| {
            args.kwnames
                .iter()
                .position(|k| Vm::str_of(k) == Some(name))
                .map(|i| args.kw_values()[i].clone())
        };
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = if i < nargs {
                Some(pos[i].clone())
            } else {
                kw_value(self.names[i])
            };
            if slot.is_none() && i < self.required {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    self.names[i],
                    i + 1
                )));
            }
        }
        for k in args.kwnames {
            let k = Vm::str_of(k).unwrap_or("");
            match self.names.iter().position(|n| *n == k) {
                Some(i) if i < nargs => {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                Some(_) => {}
                None => {
                    return Err(vm.type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )));
                }
            }
        }
        Ok(out)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's `format_missing`.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Reject every argument, with CPython's METH_NOARGS message (`time.time() takes no arguments (1 given)`).
pub fn no_args(vm: &Vm, args: Args, qualname: &str) -> PyResult<()> {
    args.no_kwargs(vm, qualname)?;
    match args.positional().len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("{qualname}() takes no arguments ({n} given)"))),
    }
}

/// Exactly one positional argument, with CPython's METH_O message (`time.sleep() takes exactly one
/// argument (0 given)`).
pub fn one_arg<'a>(vm: &Vm, args: Args<'a>, qualname: &str) -> PyResult<&'a Value> {
    args.no_kwargs(vm, qualname)?;
    match args.positional() {
        [v] => Ok(v),
        p => Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

/// Set `name` in a module's namespace.
pub fn set_attr(vm: &mut Vm, module: &PyRef, name: &str, value: Value) {
    let k = vm.intern(name);
    if let Some(d) = module.dict() {
        dict_ops::set_str_raw(&d, &k, value);
    }
}

/// Get `name` from a module's (or class's) namespace.
pub fn get_attr(vm: &mut Vm, module: &PyRef, name: &str) -> Option<Value> {
    let k = vm.intern(name);
    module.dict().and_then(|d| dict_ops::get_str(&d, &k))
}

/// Define module functions that need no module state.
pub fn add_functions(vm: &mut Vm, module: &PyRef, funcs: &[(&'static str, NativeFn)]) {
    for (name, f) in funcs {
        let func = vm.new_native(name, *f, BuiltinKind::Function, None);
        set_attr(vm, module, name, Value::Obj(func));
    }
}

/// Define module functions bound to the module (`f.__self__` is the module, as in CPython), so a
/// function that needs module state (the `stat_result` class, ...) receives the module as its first
/// positional argument; see [`split_module`].
pub fn add_module_functions(vm: &mut Vm, module: &PyRef, funcs: &[(&'static str, NativeFn)]) {
    for (name, f) in funcs {
        let func = PyObject::new(
            vm.types.builtin_function.clone(),
            Payload::Builtin(Box::new(BuiltinFunction {
                name,
                func: *f,
                kind: BuiltinKind::Function,
                bound: Some(Value::Obj(module.clone())),
                owner: None,
            })),
        );
        set_attr(vm, module, name, Value::Obj(func));
    }
}

/// Split the bound module off the arguments of a function defined by [`add_module_functions`].
pub fn split_module(args: Args) -> (Option<PyRef>, Args) {
    match args.args.split_first() {
        Some((first, rest)) if rest.len() >= args.kwnames.len() => (
            first.as_obj().cloned(),
            Args {
                args: rest,
                kwnames: args.kwnames,
            },
        ),
        _ => (None, args),
    }
}

/// A class from a module's namespace (`os.stat_result`), for functions that build its instances.
pub fn module_class(vm: &mut Vm, module: Option<&PyRef>, name: &str) -> PyResult<PyRef> {
    let found = module.and_then(|m| get_attr(vm, m, name));
    match found {
        Some(Value::Obj(c)) if c.as_type().is_some() => Ok(c),
        _ => Err(vm.new_error(
            &vm.exc.system_error.clone(),
            format!("module state lost: {name} is not a class"),
        )),
    }
}

/// `v` as an `int` argument (`__index__`), with CPython's message for other types.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => match &o.payload {
            Payload::Int(b) => num_traits::ToPrimitive::to_i64(b)
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long")),
            _ => Err(vm.overflow_error("Python int too large to convert to C long")),
        },
        other => vm.index_value(other),
    }
}
