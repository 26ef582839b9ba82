//! The interpreter loop.
//!
//! `run_frame` executes a frame until it returns or yields. Instructions run in `execute`, which uses `?`
//! freely; an error leaves `execute`, and `run_frame` records the traceback entry, finds the innermost
//! exception block and re-enters `execute` at its handler (or gives the error to the caller).

use std::rc::Rc;

use ferrython_compiler::bytecode::Instruction;

use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;
use crate::vm::frame::{Block, Frame};
use crate::{PyErr, PyResult};

/// How a frame stopped.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

/// How a frame stopped, the value (returned or yielded) being left on top of its stack. Passing
/// the value up through the layers of `Result`s would copy it through memory at each one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExitKind {
    Return,
    Yield,
}

/// Why `execute` stopped.
enum Stop {
    /// An exception raised by an instruction: add a traceback entry for this frame.
    Raise(PyErr),
    /// A re-raised exception: the traceback stays as it is.
    Reraise(PyErr),
}

impl From<PyErr> for Stop {
    #[inline]
    fn from(e: PyErr) -> Stop {
        Stop::Raise(e)
    }
}

type ExecResult<T> = Result<T, Stop>;

impl Vm {
    /// Run `frame` until it returns or yields. `pending` is an exception to raise at the current
    /// instruction first (`generator.throw()`).
    pub fn run_frame(&mut self, frame: &mut Frame, pending: Option<PyErr>) -> PyResult<FrameExit> {
        let kind = self.run_frame_kind(frame, pending)?;
        let v = frame.pop();
        Ok(match kind {
            ExitKind::Return => FrameExit::Return(v),
            ExitKind::Yield => FrameExit::Yield(v),
        })
    }

    /// `run_frame`, leaving the returned or yielded value on top of the frame's stack.
    #[inline]
    pub(crate) fn run_frame_kind(&mut self, frame: &mut Frame, pending: Option<PyErr>) -> PyResult<ExitKind> {
        self.enter_recursion("")?;
        self.frames.push(frame as *const Frame);
        let result = self.run_frame_inner(frame, pending);
        self.frames.pop();
        self.recursion_depth -= 1;
        result
    }

    fn run_frame_inner(&mut self, frame: &mut Frame, mut pending: Option<PyErr>) -> PyResult<ExitKind> {
        loop {
            let stop = match pending.take() {
                Some(err) => Stop::Raise(err),
                None => match self.execute(frame) {
                    Ok(exit) => return Ok(exit),
                    Err(stop) => stop,
                },
            };
            let err = match stop {
                Stop::Raise(err) => {
                    // Objects the failing instruction freed are finalized inside it, as in CPython
                    // (a warning about them names this line, not the handler's).
                    if crate::gc::ATTENTION.with(|a| a.get()) {
                        self.run_finalizers();
                    }
                    self.add_traceback(&err, frame);
                    err
                }
                Stop::Reraise(err) => err,
            };
            match frame.blocks.pop() {
                Some(Block { handler, level }) => {
                    frame.stack.truncate(level as usize);
                    frame.stack.push(Value::Obj(err.exc));
                    frame.ip = handler as usize;
                }
                None => return Err(err),
            }
        }
    }

    /// Record that `err` passed through `frame` at its current instruction, and chain the handled
    /// exception as its implicit `__context__` (CPython does this when the exception is raised).
    fn add_traceback(&mut self, err: &PyErr, frame: &Frame) {
        let Payload::Exception(data) = &err.exc.payload else { return };
        let next = data.traceback.borrow().clone();
        if next.is_none() {
            self.set_implicit_context(&err.exc);
        }
        if frame.code.hidden_from_tracebacks.get() {
            return;
        }
        let tb = PyObject::new(
            self.types.traceback.clone(),
            Payload::Traceback(Box::new(crate::object::TracebackData {
                code: frame.code.clone(),
                instr: frame.lasti,
                next: std::cell::RefCell::new(next),
                globals: Some(frame.globals.clone()),
                lineno: std::cell::Cell::new(frame.lineno()),
            })),
        );
        *data.traceback.borrow_mut() = Some(tb);
    }

    /// Set `exc.__context__` to the exception being handled, unless that would make a cycle.
    pub fn set_implicit_context(&mut self, exc: &PyRef) {
        let Value::Obj(handled) = self.exc_info.clone() else { return };
        if Rc::ptr_eq(&handled, exc) {
            return;
        }
        let Payload::Exception(data) = &exc.payload else { return };
        if !data.context.borrow().is_none() {
            return;
        }
        // Break a cycle the new context would create (CPython's _PyErr_SetObject does the same walk).
        let mut o = handled.clone();
        while let Payload::Exception(d) = &o.payload {
            let ctx = d.context.borrow().clone();
            match ctx {
                Value::Obj(c) if Rc::ptr_eq(&c, exc) => {
                    *d.context.borrow_mut() = Value::None;
                    break;
                }
                Value::Obj(c) => o = c,
                _ => break,
            }
        }
        *data.context.borrow_mut() = Value::Obj(handled);
    }

