//! The `sys` module.

use std::io::IsTerminal;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::file::{FileData, FileHandle};
use crate::objects::function::{Args, BuiltinKind};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::dict_ops;

const VERSION_INFO: crate::types::structseq::StructSeqDesc = crate::types::structseq::StructSeqDesc {
    module: "sys",
    name: "version_info",
    visible: &["major", "minor", "micro", "releaselevel", "serial"],
    hidden: &[],
    unnamed: 0,
};

const FLOAT_INFO: crate::types::structseq::StructSeqDesc = crate::types::structseq::StructSeqDesc {
    module: "sys",
    name: "float_info",
    visible: &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    hidden: &[],
    unnamed: 0,
};

const INT_INFO: crate::types::structseq::StructSeqDesc = crate::types::structseq::StructSeqDesc {
    module: "sys",
    name: "int_info",
    visible: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    hidden: &[],
    unnamed: 0,
};

const FLAGS: crate::types::structseq::StructSeqDesc = crate::types::structseq::StructSeqDesc {
    module: "sys",
    name: "flags",
    visible: &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ],
    hidden: &[],
    unnamed: 0,
};

/// The command-line state `sys.flags` reports (CPython's field names; counts for repeatable options).
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    pub inspect: bool,
    pub optimize: u8,
    pub dont_write_bytecode: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub ignore_environment: bool,
    pub verbose: u8,
    pub bytes_warning: u8,
    pub quiet: bool,
    pub isolated: bool,
    pub dev_mode: bool,
    pub safe_path: bool,
}

/// Set `sys.flags` (and `sys.dont_write_bytecode`, which starts from the same option).
pub fn set_flags(vm: &mut Vm, f: Flags) {
    let int = |b: bool| Value::Int(i64::from(b));
    let values = vec![
        Value::Int(0),
        int(f.inspect),
        int(f.inspect),
        Value::Int(f.optimize.into()),
        int(f.dont_write_bytecode),
        int(f.no_user_site),
        int(f.no_site),
        int(f.ignore_environment),
        Value::Int(f.verbose.into()),
        Value::Int(f.bytes_warning.into()),
        int(f.quiet),
        Value::Int(1),
        int(f.isolated),
        Value::Bool(f.dev_mode),
        Value::Int(0),
        Value::Int(0),
        Value::Bool(f.safe_path),
        Value::Int(-1),
    ];
    let flags = struct_seq(vm, &FLAGS, values);
    let sys = vm.sys.dict().expect("sys has a dict");
    for (name, v) in [("flags", flags), ("dont_write_bytecode", Value::Bool(f.dont_write_bytecode))] {
        let k = vm.intern(name);
        dict_ops::set_str_raw(&sys, &k, v);
    }
}

/// Build a struct sequence instance for `sys` (its classes cannot fail to build at start-up).
fn struct_seq(vm: &mut Vm, desc: &crate::types::structseq::StructSeqDesc, values: Vec<Value>) -> Value {
    let cls = crate::types::structseq::new_class(vm, desc).expect("sys struct sequence class");
    crate::types::structseq::new_instance(vm, &cls, values).expect("sys struct sequence")
}

