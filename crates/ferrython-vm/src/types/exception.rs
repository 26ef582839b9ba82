//! `BaseException` and the built-in exception classes' constructors, `str`/`repr` and attributes.

mod docs;

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::attr::is_subtype;
use crate::vm::dict_ops;

pub fn init(vm: &mut Vm) {
    let b = vm.exc.base_exception.clone();
    vm.add_native(&b, "__new__", exc_new, BuiltinKind::StaticMethod);
    vm.add_method(&b, "__init__", exc_init);
    vm.add_method(&b, "__str__", exc_str);
    vm.add_method(&b, "__repr__", exc_repr);
    vm.add_method(&b, "with_traceback", exc_with_traceback);
    vm.add_method(&b, "add_note", exc_add_note);
    let k = vm.exc.key_error.clone();
    vm.add_method(&k, "__str__", key_error_str);
    let o = vm.exc.os_error.clone();
    vm.add_method(&o, "__init__", os_error_init);
    vm.add_method(&o, "__str__", os_error_str);
    let s = vm.exc.syntax_error.clone();
    vm.add_method(&s, "__str__", syntax_error_str);
    for (name, cls) in vm.exc.all() {
        if let Some((_, doc)) = docs::EXCEPTION_DOCS.iter().find(|(n, _)| *n == name) {
            let doc = vm.new_str(*doc);
            vm.set_type_attr(&cls, "__doc__", doc);
        }
    }
    let u = vm.exc.unicode_decode_error.clone();
    vm.add_method(&u, "__init__", unicode_error_init);
    let u = vm.exc.unicode_encode_error.clone();
    vm.add_method(&u, "__init__", unicode_error_init);
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("BaseException.__new__(): not enough arguments")) };
    let mut cls = cls.clone();
    let pos = args.positional()[1..].to_vec();
    // OSError(errno, ...) picks the subclass for that errno, as CPython does.
    if std::rc::Rc::ptr_eq(&cls, &vm.exc.os_error)
        && pos.len() >= 2
        && let Value::Int(errno) = pos[0]
        && let Some(sub) = os_error_subclass(vm, errno)
    {
        cls = sub;
    }
    let obj = vm.new_exception_obj(&cls, pos);
    if !cls.as_type().is_some_and(|t| t.builtin) {
        // User subclasses may still want a fresh dict; new_exception_obj already made one.
    }
    Ok(Value::Obj(obj))
}

pub fn os_error_subclass(vm: &Vm, errno: i64) -> Option<PyRef> {
    let e = &vm.exc;
    Some(match errno {
        1 | 13 => e.permission_error.clone(),
        2 => e.file_not_found_error.clone(),
        3 => e.process_lookup_error.clone(),
        4 => e.interrupted_error.clone(),
        10 => e.child_process_error.clone(),
        11 | 114 | 115 => e.blocking_io_error.clone(),
        17 => e.file_exists_error.clone(),
        20 => e.not_a_directory_error.clone(),
        21 => e.is_a_directory_error.clone(),
        32 => e.broken_pipe_error.clone(),
        103 => e.connection_aborted_error.clone(),
        104 => e.connection_reset_error.clone(),
        110 => e.timeout_error.clone(),
        111 => e.connection_refused_error.clone(),
        _ => return None,
    })
}

