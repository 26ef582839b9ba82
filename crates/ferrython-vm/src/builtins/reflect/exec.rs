//! `exec`, `eval` and `compile` (Python/bltinmodule.c): source or code objects run in a globals dict
//! and a locals mapping, defaulting to the caller's.

use std::rc::Rc;

use ferrython_compiler::Mode;

use crate::PyResult;
use crate::object::{Payload, PyObject};
use crate::objects::code::PyCode;
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;
use crate::vm::eval::FrameExit;
use crate::vm::frame::Frame;

use super::namespace::{caller_globals, caller_locals};

/// What `exec`/`eval` were given to run.
enum Source {
    Text(String),
    Code(Rc<PyCode>),
}

/// The source argument: str, bytes-like (UTF-8) or a code object.
fn source_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Source> {
    let text = match v.payload() {
        Some(Payload::Code(c)) => return Ok(Source::Code(c.clone())),
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => decode_source(vm, b)?,
        Some(Payload::ByteArray(b)) => decode_source(vm, &b.borrow())?,
        _ => return Err(vm.type_error(format!("{what} must be a string, bytes or code object"))),
    };
    if text.contains('\0') {
        return Err(syntax_error(vm, "source code string cannot contain null bytes"));
    }
    Ok(Source::Text(text))
}

/// A `SyntaxError(msg)` built through its class, so `msg` and the other attributes exist.
fn syntax_error(vm: &mut Vm, msg: &str) -> crate::PyErr {
    let cls = vm.exc.syntax_error.clone();
    let m = vm.new_str(msg);
    match vm.call(&Value::Obj(cls.clone()), &[m], &[]) {
        Ok(Value::Obj(e)) if matches!(e.payload, Payload::Exception(_)) => crate::PyErr::new(e),
        _ => vm.new_error(&cls, msg),
    }
}

fn decode_source(vm: &mut Vm, b: &[u8]) -> PyResult<String> {
    match String::from_utf8(b.to_vec()) {
        Ok(s) => Ok(s),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = b.get(pos).copied().unwrap_or(0);
            Err(syntax_error(vm, &format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte")))
        }
    }
}

fn is_exact_dict(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_dict().is_some())
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    is_exact_dict(v) || vm.special(v, &vm.names.__getitem__.clone()).is_some()
}

/// Resolve the `globals`/`locals` arguments as CPython does: both default to the caller's; `locals`
/// defaults to `globals` when only that is given; `__builtins__` is added to a new globals dict.
fn namespaces(vm: &mut Vm, globals: &Value, locals: &Value) -> PyResult<(PyRef, Value)> {
    let (globals, locals) = match (globals, locals) {
        (Value::None, Value::None) => (caller_globals(vm)?, caller_locals(vm)?),
        (Value::None, l) => (caller_globals(vm)?, l.clone()),
        (Value::Obj(g), Value::None) => (g.clone(), globals.clone()),
        (Value::Obj(g), l) => (g.clone(), l.clone()),
        _ => return Err(vm.type_error("globals must be a dict")),
    };
    if dict_ops::get_str(&globals, &vm.names.__builtins__.clone()).is_none() {
        let b = with_frame_builtins(vm);
        dict_ops::set_str_raw(&globals, &vm.names.__builtins__.clone(), Value::Obj(b));
    }
    Ok((globals, locals))
}

/// `PyEval_GetBuiltins()`: the running frame's builtins dict.
fn with_frame_builtins(vm: &Vm) -> PyRef {
    match vm.current_frame() {
        // SAFETY: see `Vm::current_frame`; only read while the caller's frame runs.
        Some(f) => unsafe { &*f }.builtins.clone(),
        None => vm.builtins_dict.clone(),
    }
}

/// The builtins namespace code run in `globals` sees: `globals['__builtins__']` (a module's dict or
/// a dict), as CPython's frame creation takes it.
fn builtins_of(vm: &Vm, globals: &PyRef) -> PyRef {
    match dict_ops::get_str(globals, &vm.names.__builtins__) {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Module) => o.dict().unwrap_or_else(|| vm.builtins_dict.clone()),
        Some(Value::Obj(o)) if o.as_dict().is_some() => o,
        _ => vm.builtins_dict.clone(),
    }
}