    fn execute(&mut self, frame: &mut Frame) -> ExecResult<ExitKind> {
        let code = frame.code.clone();
        let instructions = &code.code.instructions[..];
        loop {
            let ip = frame.ip;
            let Some(&instr) = instructions.get(ip) else {
                frame.push(Value::None);
                return Ok(ExitKind::Return);
            };
            frame.ip = ip + 1;
            if crate::gc::ATTENTION.with(|a| a.get()) || crate::signals::pending() {
                // Signals are raised where CPython's eval breaker raises them: on a backward jump
                // (a loop's back edge) and when a frame starts (its RESUME: instruction 0 reached
                // with no instruction run before, not a loop that jumps back to instruction 0).
                let checkpoint = (ip == 0 && frame.lasti == 0)
                    || matches!(instr, Instruction::Jump(t) | Instruction::PopJumpIfFalse(t) | Instruction::PopJumpIfTrue(t) if t as usize <= ip);
                // A finalizer that warns reports the instruction that freed its object, the one
                // that ran last (CPython runs finalizers inside that instruction).
                let freed_at = frame.lasti;
                frame.lasti = ip;
                if checkpoint {
                    self.check_signals()?;
                }
                frame.lasti = freed_at;
                self.attend(false)?;
            }
            frame.lasti = ip;
            match instr {
                Instruction::Nop => {}
                Instruction::PopTop => {
                    frame.stack.pop();
                }
                Instruction::Copy(i) => {
                    let v = frame.peek(i as usize).clone();
                    frame.push(v);
                }
                Instruction::Swap(i) => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - i as usize);
                }
                Instruction::LoadConst(i) => frame.push(code.consts[i as usize].clone()),
                Instruction::LoadFast(i) => match &frame.fast[i as usize] {
                    Some(v) => {
                        let v = v.clone();
                        frame.push(v)
                    }
                    None => return Err(self.unbound_local(&code, i).into()),
                },
                Instruction::StoreFast(i) => {
                    let v = frame.pop();
                    frame.fast[i as usize] = Some(v);
                }
                Instruction::DeleteFast(i) => {
                    if frame.fast[i as usize].take().is_none() {
                        return Err(self.unbound_local(&code, i).into());
                    }
                }
                Instruction::LoadDeref(i) => {
                    let v = self.load_cell(frame, i as usize)?;
                    frame.push(v);
                }
                Instruction::StoreDeref(i) => {
                    let v = frame.pop();
                    if let Payload::Cell(c) = &frame.cells[i as usize].payload {
                        let old = c.replace(Some(v));
                        drop(old);
                    }
                }
                Instruction::DeleteDeref(i) => {
                    let cell = frame.cells[i as usize].clone();
                    if let Payload::Cell(c) = &cell.payload
                        && c.borrow_mut().take().is_none()
                    {
                        return Err(self.unbound_cell(&code, i as usize).into());
                    }
                }
                Instruction::LoadClosure(i) => frame.push(Value::Obj(frame.cells[i as usize].clone())),
                Instruction::LoadClassDeref(i) => {
                    let name = self.intern(code.code.cell_name(i as usize));
                    let from_ns = match &frame.locals {
                        Some(ns) => self.mapping_get(ns, &Value::Obj(name))?,
                        None => None,
                    };
                    let v = match from_ns {
                        Some(v) => v,
                        None => self.load_cell(frame, i as usize)?,
                    };
                    frame.push(v);
                }
                Instruction::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let v = self.load_name(frame, name)?;
                    frame.push(v);
                }
                Instruction::StoreName(i) => {
                    let v = frame.pop();
                    let name = code.names[i as usize].clone();
                    self.store_name(frame, name, v)?;
                }
                Instruction::DeleteName(i) => {
                    let name = code.names[i as usize].clone();
                    self.delete_name(frame, name)?;
                }
                Instruction::LoadGlobal(i) => {
                    let v = match code.cached_global(i as usize, &frame.globals, &frame.builtins) {
                        Some(v) => v,
                        None => {
                            let name = &code.names[i as usize];
                            let v = match dict_ops::get_str(&frame.globals, name) {
                                Some(v) => v,
                                None => match self.load_builtin(frame, name)? {
                                    Some(v) => v,
                                    None => return Err(self.name_error(name).into()),
                                },
                            };
                            code.cache_global(i as usize, &frame.globals, &frame.builtins, &v);
                            v
                        }
                    };
                    frame.push(v);
                }
                Instruction::StoreGlobal(i) => {
                    let v = frame.pop();
                    dict_ops::set_str_raw(&frame.globals, &code.names[i as usize], v);
                }
                Instruction::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    if dict_ops::del_str(&frame.globals, name).is_none() {
                        return Err(self.name_error(name).into());
                    }
                }
                Instruction::LoadAttr(i) => {
                    let obj = frame.pop();
                    let v = self.load_attr_cached(&code, ip, &obj, &code.names[i as usize])?;
                    frame.push(v);
                }
                Instruction::StoreAttr(i) => {
                    let obj = frame.pop();
                    let v = frame.pop();
                    self.store_attr_cached(&code, ip, &obj, &code.names[i as usize], v)?;
                }
                Instruction::DeleteAttr(i) => {
                    let obj = frame.pop();
                    self.delattr(&obj, &code.names[i as usize])?;
                }
                Instruction::LoadMethod(i) => {
                    let obj = frame.pop();
                    match self.load_method_cached(&code, ip, &obj, &code.names[i as usize])? {
                        Some(meth) => {
                            frame.push(meth);
                            frame.push(obj);
                        }
                        None => {
                            let attr = self.getattr(&obj, &code.names[i as usize])?;
                            frame.push(attr);
                            frame.push(Value::Null);
                        }
                    }
                }
                Instruction::CallMethod(argc) => {
                    let argc = argc as usize;
                    let len = frame.stack.len();
                    let (callable, args) = if let Value::Null = frame.stack[len - argc - 1] {
                        (&frame.stack[len - argc - 2], &frame.stack[len - argc..])
                    } else {
                        (&frame.stack[len - argc - 2], &frame.stack[len - argc - 1..])
                    };
                    if let Some(callee) = self.simple_callee(callable, args) {
                        frame.stack.truncate(len - argc - 2);
                        self.run_callee(frame, callee)?;
                        continue;
                    }
                    let result = if let Value::Null = frame.stack[len - argc - 1] {
                        let callable = frame.stack[len - argc - 2].clone();
                        self.call_from_bytecode(&callable, &frame.stack[len - argc..], &[])
                    } else {
                        let callable = frame.stack[len - argc - 2].clone();
                        self.call_from_bytecode(&callable, &frame.stack[len - argc - 1..], &[])
                    };
                    frame.stack.truncate(len - argc - 2);
                    frame.push(result?);
                }
                Instruction::BinarySubscr => {
                    let key = frame.pop();
                    let container = frame.pop();
                    let v = self.getitem(&container, &key)?;
                    frame.push(v);
                }
                Instruction::StoreSubscr => {
                    let key = frame.pop();
                    let container = frame.pop();
                    let v = frame.pop();
                    self.setitem(&container, key, v)?;
                }
                Instruction::DeleteSubscr => {
                    let key = frame.pop();
                    let container = frame.pop();
                    self.delitem(&container, &key)?;
                }
                Instruction::BuildSlice(n) => {
                    let step = if n == 3 { frame.pop() } else { Value::None };
                    let stop = frame.pop();
                    let start = frame.pop();
                    frame.push(Value::Obj(PyObject::new(self.types.slice.clone(), Payload::Slice(Box::new([start, stop, step])))));
                }
                Instruction::UnaryOp(op) => {
                    let a = frame.pop();
                    let v = self.unary_op(op, &a)?;
                    frame.push(v);
                }
                Instruction::BinaryOp(op) => {
                    let (a, b) = frame.top2();
                    if let Some(r) = crate::vm::ops::fast_binop(op.base(), a, b) {
                        frame.discard_top2();
                        match r {
                            crate::vm::ops::FastResult::Int(i) => frame.push_int(i),
                            crate::vm::ops::FastResult::Float(f) => frame.push_float(f),
                        }
                    } else {
                        let b = frame.pop();
                        let a = frame.pop();
                        let v = self.binary_op(op, &a, &b)?;
                        frame.push(v);
                    }
                }
                Instruction::CompareOp(op) => {
                    let (a, b) = frame.top2();
                    if let Some(r) = crate::vm::compare::fast_compare(op, a, b) {
                        frame.discard_top2();
                        frame.push_bool(r);
                    } else {
                        let b = frame.pop();
                        let a = frame.pop();
                        let v = self.compare(op, &a, &b)?;
                        frame.push(v);
                    }
                }
                Instruction::IsOp(invert) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push_bool(a.is(&b) != invert);
                }
                Instruction::ContainsOp(invert) => {
                    let container = frame.pop();
                    let item = frame.pop();
                    let r = self.contains(&container, &item)?;
                    frame.push_bool(r != invert);
                }
                Instruction::BuildTuple(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    frame.push(self.new_tuple(items));
                }
                Instruction::BuildList(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    frame.push(self.new_list(items));
                }
                Instruction::BuildSet(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let set = self.new_set(Default::default());
                    let Value::Obj(s) = &set else { unreachable!() };
                    for item in items {
                        dict_ops::set_add(self, s, item)?;
                    }
                    frame.push(set);
                }
                Instruction::BuildMap(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                    let d = self.new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        dict_ops::set_item(self, &d, k, v)?;
                    }
                    frame.push(Value::Obj(d));
                }
                Instruction::BuildString(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let mut s = String::new();
                    for item in &items {
                        if let Some(t) = Vm::str_of(item) {
                            s.push_str(t);
                        }
                    }
                    frame.push(self.new_str(s));
                }
                Instruction::ListToTuple => {
                    let l = frame.pop();
                    let items = match &l {
                        Value::Obj(o) => o.as_list().map(|l| l.borrow().clone()).unwrap_or_default(),
                        _ => Vec::new(),
                    };
                    frame.push(self.new_tuple(items));
                }
                Instruction::ListAppend(i) => {
                    let v = frame.pop();
                    if let Some(l) = frame.peek(i as usize).as_obj().and_then(|o| o.as_list()) {
                        l.borrow_mut().push(v);
                    }
                }
                Instruction::SetAdd(i) => {
                    let v = frame.pop();
                    let set = frame.peek(i as usize).as_obj().cloned();
                    if let Some(s) = set {
                        dict_ops::set_add(self, &s, v)?;
                    }
                }
                Instruction::MapAdd(i) => {
                    let v = frame.pop();
                    let k = frame.pop();
                    let d = frame.peek(i as usize).as_obj().cloned();
                    if let Some(d) = d {
                        dict_ops::set_item(self, &d, k, v)?;
                    }
                }
                Instruction::ListExtend(i) => {
                    let it = frame.pop();
                    let target = frame.peek(i as usize).clone();
                    self.list_extend_for_unpack(&target, &it)?;
                }
                Instruction::SetUpdate(i) => {
                    let it = frame.pop();
                    let target = frame.peek(i as usize).as_obj().cloned();
                    if let Some(s) = target {
                        crate::types::set::update_from(self, &s, &it)?;
                    }
                }
                Instruction::DictUpdate(i) => {
                    let m = frame.pop();
                    let target = frame.peek(i as usize).as_obj().cloned();
                    if let Some(d) = target {
                        self.dict_update_for_unpack(&d, &m, None)?;
                    }
                }
                Instruction::DictMerge(i) => {
                    let m = frame.pop();
                    let target = frame.peek(i as usize).as_obj().cloned();
                    let callable = frame.peek(i as usize + 2).clone();
                    if let Some(d) = target {
                        self.dict_update_for_unpack(&d, &m, Some(&callable))?;
                    }
                }
                Instruction::UnpackSequence(n) => {
                    let seq = frame.pop();
                    // Exact tuples and lists of the right length go straight onto the stack.
                    let done = match &seq {
                        Value::Obj(o) => match &o.payload {
                            Payload::Tuple(t) if t.len() == n as usize => {
                                frame.stack.extend(t.iter().rev().cloned());
                                true
                            }
                            Payload::List(l) if l.borrow().len() == n as usize => {
                                frame.stack.extend(l.borrow().iter().rev().cloned());
                                true
                            }
                            _ => false,
                        },
                        _ => false,
                    };
                    if !done {
                        let items = self.unpack_exact(&seq, n as usize)?;
                        frame.stack.extend(items.into_iter().rev());
                    }
                }
                Instruction::UnpackEx(arg) => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let seq = frame.pop();
                    let mut items = self.collect_iterable(&seq)?;
                    if items.len() < before + after {
                        return Err(self
                            .value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len()))
                            .into());
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        frame.push(v);
                    }
                    frame.push(self.new_list(middle));
                    for v in items.into_iter().rev() {
                        frame.push(v);
                    }
                }
                Instruction::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(frame.pop()) } else { None };
                    let v = frame.pop();
                    let s = self.format_value(&v, flags & 3, spec.as_ref())?;
                    frame.push(s);
                }
                Instruction::Jump(t) => frame.ip = t as usize,
                Instruction::PopJumpIfFalse(t) => {
                    let truth = match frame.pop() {
                        Value::Bool(b) => b,
                        v => self.is_true(&v)?,
                    };
                    if !truth {
                        frame.ip = t as usize;
                    }
                }
                Instruction::PopJumpIfTrue(t) => {
                    let truth = match frame.pop() {
                        Value::Bool(b) => b,
                        v => self.is_true(&v)?,
                    };
                    if truth {
                        frame.ip = t as usize;
                    }
                }
                Instruction::JumpIfFalseOrPop(t) => {
                    if !self.is_true(frame.top())? {
                        frame.ip = t as usize;
                    } else {
                        frame.pop();
                    }
                }
                Instruction::JumpIfTrueOrPop(t) => {
                    if self.is_true(frame.top())? {
                        frame.ip = t as usize;
                    } else {
                        frame.pop();
                    }
                }
                Instruction::PopJumpIfNone(t) => {
                    if frame.pop().is_none() {
                        frame.ip = t as usize;
                    }
                }
                Instruction::PopJumpIfNotNone(t) => {
                    if !frame.pop().is_none() {
                        frame.ip = t as usize;
                    }
                }
                Instruction::GetIter => {
                    let v = frame.pop();
                    let it = self.get_iter(&v)?;
                    frame.push(it);
                }
                Instruction::ForIter(t) => {
                    let it = frame.top().clone();
                    match self.next(&it)? {
                        Some(v) => frame.push(v),
                        None => {
                            frame.pop();
                            frame.ip = t as usize;
                        }
                    }
                }
                Instruction::MakeFunction(flags) => {
                    let f = self.make_function(frame, flags)?;
                    frame.push(f);
                }
                Instruction::Call(argc) => {
                    let argc = argc as usize;
                    let len = frame.stack.len();
                    if let Some(callee) = self.simple_callee(&frame.stack[len - argc - 1], &frame.stack[len - argc..]) {
                        frame.stack.truncate(len - argc - 1);
                        self.run_callee(frame, callee)?;
                        continue;
                    }
                    let callable = frame.stack[len - argc - 1].clone();
                    let result = self.call_from_bytecode(&callable, &frame.stack[len - argc..], &[]);
                    frame.stack.truncate(len - argc - 1);
                    frame.push(result?);
                }
                Instruction::CallKw(argc) => {
                    let argc = argc as usize;
                    let kwnames = frame.pop();
                    let len = frame.stack.len();
                    let callable = frame.stack[len - argc - 1].clone();
                    let names: &[Value] = kwnames.as_obj().and_then(|o| o.as_tuple()).unwrap_or(&[]);
                    let result = self.call_from_bytecode(&callable, &frame.stack[len - argc..], names);
                    frame.stack.truncate(len - argc - 1);
                    frame.push(result?);
                }
                Instruction::CallEx(has_kwargs) => {
                    let kwargs = if has_kwargs & 1 != 0 { Some(frame.pop()) } else { None };
                    let args = frame.pop();
                    let callable = frame.pop();
                    let v = self.call_ex(&callable, &args, kwargs.as_ref())?;
                    frame.push(v);
                }
                Instruction::ReturnValue => return Ok(ExitKind::Return),
                Instruction::LoadBuildClass => {
                    let v = match self.load_builtin(frame, &self.names.__build_class__.clone())? {
                        Some(v) => v,
                        None => return Err(self.new_error(&self.exc.name_error, "__build_class__ not found").into()),
                    };
                    frame.push(v);
                }
                Instruction::LoadAssertionError => frame.push(Value::Obj(self.exc.assertion_error.clone())),
                Instruction::SetupAnnotations => {
                    let key = Value::Obj(self.names.__annotations__.clone());
                    if let Some(ns) = frame.locals.clone()
                        && self.mapping_get(&ns, &key)?.is_none()
                    {
                        let d = Value::Obj(self.new_dict());
                        self.setitem(&ns, key, d)?;
                    }
                }
                Instruction::PrintExpr => {
                    let v = frame.pop();
                    self.display_hook(&v)?;
                }
                Instruction::ImportName(i) => {
                    let fromlist = frame.pop();
                    let level = frame.pop();
                    let name = code.names[i as usize].clone();
                    let m = self.import_name_instr(frame, &name, fromlist, level)?;
                    frame.push(m);
                }
                Instruction::ImportFrom(i) => {
                    let module = frame.top().clone();
                    let v = self.import_from(&module, &code.names[i as usize])?;
                    frame.push(v);
                }
                Instruction::ImportStar => {
                    let module = frame.pop();
                    self.import_star(frame, &module)?;
                }
                Instruction::SetupFinally(t) => {
                    frame.blocks.push(Block { handler: t, level: frame.stack.len() as u32 });
                }
                Instruction::SetupWith(t) => {
                    let mgr = frame.pop();
                    let (exit, entered) = self.enter_context(&mgr)?;
                    frame.push(exit);
                    frame.blocks.push(Block { handler: t, level: frame.stack.len() as u32 });
                    frame.push(entered);
                }
                Instruction::PopBlock => {
                    frame.blocks.pop();
                }
                Instruction::PushExcInfo => {
                    let exc = frame.pop();
                    let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                    frame.push(prev);
                    frame.push(exc);
                }
                Instruction::PopExcept => {
                    let prev = frame.pop();
                    self.exc_info = prev;
                }
                Instruction::CheckExcMatch => {
                    // `[.., exc, type] -> [.., exc, match]`, as CPython's CHECK_EXC_MATCH.
                    let ty = frame.pop();
                    let exc = frame.top().clone();
                    let m = self.exception_matches(&exc, &ty)?;
                    frame.push(Value::Bool(m));
                }
                Instruction::Reraise => {
                    let exc = frame.pop();
                    return Err(Stop::Reraise(self.value_to_err(exc)?));
                }
                Instruction::Raise(n) => {
                    return Err(self.do_raise(frame, n)?);
                }
                Instruction::WithExceptStart => {
                    let exc = frame.peek(1).clone();
                    let exit = frame.peek(3).clone();
                    let ty = Value::Obj(self.class_of(&exc));
                    let tb = match &exc {
                        Value::Obj(o) => match &o.payload {
                            Payload::Exception(d) => d.traceback.borrow().clone().map_or(Value::None, Value::Obj),
                            _ => Value::None,
                        },
                        _ => Value::None,
                    };
                    let r = self.call(&exit, &[ty, exc, tb], &[])?;
                    frame.push(r);
                }
                Instruction::YieldValue => return Ok(ExitKind::Yield),
                Instruction::GetYieldFromIter => {
                    let v = frame.pop();
                    let it = match crate::types::coroutine::gen_kind(&v) {
                        Some(crate::objects::generator::GenKind::Generator) => v,
                        Some(crate::objects::generator::GenKind::Coroutine) => {
                            use ferrython_compiler::bytecode::code_flags;
                            if !code.code.has_flag(code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) {
                                return Err(self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator").into());
                            }
                            v
                        }
                        _ => self.get_iter(&v)?,
                    };
                    frame.push(it);
                }
                Instruction::YieldFrom => {
                    let v = frame.pop();
                    let sub = frame.top().clone();
                    match self.send_to(&sub, v)? {
                        crate::types::generator::SendResult::Yield(y) => {
                            frame.ip = ip;
                            frame.push(y);
                            return Ok(ExitKind::Yield);
                        }
                        crate::types::generator::SendResult::Return(r) => {
                            frame.pop();
                            frame.push(r);
                        }
                    }
                }
                Instruction::GetLen => {
                    let v = frame.top().clone();
                    let n = self.len(&v)?;
                    frame.push(Value::Int(n as i64));
                }
                Instruction::GetAwaitable(site) => {
                    let v = frame.pop();
                    let it = crate::types::coroutine::get_awaitable(self, &v, site)?;
                    frame.push(it);
                }
                Instruction::GetAIter => {
                    let v = frame.pop();
                    let it = self.get_aiter(&v)?;
                    frame.push(it);
                }
                Instruction::GetANext => {
                    let aiter = frame.top().clone();
                    let awaitable = self.get_anext(&aiter)?;
                    frame.push(awaitable);
                }
                Instruction::EndAsyncFor => {
                    let exc = frame.pop();
                    if !self.is_stop_async_iteration(&exc) {
                        return Err(Stop::Reraise(self.value_to_err(exc)?));
                    }
                    frame.pop();
                }
                Instruction::BeforeAsyncWith => {
                    let mgr = frame.pop();
                    let (exit, entered) = self.enter_async_context(&mgr)?;
                    frame.push(exit);
                    frame.push(entered);
                }
                Instruction::MatchMapping => {
                    let subject = frame.top().clone();
                    let m = self.match_is_mapping(&subject)?;
                    frame.push(Value::Bool(m));
                }
                Instruction::MatchSequence => {
                    let subject = frame.top().clone();
                    let m = self.match_is_sequence(&subject)?;
                    frame.push(Value::Bool(m));
                }
                Instruction::MatchKeys => {
                    let keys = frame.top().clone();
                    let subject = frame.peek(2).clone();
                    let values = self.match_keys(&subject, &keys)?;
                    frame.push(values);
                }
                Instruction::MatchClass(nargs) => {
                    let names = frame.pop();
                    let cls = frame.pop();
                    let subject = frame.pop();
                    let attrs = self.match_class(&subject, &cls, nargs as usize, &names)?;
                    frame.push(attrs);
                }
            }
        }
    }

    /// A call made by a `Call*` instruction. Calling a built-in function from Python code costs one
    /// level of the recursion limit, as CPython's vectorcall of a C function does ("while calling a
    /// Python object"), so a recursion that passes through builtins trips where CPython's does.
    #[inline]
    fn call_from_bytecode(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        if let Some(Payload::Builtin(_)) = callable.payload() {
            self.enter_recursion(" while calling a Python object")?;
            let r = self.call(callable, args, kwnames);
            self.recursion_depth -= 1;
            return r;
        }
        self.call(callable, args, kwnames)
    }

    /// Run what the memory manager asked for (due finalizers and a cycle collection), and at a
    /// `signal_checkpoint` raise `KeyboardInterrupt` for a pending Ctrl-C.
    pub fn attend(&mut self, signal_checkpoint: bool) -> PyResult<()> {
        if signal_checkpoint {
            self.check_signals()?;
        }
        crate::gc::ATTENTION.with(|a| a.set(false));
        if crate::gc::collection_due() {
            crate::modules::gc::collect_garbage(self, 2);
        }
        self.run_finalizers();
        Ok(())
    }

    /// Run the queued finalizers (`__del__`, or closing a suspended generator) and weak reference
    /// callbacks, in order, including those queued meanwhile. Errors are reported as CPython's
    /// "Exception ignored in: ..." and otherwise swallowed.
    pub fn run_finalizers(&mut self) {
        // Not from inside a finalizer or callback: the loop running it takes what that one queues,
        // in order (a callback queued before a finalizer runs before it, as CPython calls them).
        let Some(_running) = crate::gc::FinalizersRunning::enter() else { return };
        while let Some(pending) = crate::gc::next_pending() {
            let (what, r) = match pending {
                crate::gc::Pending::Finalize(obj) => {
                    let v = Value::Obj(obj.clone());
                    if let Payload::Generator(g) = &obj.payload {
                        use crate::objects::generator::GenKind;
                        let (kind, started, finalizer) = {
                            let g = g.borrow();
                            (g.kind, g.started, if g.closed { Value::None } else { g.finalizer.clone() })
                        };
                        if kind == GenKind::Coroutine && !started {
                            self.warn_unawaited_coroutine(&obj);
                            continue;
                        }
                        if kind == GenKind::AsyncGenerator && !finalizer.is_none() {
                            (finalizer.clone(), self.call(&finalizer, std::slice::from_ref(&v), &[]).map(|_| ()))
                        } else {
                            (v.clone(), crate::types::generator::close_generator(self, &obj))
                        }
                    } else {
                        match self.special(&v, &self.names.__del__.clone()) {
                            Some(del) => (del.clone(), self.call(&del, std::slice::from_ref(&v), &[]).map(|_| ())),
                            None => continue,
                        }
                    }
                }
                crate::gc::Pending::WeakrefCallback(wr, callback) => {
                    let r = self.call(&callback, &[Value::Obj(wr)], &[]).map(|_| ());
                    (callback, r)
                }
            };
            if let Err(e) = r {
                self.report_unraisable("Exception ignored in", &what, &e);
            }
        }
    }

    /// CPython's `PyErr_WriteUnraisable` report.
    pub fn report_unraisable(&mut self, msg: &str, obj: &Value, err: &PyErr) {
        // An exception raised by native code has no traceback: CPython's `PyErr_WriteUnraisable`
        // gives it the running frame's entry (the line that freed the object being finalized).
        let no_traceback = matches!(&err.exc.payload, Payload::Exception(d) if d.traceback.borrow().is_none());
        if no_traceback && let Some(f) = self.current_frame() {
            // SAFETY: the innermost frame is live while it is on `frames` (see `current_frame`).
            let frame = unsafe { &*f };
            self.add_traceback(err, frame);
        }
        let r = self.repr_string(obj).unwrap_or_else(|_| "<object repr() failed>".into());
        let text = format!("{msg}: {r}\n{}", self.format_exception(&err.exc));
        let stderr = self.sys_attr("stderr").unwrap_or(Value::None);
        if crate::types::file::write_str(self, &stderr, &text).is_err() {
            eprint!("{text}");
        }
    }

    fn unbound_local(&self, code: &crate::objects::code::PyCode, i: u32) -> PyErr {
        let name = &code.code.varnames[i as usize];
        let exc = self.new_exception_obj(
            &self.exc.unbound_local_error,
            vec![self.new_str(format!("cannot access local variable '{name}' where it is not associated with a value"))],
        );
        if let Some(d) = exc.dict() {
            dict_ops::set_str_raw(&d, &self.names.name, self.new_str(&**name));
        }
        PyErr::new(exc)
    }

    fn unbound_cell(&self, code: &crate::objects::code::PyCode, i: usize) -> PyErr {
        let name = code.code.cell_name(i);
        if i < code.code.cellvars.len() {
            self.new_error(&self.exc.unbound_local_error, format!("cannot access local variable '{name}' where it is not associated with a value"))
        } else {
            self.new_error(
                &self.exc.name_error,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    fn load_cell(&self, frame: &Frame, i: usize) -> PyResult<Value> {
        if let Payload::Cell(c) = &frame.cells[i].payload
            && let Some(v) = &*c.borrow()
        {
            return Ok(v.clone());
        }
        Err(self.unbound_cell(&frame.code, i))
    }

    fn load_builtin(&mut self, frame: &Frame, name: &PyRef) -> PyResult<Option<Value>> {
        if matches!(frame.builtins.payload, Payload::Dict(_)) {
            Ok(dict_ops::get_str(&frame.builtins, name))
        } else {
            let b = Value::Obj(frame.builtins.clone());
            self.mapping_get(&b, &Value::Obj(name.clone()))
        }
    }

    fn load_name(&mut self, frame: &Frame, name: &PyRef) -> PyResult<Value> {
        if let Some(ns) = &frame.locals {
            let found = match ns {
                Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) && d.class.borrow().as_type().is_some_and(|t| t.builtin) => {
                    dict_ops::get_str(d, name)
                }
                _ => self.mapping_get(ns, &Value::Obj(name.clone()))?,
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        if let Some(v) = dict_ops::get_str(&frame.globals, name) {
            return Ok(v);
        }
        match self.load_builtin(frame, name)? {
            Some(v) => Ok(v),
            None => Err(self.name_error(name)),
        }
    }

    fn store_name(&mut self, frame: &Frame, name: PyRef, v: Value) -> PyResult<()> {
        match &frame.locals {
            Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) && d.class.borrow().as_type().is_some_and(|t| t.builtin) => {
                dict_ops::set_str_raw(d, &name, v);
                Ok(())
            }
            Some(ns) => {
                let ns = ns.clone();
                self.setitem(&ns, Value::Obj(name), v)
            }
            None => {
                dict_ops::set_str_raw(&frame.globals, &name, v);
                Ok(())
            }
        }
    }

    fn delete_name(&mut self, frame: &Frame, name: PyRef) -> PyResult<()> {
        let ns = frame.locals.clone().unwrap_or_else(|| Value::Obj(frame.globals.clone()));
        match &ns {
            Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => {
                if dict_ops::del_str(d, &name).is_none() {
                    return Err(self.name_error(&name));
                }
                Ok(())
            }
            _ => match self.delitem(&ns, &Value::Obj(name.clone())) {
                Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => Err(self.name_error(&name)),
                r => r,
            },
        }
    }

    /// `mapping[key]` returning `None` on `KeyError` (namespaces of class bodies and `exec`).
    pub fn mapping_get(&mut self, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(d) = mapping
            && matches!(d.payload, Payload::Dict(_))
            && d.class.borrow().as_type().is_some_and(|t| t.builtin)
        {
            return dict_ops::get_item(self, d, key);
        }
        match self.getitem(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn do_raise(&mut self, frame: &mut Frame, n: u32) -> PyResult<Stop> {
        match n {
            0 => match self.exc_info.clone() {
                Value::Obj(exc) => Ok(Stop::Reraise(PyErr::new(exc))),
                _ => Err(self.runtime_error("No active exception to reraise")),
            },
            _ => {
                let cause = if n == 2 { Some(frame.pop()) } else { None };
                let exc = frame.pop();
                let exc = self.make_exception(exc)?;
                if let Some(cause) = cause {
                    let cause = match cause {
                        Value::None => Value::None,
                        c => {
                            let is_exc_class = c.as_obj().and_then(|o| o.as_type()).is_some()
                                && crate::vm::attr::is_subtype(c.as_obj().expect("obj"), &self.exc.base_exception);
                            let is_exc = crate::vm::attr::is_subtype(&self.class_of(&c), &self.exc.base_exception);
                            if is_exc_class {
                                Value::Obj(self.make_exception(c)?)
                            } else if is_exc {
                                c
                            } else {
                                return Err(self.type_error("exception causes must derive from BaseException"));
                            }
                        }
                    };
                    if let Payload::Exception(d) = &exc.payload {
                        *d.cause.borrow_mut() = cause;
                        d.suppress_context.set(true);
                    }
                }
                Ok(Stop::Raise(PyErr::new(exc)))
            }
        }
    }

    /// Turn the operand of `raise` into an exception instance (instantiating a class).
    pub fn make_exception(&mut self, exc: Value) -> PyResult<PyRef> {
        if let Value::Obj(o) = &exc {
            if o.as_type().is_some() {
                if crate::vm::attr::is_subtype(o, &self.exc.base_exception) {
                    let inst = self.call(&exc, &[], &[])?;
                    if let Value::Obj(i) = &inst
                        && matches!(i.payload, Payload::Exception(_))
                    {
                        return Ok(i.clone());
                    }
                    let r = self.repr_string(&exc)?;
                    return Err(
                        self.type_error(format!("calling {r} should have returned an instance of BaseException, not {}", self.type_name(&inst)))
                    );
                }
            } else if matches!(o.payload, Payload::Exception(_)) {
                return Ok(o.clone());
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    fn value_to_err(&self, exc: Value) -> PyResult<PyErr> {
        match exc {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(PyErr::new(o)),
            _ => Err(self.new_error(&self.exc.system_error, "Reraise of a non-exception")),
        }
    }

    /// `except T:` matching, with CPython's check that T is an exception class (or a tuple of them).
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let classes: Vec<Value> = match ty {
            Value::Obj(o) if o.as_tuple().is_some() => o.as_tuple().unwrap_or(&[]).to_vec(),
            other => vec![other.clone()],
        };
        for c in &classes {
            let ok = c.as_obj().is_some_and(|o| o.as_type().is_some() && crate::vm::attr::is_subtype(o, &self.exc.base_exception));
            if !ok {
                return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
            }
        }
        let cls = self.class_of(exc);
        Ok(classes.iter().any(|c| crate::vm::attr::is_subtype(&cls, c.as_obj().expect("checked"))))
    }

    fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(mgr);
        let enter = crate::vm::attr::lookup_type(&cls, &self.names.__enter__.clone());
        let exit = crate::vm::attr::lookup_type(&cls, &self.names.__exit__.clone());
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!("'{tn}' object does not support the context manager protocol")));
        };
        let exit_bound = self.bind_descriptor(&exit, mgr, &cls)?;
        let enter_bound = self.bind_descriptor(&enter, mgr, &cls)?;
        let entered = self.call(&enter_bound, &[], &[])?;
        Ok((exit_bound, entered))
    }

    fn make_function(&mut self, frame: &mut Frame, flags: u32) -> PyResult<Value> {
        let code_v = frame.pop();
        let closure = if flags & 0x08 != 0 { frame.pop() } else { Value::None };
        let annotations = if flags & 0x04 != 0 { frame.pop() } else { Value::None };
        let kwdefaults = if flags & 0x02 != 0 { frame.pop() } else { Value::None };
        let defaults = if flags & 0x01 != 0 { frame.pop() } else { Value::None };
        let Some(Payload::Code(code)) = code_v.payload() else {
            return Err(self.new_error(&self.exc.system_error, "MakeFunction without a code object"));
        };
        Ok(self.new_function(code.clone(), frame.globals.clone(), defaults, kwdefaults, annotations, closure))
    }

    pub fn new_function(
        &mut self,
        code: Rc<crate::objects::code::PyCode>,
        globals: PyRef,
        defaults: Value,
        kwdefaults: Value,
        annotations: Value,
        closure: Value,
    ) -> Value {
        let module = dict_ops::get_str(&globals, &self.names.__name__).unwrap_or(Value::None);
        let doc = code.code.doc.as_ref().map_or(Value::None, |d| self.new_str(&**d));
        let f = crate::objects::function::Function {
            name: std::cell::RefCell::new(Value::Obj(code.name.clone())),
            qualname: std::cell::RefCell::new(Value::Obj(code.qualname.clone())),
            code: std::cell::RefCell::new(code),
            globals,
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure: std::cell::RefCell::new(closure),
            doc: std::cell::RefCell::new(doc),
            module: std::cell::RefCell::new(module),
            annotations: std::cell::RefCell::new(annotations),
        };
        Value::Obj(PyObject::new(self.types.function.clone(), Payload::Function(Box::new(f))))
    }

    /// Interactive echo: `sys.displayhook(value)`.
    fn display_hook(&mut self, v: &Value) -> PyResult<()> {
        let hook = self.sys_attr("displayhook");
        match hook {
            Some(h) => {
                self.call(&h, std::slice::from_ref(v), &[])?;
                Ok(())
            }
            None => Err(self.runtime_error("lost sys.displayhook")),
        }
    }

    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let key = self.intern(name);
        self.sys.dict().and_then(|d| dict_ops::get_str(&d, &key))
    }
}