fn set_attr(vm: &Vm, o: &PyRef, name: &PyRef, v: Value) {
    if let Some(d) = o.dict() {
        dict_ops::set_str_raw(&d, name, v);
    }
    let _ = vm;
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else { return Ok(Value::None) };
    let Payload::Exception(data) = &this.payload else { return Ok(Value::None) };
    let pos = args.positional()[1..].to_vec();
    let cls = this.class();
    let n = &vm.names;
    let (name_k, obj_k, value_k, code_k, path_k, msg_k) =
        (n.name.clone(), n.obj.clone(), n.value.clone(), n.code.clone(), n.path.clone(), n.msg.clone());
    if !args.kwnames.is_empty() {
        let allowed = is_subtype(&cls, &vm.exc.import_error) || is_subtype(&cls, &vm.exc.name_error) || is_subtype(&cls, &vm.exc.attribute_error);
        if !allowed {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", cls.as_type().map(|t| t.name()).unwrap_or_default())));
        }
        for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
            if let Value::Obj(k) = k {
                set_attr(vm, this, k, v.clone());
            }
        }
    }
    *data.args.borrow_mut() = vm.new_tuple(pos.clone()).as_obj().cloned().expect("tuple");
    let first = pos.first().cloned().unwrap_or(Value::None);
    if is_subtype(&cls, &vm.exc.stop_iteration) {
        set_attr(vm, this, &value_k, first);
    } else if is_subtype(&cls, &vm.exc.system_exit) {
        let code = match pos.len() {
            0 => Value::None,
            1 => first,
            _ => vm.new_tuple(pos.clone()),
        };
        set_attr(vm, this, &code_k, code);
    } else if is_subtype(&cls, &vm.exc.name_error) || is_subtype(&cls, &vm.exc.attribute_error) {
        let d = this.dict();
        if d.as_ref().and_then(|d| dict_ops::get_str(d, &name_k)).is_none() {
            set_attr(vm, this, &name_k, Value::None);
        }
        if is_subtype(&cls, &vm.exc.attribute_error) && d.as_ref().and_then(|d| dict_ops::get_str(d, &obj_k)).is_none() {
            set_attr(vm, this, &obj_k, Value::None);
        }
    } else if is_subtype(&cls, &vm.exc.import_error) {
        let d = this.dict();
        for k in [&name_k, &path_k] {
            if d.as_ref().and_then(|d| dict_ops::get_str(d, k)).is_none() {
                set_attr(vm, this, k, Value::None);
            }
        }
        set_attr(vm, this, &msg_k, if pos.len() == 1 { first } else { Value::None });
    } else if is_subtype(&cls, &vm.exc.syntax_error) {
        set_attr(vm, this, &msg_k, first);
        let keys = [
            n_clone(vm, "filename"),
            n_clone(vm, "lineno"),
            n_clone(vm, "offset"),
            n_clone(vm, "text"),
            n_clone(vm, "end_lineno"),
            n_clone(vm, "end_offset"),
        ];
        let details: Vec<Value> = pos.get(1).and_then(|d| d.as_obj().and_then(|o| o.as_tuple()).map(|t| t.to_vec())).unwrap_or_default();
        for (i, k) in keys.iter().enumerate() {
            set_attr(vm, this, k, details.get(i).cloned().unwrap_or(Value::None));
        }
        let pfl = vm.names.print_file_and_line.clone();
        set_attr(vm, this, &pfl, Value::None);
    }
    Ok(Value::None)
}

fn n_clone(vm: &mut Vm, s: &str) -> PyRef {
    vm.intern(s)
}

fn os_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exc_init(vm, args)?;
    let Some(Value::Obj(this)) = args.args.first() else { return Ok(Value::None) };
    let pos = args.positional()[1..].to_vec();
    let (errno_k, strerror_k, filename_k, filename2_k) =
        (vm.names.errno.clone(), vm.names.strerror.clone(), vm.names.filename.clone(), vm.names.filename2.clone());
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&pos.len()) {
        (pos[0].clone(), pos[1].clone(), pos.get(2).cloned().unwrap_or(Value::None), pos.get(4).cloned().unwrap_or(Value::None))
    } else {
        (Value::None, Value::None, Value::None, Value::None)
    };
    set_attr(vm, this, &errno_k, errno);
    set_attr(vm, this, &strerror_k, strerror);
    set_attr(vm, this, &filename_k, filename.clone());
    set_attr(vm, this, &filename2_k, filename2);
    // With a filename, args is just (errno, strerror), as in CPython.
    if pos.len() >= 3
        && let Payload::Exception(d) = &this.payload
    {
        *d.args.borrow_mut() = vm.new_tuple(pos[..2].to_vec()).as_obj().cloned().expect("tuple");
    }
    Ok(Value::None)
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else { return Ok(vm.new_str("")) };
    let get = |_vm: &Vm, k: &PyRef| this.dict().and_then(|d| dict_ops::get_str(&d, k)).unwrap_or(Value::None);
    let errno = get(vm, &vm.names.errno.clone());
    let strerror = get(vm, &vm.names.strerror.clone());
    let filename = get(vm, &vm.names.filename.clone());
    let filename2 = get(vm, &vm.names.filename2.clone());
    if !filename.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        let f = vm.repr_string(&filename)?;
        if !filename2.is_none() {
            let f2 = vm.repr_string(&filename2)?;
            return Ok(vm.new_str(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(vm.new_str(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        return Ok(vm.new_str(format!("[Errno {e}] {s}")));
    }
    exc_str(vm, args)
}

fn exc_args(this: &PyRef) -> Vec<Value> {
    match &this.payload {
        Payload::Exception(d) => d.args.borrow().as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else { return Ok(vm.new_str("")) };
    let a = exc_args(this);
    match a.len() {
        0 => Ok(vm.new_str("")),
        1 => Ok(Value::Obj(vm.to_str(&a[0])?)),
        _ => {
            let t = vm.new_tuple(a);
            Ok(Value::Obj(vm.repr(&t)?))
        }
    }
}

/// `SyntaxError_str`: `msg (file.py, line 3)` with the file's base name; just `msg` without a
/// filename (a `str`) or an exact-`int` line number.
fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else { return Ok(vm.new_str("")) };
    let get = |k: &PyRef| this.dict().and_then(|d| dict_ops::get_str(&d, k)).unwrap_or(Value::None);
    let msg = get(&vm.intern("msg"));
    let msg = vm.str_string(&msg)?;
    let filename = get(&vm.names.filename.clone());
    let filename = Vm::str_of(&filename).map(|f| f.rsplit('/').next().unwrap_or_default().to_string());
    let lineno = match get(&vm.names.lineno.clone()) {
        Value::Int(i) => Some(i.to_string()),
        _ => None,
    };
    let text = match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    };
    Ok(vm.new_str(text))
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else { return Ok(vm.new_str("")) };
    let a = exc_args(this);
    if a.len() == 1 {
        return Ok(Value::Obj(vm.repr(&a[0])?));
    }
    exc_str(vm, args)
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(this)) = args.args.first() else { return Ok(vm.new_str("")) };
    let name = this.class().as_type().map(|t| t.name()).unwrap_or_default();
    let a = exc_args(this);
    let s = if a.len() == 1 {
        format!("{name}({})", vm.repr_string(&a[0])?)
    } else {
        let t = vm.new_tuple(a);
        format!("{name}{}", vm.repr_string(&t)?)
    };
    Ok(vm.new_str(s))
}

fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Obj(this), tb] = args.args else { return Err(vm.type_error("with_traceback() takes exactly one argument")) };
    if let Payload::Exception(d) = &this.payload {
        *d.traceback.borrow_mut() = tb.as_obj().cloned();
    }
    Ok(Value::Obj(this.clone()))
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [Value::Obj(this), note] = args.args else { return Err(vm.type_error("add_note() takes exactly one argument")) };
    if Vm::str_of(note).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let key = vm.intern("__notes__");
    let d = this.dict().expect("exceptions have a dict");
    let notes = match dict_ops::get_str(&d, &key) {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            dict_ops::set_str_raw(&d, &key, l.clone());
            l
        }
    };
    if let Some(l) = notes.as_obj().and_then(|o| o.as_list()) {
        l.borrow_mut().push(note.clone());
    }
    Ok(Value::None)
}