pub fn init(vm: &mut Vm) {
    let dict = vm.new_dict();
    let module = PyObject::with_dict(vm.types.module.clone(), Payload::Module, dict.clone());
    vm.sys = module.clone();
    let modules = vm.new_dict();
    vm.sys_modules = modules.clone();
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        dict_ops::set_str_raw(&dict, &k, v);
    };
    set(vm, "__name__", vm.new_str("sys"));
    set(vm, "modules", Value::Obj(modules.clone()));
    set(vm, "path", vm.new_list(vec![]));
    set(vm, "argv", vm.new_list(vec![vm.new_str("")]));
    set(vm, "meta_path", vm.new_list(vec![]));
    set(vm, "path_hooks", vm.new_list(vec![]));
    set(vm, "path_importer_cache", Value::Obj(vm.new_dict()));
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "byteorder", vm.new_str("little"));
    set(vm, "platform", vm.new_str("linux"));
    set(vm, "version", vm.new_str(format!("3.11.7 (ferrython {}) [rustc]", env!("CARGO_PKG_VERSION"))));
    set(vm, "hexversion", Value::Int(0x030B07F0));
    set(vm, "api_version", Value::Int(1013));
    set(vm, "copyright", vm.new_str("Copyright (c) Ferrython contributors."));
    // The command line sets it for `-B` and PYTHONDONTWRITEBYTECODE.
    set(vm, "dont_write_bytecode", Value::Bool(false));
    set(vm, "pycache_prefix", Value::None);
    set_flags(vm, Flags::default());
    set(vm, "builtin_module_names", vm.new_tuple(vec![vm.new_str("builtins"), vm.new_str("sys")]));
    set(vm, "maxunicode", Value::Int(0x10FFFF));
    set(vm, "float_repr_style", vm.new_str("short"));
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    set(vm, "executable", vm.new_str(exe));
    set(vm, "prefix", vm.new_str("/usr/local"));
    set(vm, "exec_prefix", vm.new_str("/usr/local"));
    let vi = vec![Value::Int(3), Value::Int(11), Value::Int(7), vm.new_str("final"), Value::Int(0)];
    let vi = struct_seq(vm, &VERSION_INFO, vi);
    set(vm, "version_info", vi);
    let fi = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    let fi = struct_seq(vm, &FLOAT_INFO, fi);
    set(vm, "float_info", fi);
    let ii = struct_seq(vm, &INT_INFO, vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)]);
    set(vm, "int_info", ii);
    // sys.implementation: a module object stands in for SimpleNamespace until `types` exists.
    let imp_dict = vm.new_dict();
    let imp = PyObject::with_dict(vm.types.module.clone(), Payload::Module, imp_dict.clone());
    for (k, v) in [
        ("name", vm.new_str("ferrython")),
        ("cache_tag", vm.new_str(crate::import::cache::CACHE_TAG)),
        ("version", vm.new_tuple(vec![Value::Int(0), Value::Int(1), Value::Int(0), vm.new_str("alpha"), Value::Int(0)])),
    ] {
        let k = vm.intern(k);
        dict_ops::set_str_raw(&imp_dict, &k, v);
    }
    set(vm, "implementation", Value::Obj(imp));
    let stdin = crate::types::file::new_file(vm, FileData::new(FileHandle::Stdin, vm.new_str("<stdin>"), "r", false));
    let stdout = crate::types::file::new_file(vm, FileData::new(FileHandle::Stdout, vm.new_str("<stdout>"), "w", false));
    let stderr = crate::types::file::new_file(vm, FileData::new(FileHandle::Stderr, vm.new_str("<stderr>"), "w", false));
    for (n, f) in [("stdin", &stdin), ("stdout", &stdout), ("stderr", &stderr)] {
        set(vm, n, f.clone());
        set(vm, &format!("__{n}__"), f.clone());
    }
    let funcs: [(&'static str, crate::objects::function::NativeFn); 12] = [
        ("_getframe", sys_getframe),
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("displayhook", sys_displayhook),
        ("excepthook", sys_excepthook),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
        ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
        ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
    ];
    for (name, f) in funcs {
        let func = vm.new_native(name, f, BuiltinKind::Function, None);
        set(vm, name, Value::Obj(func.clone()));
        if name == "displayhook" || name == "excepthook" {
            set(vm, &format!("__{name}__"), Value::Obj(func));
        }
    }
    let k = vm.intern("sys");
    dict_ops::set_str_raw(&modules, &k, Value::Obj(module));
    vm.native_modules.insert("gc".into(), crate::modules::gc::init);
    vm.native_modules.insert("_weakref".into(), crate::modules::weakref::init);
    vm.native_modules.insert("atexit".into(), crate::modules::atexit::init);
    let k = vm.intern("builtins");
    dict_ops::set_str_raw(&modules, &k, Value::Obj(vm.builtins.clone()));
    let _ = std::io::stdin().is_terminal();
}

