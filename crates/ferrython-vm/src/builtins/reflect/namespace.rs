//! `globals`, `locals`, `vars`, `dir`: views of the running frame's namespaces and of objects'
//! attribute names.

use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;
use crate::vm::frame::Frame;

/// Run `f` on the innermost running Python frame (the caller of a builtin).
fn with_caller<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm, &Frame) -> PyResult<T>) -> PyResult<T> {
    let Some(ptr) = vm.current_frame() else {
        return Err(vm.new_error(&vm.exc.system_error, "no current frame"));
    };
    // SAFETY: `current_frame` points at the frame that called this builtin; it stays alive and is not
    // moved until the call returns, and we only read it.
    let frame = unsafe { &*ptr };
    f(vm, frame)
}

/// The caller's globals dict.
pub fn caller_globals(vm: &mut Vm) -> PyResult<PyRef> {
    with_caller(vm, |_, frame| Ok(frame.globals.clone()))
}

/// The caller's locals: its namespace in module and class bodies, else a snapshot dict of the fast
/// locals and cells, as `PyFrame_FastToLocals` builds it.
pub fn caller_locals(vm: &mut Vm) -> PyResult<Value> {
    with_caller(vm, |vm, frame| Ok(frame_locals(vm, frame)))
}

pub fn frame_locals(vm: &mut Vm, frame: &Frame) -> Value {
    if let Some(ns) = &frame.locals {
        return ns.clone();
    }
    let d = vm.new_dict();
    let co = &frame.code.code;
    let cell_value = |cell: &PyRef| match &cell.payload {
        Payload::Cell(c) => c.borrow().clone(),
        _ => None,
    };
    for (i, name) in frame.code.varnames.iter().enumerate() {
        // A parameter captured by an inner function lives in its cell once the frame starts.
        let in_cell = co.cell2arg.iter().position(|a| *a == Some(i as u32));
        let v = match in_cell {
            Some(c) => frame.cells.get(c).and_then(cell_value),
            None => frame.fast.get(i).cloned().flatten(),
        };
        if let Some(v) = v {
            dict_ops::set_str_raw(&d, name, v);
        }
    }
    for (i, cell) in frame.cells.iter().enumerate() {
        if co.cell2arg.get(i).copied().flatten().is_some() {
            continue;
        }
        if let Some(v) = cell_value(cell) {
            let name = vm.intern(co.cell_name(i));
            dict_ops::set_str_raw(&d, &name, v);
        }
    }
    Value::Obj(d)
}

pub fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "globals")?;
    args.bind::<0>(vm, "globals", [], 0)?;
    Ok(Value::Obj(caller_globals(vm)?))
}

pub fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "locals")?;
    args.bind::<0>(vm, "locals", [], 0)?;
    caller_locals(vm)
}

pub fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "vars")?;
    match args.positional() {
        [] => caller_locals(vm),
        [obj] => match vm.getattr(obj, &vm.names.__dict__.clone()) {
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error.clone()) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            r => r,
        },
        p => Err(vm.type_error(format!("vars expected at most 1 argument, got {}", p.len()))),
    }
}

pub fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "dir")?;
    let names = match args.positional() {
        [] => {
            let ns = caller_locals(vm)?;

            match &ns {
                Value::Obj(d) if d.as_dict().is_some() => d.as_dict().map(|d| d.borrow().keys()).unwrap_or_default(),
                other => {
                    let keys = vm.call_method(other, "keys", &[])?;
                    vm.collect_iterable(&keys)?
                }
            }
        }
        [obj] => {
            let Some(dir) = vm.special(obj, &vm.names.__dir__.clone()) else {
                return Err(vm.type_error("object does not provide __dir__"));
            };
            let r = vm.call(&dir, std::slice::from_ref(obj), &[])?;
            vm.collect_iterable(&r)?
        }
        p => return Err(vm.type_error(format!("dir expected at most 1 argument, got {}", p.len()))),
    };
    let mut names = names;
    sort_values(vm, &mut names)?;
    Ok(vm.new_list(names))
}

/// Sort values with `<` (stable, like `list.sort()`), natively when they are all exact strs.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>) -> PyResult<()> {
    let all_str = items.iter().all(|v| matches!(v, Value::Obj(o) if o.as_str().is_some() && o.class.borrow().as_type().is_some_and(|t| t.builtin)));
    if all_str {
        items.sort_by(|a, b| Vm::str_of(a).unwrap_or("").cmp(Vm::str_of(b).unwrap_or("")));
        return Ok(());
    }
    // Merge sort calling `__lt__`: errors propagate, and an inconsistent `__lt__` cannot break it.
    let mut src = std::mem::take(items);
    let mut width = 1;
    while width < src.len() {
        let mut out = Vec::with_capacity(src.len());
        let mut start = 0;
        while start < src.len() {
            let mid = (start + width).min(src.len());
            let end = (start + 2 * width).min(src.len());
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if vm.lt_bool(&src[j], &src[i])? {
                    out.push(src[j].clone());
                    j += 1;
                } else {
                    out.push(src[i].clone());
                    i += 1;
                }
            }
            out.extend_from_slice(&src[i..mid]);
            out.extend_from_slice(&src[j..end]);
            start = end;
        }
        src = out;
        width *= 2;
    }
    *items = src;
    Ok(())
}