pub fn exception_attr(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<Value>> {
    let Payload::Exception(d) = &o.payload else { return Ok(None) };
    Ok(match name {
        "args" => Some(Value::Obj(d.args.borrow().clone())),
        "__traceback__" => Some(d.traceback.borrow().clone().map_or(Value::None, Value::Obj)),
        "__cause__" => Some(d.cause.borrow().clone()),
        "__context__" => Some(d.context.borrow().clone()),
        "__suppress_context__" => Some(Value::Bool(d.suppress_context.get())),
        _ => {
            let _ = vm;
            None
        }
    })
}

/// Assignment to the native exception attributes; `false` when `name` is not one of them.
pub fn set_exception_attr(vm: &mut Vm, o: &PyRef, name: &str, value: &Value) -> PyResult<bool> {
    let Payload::Exception(d) = &o.payload else { return Ok(false) };
    match name {
        "args" => {
            let t = vm.collect_iterable(value)?;
            *d.args.borrow_mut() = vm.new_tuple(t).as_obj().cloned().expect("tuple");
        }
        "__traceback__" => {
            if !value.is_none() && !matches!(value.payload(), Some(Payload::Traceback(_))) {
                return Err(vm.type_error("__traceback__ must be a traceback or None"));
            }
            *d.traceback.borrow_mut() = value.as_obj().cloned();
        }
        "__cause__" => {
            if !value.is_none() && !matches!(value.payload(), Some(Payload::Exception(_))) {
                return Err(vm.type_error("exception cause must be None or derive from BaseException"));
            }
            *d.cause.borrow_mut() = value.clone();
            d.suppress_context.set(true);
        }
        "__context__" => {
            if !value.is_none() && !matches!(value.payload(), Some(Payload::Exception(_))) {
                return Err(vm.type_error("exception context must be None or derive from BaseException"));
            }
            *d.context.borrow_mut() = value.clone();
        }
        "__suppress_context__" => {
            let b = vm.is_true(value)?;
            d.suppress_context.set(b);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` and the encode variant: the five
/// attributes their `__str__` reads (CPython checks the types).
fn unicode_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exc_init(vm, args)?;
    let Some(Value::Obj(this)) = args.args.first() else { return Ok(Value::None) };
    let pos = args.positional()[1..].to_vec();
    if pos.len() != 5 {
        return Err(vm.type_error(format!("function takes exactly 5 arguments ({} given)", pos.len())));
    }
    for (i, key) in ["encoding", "object", "start", "end", "reason"].iter().enumerate() {
        let k = vm.intern(key);
        set_attr(vm, this, &k, pos[i].clone());
    }
    Ok(Value::None)
}