/// `sys._getframe(depth=0, /)`: a snapshot of the running frame `depth` calls up, with
/// `f_code`, `f_lineno`, `f_globals` and an `f_back` chain of snapshots of its callers (frames
/// are not objects here; see `types::frame_object`).
fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "_getframe")?;
    let depth = match args.positional() {
        [] => 0,
        [d] => match d {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
        },
        more => return Err(vm.type_error(format!("_getframe expected at most 1 argument, got {}", more.len()))),
    };
    let frames = vm.frames.clone();
    let top = if depth < 0 { frames.len() } else { frames.len().saturating_sub(depth as usize) };
    if depth >= frames.len() as i64 || top == 0 {
        return Err(vm.new_error(&vm.exc.value_error.clone(), "call stack is not deep enough"));
    }
    let mut back = Value::None;
    for &f in &frames[..top] {
        // SAFETY: the frames on `vm.frames` are alive while they are running (see `current_frame`).
        let f = unsafe { &*f };
        let t = crate::object::TracebackData {
            code: f.code.clone(),
            instr: f.lasti,
            next: std::cell::RefCell::new(None),
            globals: Some(f.globals.clone()),
            lineno: std::cell::Cell::new(f.lineno()),
        };
        let obj = crate::types::frame_object(vm, &t);
        if let Some(d) = obj.as_obj().and_then(|o| o.dict()) {
            let k = vm.intern("f_back");
            dict_ops::set_str_raw(&d, &k, back);
        }
        back = obj;
    }
    Ok(back)
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "exit")?;
    let pos = args.positional().to_vec();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("exit expected at most 1 argument, got {}", pos.len())));
    }
    // CPython's PyErr_SetObject: no argument or None gives SystemExit(), a tuple is unpacked.
    let cls = Value::Obj(vm.exc.system_exit.clone());
    let call_args: Vec<Value> = match pos.first() {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Obj(t)) if t.as_tuple().is_some() && t.class.borrow().as_type().is_some_and(|c| c.builtin) => {
            t.as_tuple().unwrap_or(&[]).to_vec()
        }
        Some(v) => vec![v.clone()],
    };
    let exc = vm.call(&cls, &call_args, &[])?;
    let exc = vm.make_exception(exc)?;
    Err(crate::PyErr::new(exc))
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n] = args.exact::<1>(vm, "setrecursionlimit")?;
    let n = match n {
        Value::Int(i) => *i,
        Value::Float(_) => return Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        other => vm.index_value(other)?,
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.recursion_depth {
        return Err(vm.new_error(
            &vm.exc.recursion_error,
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.recursion_depth),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let cls = Value::Obj(vm.class_of(&e));
    let tb = match e.payload() {
        Some(Payload::Exception(d)) => d.traceback.borrow().clone().map_or(Value::None, Value::Obj),
        _ => Value::None,
    };
    Ok(vm.new_tuple(vec![cls, e, tb]))
}

fn sys_exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.exc_info.clone())
}

fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "displayhook")?;
    if v.is_none() {
        return Ok(Value::None);
    }
    let k = vm.intern("_");
    let b = vm.builtins_dict.clone();
    dict_ops::set_str_raw(&b, &k, Value::None);
    let r = vm.repr_string(v)?;
    let out = vm.sys_attr("stdout").unwrap_or(Value::None);
    crate::types::file::write_str(vm, &out, &format!("{r}\n"))?;
    dict_ops::set_str_raw(&b, &k, v.clone());
    Ok(Value::None)
}

fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [_, v, _] = args.exact::<3>(vm, "excepthook")?;
    if let Value::Obj(e) = v {
        let text = vm.format_exception(e);
        let err = vm.sys_attr("stderr").unwrap_or(Value::None);
        crate::types::file::write_str(vm, &err, &text)?;
    }
    Ok(Value::None)
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [s] = args.exact::<1>(vm, "intern")?;
    match Vm::str_of(s) {
        Some(t) => Ok(Value::Obj(vm.intern(t))),
        None => Err(vm.type_error(format!("intern() argument must be str, not {}", vm.type_name(s)))),
    }
}

fn sys_getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.positional().first().cloned().unwrap_or(Value::None);
    let n = match v.payload() {
        Some(Payload::Str(s)) => 49 + s.as_str().len() as i64,
        Some(Payload::List(l)) => 56 + 8 * l.borrow().len() as i64,
        Some(Payload::Tuple(t)) => 40 + 8 * t.len() as i64,
        _ => 28,
    };
    let _ = vm;
    Ok(Value::Int(n))
}

/// `sys.set_asyncgen_hooks(firstiter=<unchanged>, finalizer=<unchanged>)`.
fn sys_set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [firstiter, finalizer] = args.bind(vm, "set_asyncgen_hooks", ["firstiter", "finalizer"], 0)?;
    for (name, v) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = v
            && !v.is_none()
            && !vm.is_callable(v)
        {
            return Err(vm.type_error(format!("callable {name} expected, got {}", vm.type_name(v))));
        }
    }
    if let Some(f) = firstiter {
        vm.asyncgen_hooks.0 = f;
    }
    if let Some(f) = finalizer {
        vm.asyncgen_hooks.1 = f;
    }
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
fn sys_get_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "get_asyncgen_hooks")?;
    let cls = match vm.asyncgen_hooks_type.clone() {
        Some(c) => c,
        None => {
            let desc = crate::types::structseq::StructSeqDesc {
                module: "builtins",
                name: "asyncgen_hooks",
                visible: &["firstiter", "finalizer"],
                hidden: &[],
                unnamed: 0,
            };
            let c = crate::types::structseq::new_class(vm, &desc)?;
            vm.asyncgen_hooks_type = Some(c.clone());
            c
        }
    };
    let (a, b) = vm.asyncgen_hooks.clone();
    crate::types::structseq::new_instance(vm, &cls, vec![a, b])
}