/// Run `code` with the given namespaces and return its value.
pub fn run_code(vm: &mut Vm, code: Rc<PyCode>, globals: &PyRef, locals: Value) -> PyResult<Value> {
    let builtins = builtins_of(vm, globals);
    let mut frame = Frame::new(code, globals.clone(), builtins, Some(locals));
    match vm.run_frame(&mut frame, None)? {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(_) => Ok(Value::None),
    }
}

fn reject_free_vars(vm: &Vm, code: &PyCode, msg: &str) -> PyResult<()> {
    if code.code.freevars.is_empty() { Ok(()) } else { Err(vm.type_error(msg.to_string())) }
}

pub fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    for k in args.kwnames {
        let k = Vm::str_of(k).unwrap_or("");
        if k != "closure" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for exec()")));
        }
    }
    let closure = args.kw_values().first().cloned().unwrap_or(Value::None);
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!("exec expected at most 3 arguments, got {}", pos.len())));
    }
    let globals = pos.get(1).cloned().unwrap_or(Value::None);
    let locals = pos.get(2).cloned().unwrap_or(Value::None);
    if !globals.is_none() && !is_exact_dict(&globals) {
        return Err(vm.type_error(format!("exec() globals must be a dict, not {}", vm.type_name(&globals))));
    }
    if !locals.is_none() && !is_mapping(vm, &locals) {
        return Err(vm.type_error(format!("locals must be a mapping or None, not {}", vm.type_name(&locals))));
    }
    let (globals, locals) = namespaces(vm, &globals, &locals)?;
    let code = match source_arg(vm, &pos[0], "exec() arg 1")? {
        Source::Code(c) => {
            if !closure.is_none() {
                return Err(vm.type_error("cannot use a closure with this code object"));
            }
            let n = c.code.freevars.len();
            reject_free_vars(vm, &c, &format!("code object requires a closure of exactly length {n}"))?;
            c
        }
        Source::Text(s) => {
            if !closure.is_none() {
                return Err(vm.type_error("closure can only be used when source is a code object"));
            }
            vm.compile(&s, "<string>", Mode::Exec)?
        }
    };
    run_code(vm, code, &globals, locals)?;
    Ok(Value::None)
}

pub fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "eval")?;
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error("eval expected at least 1 argument, got 0"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!("eval expected at most 3 arguments, got {}", pos.len())));
    }
    let globals = pos.get(1).cloned().unwrap_or(Value::None);
    let locals = pos.get(2).cloned().unwrap_or(Value::None);
    if !globals.is_none() && !is_exact_dict(&globals) {
        return Err(vm.type_error(if is_mapping(vm, &globals) {
            "globals must be a real dict; try eval(expr, {}, mapping)"
        } else {
            "globals must be a dict"
        }));
    }
    if !locals.is_none() && !is_mapping(vm, &locals) {
        return Err(vm.type_error("locals must be a mapping"));
    }
    let (globals, locals) = namespaces(vm, &globals, &locals)?;
    let code = match source_arg(vm, &pos[0], "eval() arg 1")? {
        Source::Code(c) => {
            reject_free_vars(vm, &c, "code object passed to eval() may not contain free variables")?;
            c
        }
        // CPython strips leading spaces and tabs so `eval("  1")` is not an IndentationError.
        Source::Text(s) => vm.compile(s.trim_start_matches([' ', '\t']), "<string>", Mode::Eval)?,
    };
    run_code(vm, code, &globals, locals)
}

pub fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [source, filename, mode, _flags, _dont_inherit, _optimize, _feature] =
        args.bind::<7>(vm, "compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3)?;
    let (source, filename, mode) = (source.unwrap_or(Value::None), filename.unwrap_or(Value::None), mode.unwrap_or(Value::None));
    let filename = match crate::builtins::io::fspath(vm, &filename)? {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.as_str().to_string(),
            Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    let mode = match Vm::str_of(&mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {}", vm.type_name(&mode))));
        }
    };
    let text = match source_arg(vm, &source, "compile() arg 1") {
        Ok(Source::Text(s)) => s,
        Ok(Source::Code(_)) => {
            return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
        }
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
        }
        Err(e) => return Err(e),
    };
    let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
    let code = vm.compile(&text, &filename, mode)?;
    Ok(Value::Obj(PyObject::new(vm.types.code.clone(), Payload::Code(code))))
}
