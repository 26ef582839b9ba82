//! `os.walk`: CPython's generator, as a lazy iterator. Directories are read one at a time, when
//! the next triple is asked for, so a top-down caller can prune `dirnames` in place (`dirs[:] = ...`)
//! exactly as with CPython.
//!
//! The iterator is a `callable_iterator` over a native function bound to its state, a list:
//! `[stack, last, topdown, onerror, followlinks, sentinel]`. `stack` holds `(0, path)` for a directory
//! still to read and `(1, triple)` for a bottom-up result to give; `last` is the `(top, dirnames)` of
//! the last top-down triple, whose subdirectories are pushed only when the next one is asked for.

use std::os::unix::ffi::OsStrExt;

use ferrython_vm::object::{Payload, PyObject};
use ferrython_vm::objects::function::{Args, BuiltinFunction, BuiltinKind};
use ferrython_vm::objects::iter::IterState;
use ferrython_vm::{PyResult, Value, Vm};

use super::fspath::{FsPath, fspath, os_error};
use crate::posixpath::pure;
use crate::pyargs::Signature;

/// Index of `last` in the state list.
const LAST: usize = 1;

/// `os.walk(top, topdown=True, onerror=None, followlinks=False)`.
pub fn walk(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [top, topdown, onerror, followlinks] = Signature {
        fname: "walk",
        names: ["top", "topdown", "onerror", "followlinks"],
        positional: 4,
        required: 1,
    }
    .bind(vm, args)?;
    let top = fspath(vm, &top.unwrap_or(Value::None))?.to_value(vm);
    let topdown = match topdown {
        Some(v) => vm.is_true(&v)?,
        None => true,
    };
    let followlinks = match followlinks {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    let sentinel = Value::Obj(PyObject::new(vm.types.object.clone(), Payload::Plain));
    let first = vm.new_tuple(vec![Value::Int(0), top]);
    let stack = vm.new_list(vec![first]);
    let state = vm.new_list(vec![
        stack,
        Value::None,
        Value::Bool(topdown),
        onerror.unwrap_or(Value::None),
        Value::Bool(followlinks),
        sentinel.clone(),
    ]);
    let step = Value::Obj(PyObject::new(
        vm.types.builtin_function.clone(),
        Payload::Builtin(Box::new(BuiltinFunction {
            name: "walk",
            func: walk_step,
            kind: BuiltinKind::Function,
            bound: Some(state),
            owner: None,
        })),
    ));
    let cls = vm.types.callable_iterator.clone();
    Ok(vm.new_iterator(
        &cls,
        IterState::CallIter {
            func: step,
            sentinel,
        },
    ))
}

fn list_items(v: &Value) -> Vec<Value> {
    v.as_obj()
        .and_then(|o| o.as_list())
        .map(|l| l.borrow().clone())
        .unwrap_or_default()
}

fn push(list: &Value, v: Value) {
    if let Some(l) = list.as_obj().and_then(|o| o.as_list()) {
        l.borrow_mut().push(v);
    }
}

fn pop(list: &Value) -> Option<Value> {
    list.as_obj()
        .and_then(|o| o.as_list())
        .and_then(|l| l.borrow_mut().pop())
}

/// One step: the next `(dirpath, dirnames, filenames)`, or the sentinel when done.
fn walk_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(state)) = args.args.first() else {
        return Err(vm.type_error("walk state missing"));
    };
    let st = state
        .as_list()
        .map(|l| l.borrow().clone())
        .unwrap_or_default();
    let [stack, last, topdown, onerror, followlinks, sentinel] = st.as_slice() else {
        return Err(vm.type_error("walk state corrupted"));
    };
    let (topdown, followlinks) = (
        matches!(topdown, Value::Bool(true)),
        matches!(followlinks, Value::Bool(true)),
    );
    // Top-down: descend into the directories the caller left in the last `dirnames`.
    if let Some(t) = last.as_obj().and_then(|o| o.as_tuple()) {
        if let [top, dirs] = t {
            let top = fspath(vm, top)?;
            let names = list_items(dirs);
            for name in names.iter().rev() {
                let name = fspath(vm, name)?;
                let child = top.with_bytes(pure::join(&top.bytes, &[&name.bytes]));
                let is_link = std::fs::symlink_metadata(child.as_path())
                    .is_ok_and(|m| m.file_type().is_symlink());
                if followlinks || !is_link {
                    let entry = vm.new_tuple(vec![Value::Int(0), child.to_value(vm)]);
                    push(stack, entry);
                }
            }
        }
        set_state(state, LAST, Value::None);
    }
    while let Some(item) = pop(stack) {
        let Some([tag, payload]) = item
            .as_obj()
            .and_then(|o| o.as_tuple())
            .and_then(|t| <&[Value; 2]>::try_from(t).ok())
            .cloned()
        else {
            continue;
        };
        if matches!(tag, Value::Int(1)) {
            return Ok(payload);
        }
        let top = fspath(vm, &payload)?;
        let (dirs, nondirs, walk_dirs) = match scan(&top, followlinks) {
            Ok(r) => r,
            Err(e) => {
                if !onerror.is_none() {
                    let err = os_error(vm, &e, &payload);
                    vm.call(onerror, &[Value::Obj(err.exc)], &[])?;
                }
                continue;
            }
        };
        let dirs: Vec<Value> = dirs
            .iter()
            .map(|d| top.with_bytes(d.clone()).to_value(vm))
            .collect();
        let nondirs: Vec<Value> = nondirs
            .iter()
            .map(|d| top.with_bytes(d.clone()).to_value(vm))
            .collect();
        let dirs = vm.new_list(dirs);
        let triple = vm.new_tuple(vec![payload.clone(), dirs.clone(), vm.new_list(nondirs)]);
        if topdown {
            set_state(state, LAST, vm.new_tuple(vec![payload, dirs]));
            return Ok(triple);
        }
        push(stack, vm.new_tuple(vec![Value::Int(1), triple]));
        for d in walk_dirs.iter().rev() {
            let child = top.with_bytes(pure::join(&top.bytes, &[d])).to_value(vm);
            push(stack, vm.new_tuple(vec![Value::Int(0), child]));
        }
    }
    Ok(sentinel.clone())
}

fn set_state(state: &ferrython_vm::PyRef, i: usize, v: Value) {
    if let Some(l) = state.as_list()
        && let Some(slot) = l.borrow_mut().get_mut(i)
    {
        *slot = v;
    }
}

type Names = Vec<Vec<u8>>;

/// Read one directory: (subdirectory names, other names, subdirectories to walk bottom-up).
/// A symlink to a directory counts as a directory (`DirEntry.is_dir()` follows links) but is walked
/// into only with `followlinks`.
fn scan(top: &FsPath, followlinks: bool) -> std::io::Result<(Names, Names, Names)> {
    let (mut dirs, mut nondirs, mut walk_dirs) = (Vec::new(), Vec::new(), Vec::new());
    for entry in std::fs::read_dir(top.as_path())? {
        let Ok(entry) = entry else { break };
        let name = entry.file_name().as_bytes().to_vec();
        let ft = entry.file_type().ok();
        let is_symlink = ft.is_some_and(|t| t.is_symlink());
        let is_dir = match ft {
            Some(t) if t.is_symlink() => std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir()),
            Some(t) => t.is_dir(),
            None => false,
        };
        if is_dir {
            if followlinks || !is_symlink {
                walk_dirs.push(name.clone());
            }
            dirs.push(name);
        } else {
            nondirs.push(name);
        }
    }
    Ok((dirs, nondirs, walk_dirs))
}
