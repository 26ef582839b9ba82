//! Builtins for input and output: `open`, `input`, and the `exit`/`quit` objects `site` installs.

use crate::PyResult;
use crate::builtins::add_function;
use crate::objects::function::{Args, BuiltinKind};
use crate::types::file::open::{self, OpenArgs};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::dict_ops;

pub use crate::types::file::open::fspath;

pub fn init(vm: &mut Vm) {
    add_function(vm, "open", builtin_open);
    add_function(vm, "input", builtin_input);
    init_quitters(vm);
}

fn builtin_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
        args.bind::<8>(vm, "open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1)?;
    if opener.as_ref().is_some_and(|o| !o.is_none()) {
        return Err(vm.new_error(&vm.exc.not_implemented_error, "open(): the opener argument is not supported"));
    }
    let a = OpenArgs {
        file: file.unwrap_or(Value::None),
        mode: mode.unwrap_or_else(|| vm.new_str("r")),
        buffering: buffering.unwrap_or(Value::Int(-1)),
        encoding: encoding.unwrap_or(Value::None),
        errors: errors.unwrap_or(Value::None),
        newline: newline.unwrap_or(Value::None),
        closefd: closefd.unwrap_or(Value::Bool(true)),
    };
    open::open(vm, a)
}

/// `input(prompt)`: CPython's non-interactive path: flush stderr, write the prompt to `sys.stdout`
/// and flush it, then `sys.stdin.readline()` without its newline.
fn builtin_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "input")?;
    let prompt = match args.positional() {
        [] => None,
        [p] => Some(p.clone()),
        p => {
            return Err(vm.type_error(format!("input expected at most 1 argument, got {}", p.len())));
        }
    };
    let stdin = vm.sys_attr("stdin").filter(|v| !v.is_none());
    let stdout = vm.sys_attr("stdout").filter(|v| !v.is_none());
    let (Some(stdin), Some(stdout)) = (stdin, stdout) else {
        let which = if vm.sys_attr("stdin").is_none_or(|v| v.is_none()) { "stdin" } else { "stdout" };
        return Err(vm.runtime_error(format!("input(): lost sys.{which}")));
    };
    vm.flush_std("stderr");
    if let Some(p) = prompt {
        let text = vm.str_string(&p)?;
        crate::types::file::write_str(vm, &stdout, &text)?;
    }
    let flush = vm.names.flush.clone();
    let f = vm.getattr(&stdout, &flush)?;
    vm.call(&f, &[], &[])?;
    let line = crate::types::file::readline_value(vm, &stdin)?;
    let Some(s) = Vm::str_of(&line) else {
        return Err(vm.type_error("object.readline() returned non-string".to_string()));
    };
    if s.is_empty() {
        return Err(vm.new_error(&vm.exc.eof_error, "EOF when reading a line"));
    }
    Ok(vm.new_str(s.strip_suffix('\n').unwrap_or(s)))
}

/// `exit` and `quit`: instances of `_sitebuiltins.Quitter`, whose call closes `sys.stdin` and raises
/// `SystemExit(code)`.
fn init_quitters(vm: &mut Vm) {
    let ns = vm.new_dict();
    let module = vm.new_str("_sitebuiltins");
    dict_ops::set_str_raw(&ns, &vm.names.__module__.clone(), module);
    let qual = vm.new_str("Quitter");
    dict_ops::set_str_raw(&ns, &vm.names.__qualname__.clone(), qual);
    for (name, f) in [("__repr__", quitter_repr as crate::objects::function::NativeFn), ("__call__", quitter_call)] {
        let func = vm.new_native(name, f, BuiltinKind::Method, None);
        let k = vm.intern(name);
        dict_ops::set_str_raw(&ns, &k, Value::Obj(func));
    }
    let meta = vm.types.type_.clone();
    let Ok(cls) = crate::types::type_::create_class(vm, &meta, "Quitter", vec![], &ns) else {
        return;
    };
    for name in ["exit", "quit"] {
        let obj = crate::types::object::new_instance(vm, &cls);
        if let Some(d) = obj.dict() {
            let k = vm.intern("name");
            dict_ops::set_str_raw(&d, &k, vm.new_str(name));
            let k = vm.intern("eof");
            dict_ops::set_str_raw(&d, &k, vm.new_str("Ctrl-D (i.e. EOF)"));
        }
        let k = vm.intern(name);
        let b = vm.builtins_dict.clone();
        dict_ops::set_str_raw(&b, &k, Value::Obj(obj));
    }
}

fn quitter_field(vm: &mut Vm, this: &Value, field: &str) -> String {
    let k = vm.intern(field);
    let v = this.as_obj().and_then(|o| o.dict()).and_then(|d| dict_ops::get_str(&d, &k));
    v.as_ref().and_then(Vm::str_of).unwrap_or("").to_string()
}

fn quitter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let (name, eof) = (quitter_field(vm, &this, "name"), quitter_field(vm, &this, "eof"));
    Ok(vm.new_str(format!("Use {name}() or {eof} to exit")))
}

fn quitter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args { args: args.args.get(1..).unwrap_or(&[]), kwnames: args.kwnames };
    let [code] = rest.bind::<1>(vm, "__call__", ["code"], 0)?;
    // Shells like IDLE replace sys.stdin; closing it is what CPython does, and errors are ignored.
    if let Some(stdin) = vm.sys_attr("stdin")
        && let Ok(close) = vm.getattr(&stdin, &vm.names.close.clone())
    {
        let _ = vm.call(&close, &[], &[]);
    }
    let cls = Value::Obj(vm.exc.system_exit.clone());
    let exc = vm.call(&cls, &[code.unwrap_or(Value::None)], &[])?;
    let exc = vm.make_exception(exc)?;
    Err(crate::PyErr::new(exc))
}
