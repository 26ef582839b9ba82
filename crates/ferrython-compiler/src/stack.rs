//! Static stack-depth analysis of a [`CodeObject`] (CPython's `stackdepth()` in the assembler).
//!
//! Every instruction's effect on the value stack is fixed by the contract in [`crate::bytecode`]; this
//! walks all paths, including exception handlers (entered with the block's level plus the exception),
//! checks that every instruction is reached with one consistent depth, never below zero, and returns
//! the maximum. The VM can use it to size frames; tests use it to validate code generation.

use crate::bytecode::{CodeObject, Instruction};

/// Why a code object's stack use is inconsistent (a compiler bug).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackError {
    pub qualname: String,
    pub index: usize,
    pub message: String,
}

impl std::fmt::Display for StackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at instruction {}: {}", self.qualname, self.index, self.message)
    }
}

impl std::error::Error for StackError {}

/// Effect of `ins` when execution falls through to the next instruction, and when it jumps to its
/// target (`None` for instructions that never fall through).
fn effects(ins: Instruction) -> (Option<i64>, Option<(u32, i64)>) {
    use Instruction::*;
    let fall = |n: i64| (Some(n), None);
    match ins {
        Nop | Swap(_) | LoadAttr(_) | UnaryOp(_) | ListToTuple | GetIter | SetupAnnotations | PopBlock | CheckExcMatch | YieldValue
        | GetYieldFromIter | GetAwaitable(_) | GetAIter => fall(0),
        PopTop | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) | DeleteAttr(_) | BinarySubscr | BinaryOp(_) | CompareOp(_)
        | IsOp(_) | ContainsOp(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | PrintExpr
        | ImportName(_) | ImportStar | PopExcept | YieldFrom => fall(-1),
        Copy(_) | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadName(_) | LoadGlobal(_) | LoadMethod(_)
        | LoadBuildClass | LoadAssertionError | ImportFrom(_) | PushExcInfo | WithExceptStart | GetLen | MatchMapping | MatchSequence | MatchKeys
        | GetANext | BeforeAsyncWith => fall(1),
        DeleteFast(_) | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_) => fall(0),
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | MatchClass(_) | EndAsyncFor => fall(-2),
        StoreSubscr => fall(-3),
        CallMethod(n) => fall(-i64::from(n) - 1),
        BuildSlice(n) => fall(1 - i64::from(n)),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => fall(1 - i64::from(n)),
        BuildMap(n) => fall(1 - 2 * i64::from(n)),
        UnpackSequence(n) => fall(i64::from(n) - 1),
        UnpackEx(op) => fall(i64::from(op & 0xff) + i64::from(op >> 8)),
        FormatValue(op) => fall(if op & 4 != 0 { -1 } else { 0 }),
        MakeFunction(flags) => fall(-i64::from((flags & 0xf).count_ones())),
        Call(n) => fall(-i64::from(n)),
        CallKw(n) => fall(-i64::from(n) - 1),
        CallEx(f) => fall(-1 - i64::from(f & 1)),
        Jump(t) => (None, Some((t, 0))),
        PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t) => (Some(-1), Some((t, -1))),
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => (Some(-1), Some((t, 0))),
        ForIter(t) => (Some(1), Some((t, -1))),
        // The handler is entered with the exception pushed at the block's level (the depth now).
        SetupFinally(h) => (Some(0), Some((h, 1))),
        // `[.., mgr] -> [.., exit, res]`; the block's level includes `exit`.
        SetupWith(h) => (Some(1), Some((h, 1))),
        ReturnValue | Reraise => (None, None),
        Raise(_) => (None, None),
    }
}

/// How many stack items `ins` reads (pops, or looks at below the top): the depth it needs.
fn inputs(ins: Instruction) -> i64 {
    use Instruction::*;
    let n = |k: u32| i64::from(k);
    match ins {
        Nop | LoadConst(_) | LoadFast(_) | DeleteFast(_) | LoadDeref(_) | DeleteDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadName(_)
        | DeleteName(_) | LoadGlobal(_) | DeleteGlobal(_) | Jump(_) | LoadBuildClass | LoadAssertionError | SetupAnnotations | SetupFinally(_)
        | PopBlock => 0,
        PopTop | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) | LoadAttr(_) | DeleteAttr(_) | LoadMethod(_) | UnaryOp(_)
        | ListToTuple | UnpackSequence(_) | UnpackEx(_) | PopJumpIfFalse(_) | PopJumpIfTrue(_) | JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_)
        | PopJumpIfNone(_) | PopJumpIfNotNone(_) | GetIter | ForIter(_) | ReturnValue | PrintExpr | ImportFrom(_) | ImportStar | SetupWith(_)
        | PushExcInfo | PopExcept | Reraise | YieldValue | GetYieldFromIter | GetAwaitable(_) | GetAIter | GetANext | BeforeAsyncWith | GetLen
        | MatchMapping | MatchSequence => 1,
        StoreAttr(_) | BinarySubscr | DeleteSubscr | BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) | ImportName(_) | CheckExcMatch
        | YieldFrom | EndAsyncFor | MatchKeys => 2,
        StoreSubscr | WithExceptStart | MatchClass(_) => 3,
        Copy(k) | Swap(k) | BuildSlice(k) | BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) | Raise(k) => n(k),
        BuildMap(k) => 2 * n(k),
        ListAppend(i) | SetAdd(i) | ListExtend(i) | SetUpdate(i) | DictUpdate(i) => n(i) + 1,
        MapAdd(i) => n(i) + 2,
        DictMerge(i) => n(i) + 3,
        CallMethod(k) => n(k) + 2,
        Call(k) => n(k) + 1,
        CallKw(k) => n(k) + 2,
        CallEx(f) => 2 + n(f & 1),
        FormatValue(op) => 1 + i64::from(op & 4 != 0),
        MakeFunction(flags) => 1 + i64::from((flags & 0xf).count_ones()),
    }
}

/// The maximum stack depth `code` reaches (nested code objects are not included). Every
/// instruction must find the items it reads on the stack.
pub fn max_stack_depth(code: &CodeObject) -> Result<u32, StackError> {
    let n = code.instructions.len();
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![(0usize, 0i64)];
    let mut max = 0i64;
    let err = |index: usize, message: String| StackError { qualname: code.qualname.to_string(), index, message };
    while let Some((i, d)) = work.pop() {
        if i >= n {
            return Err(err(i, "control flows past the last instruction".into()));
        }
        match depth[i] {
            Some(old) if old == d => continue,
            Some(old) => {
                return Err(err(i, format!("reached with depth {d} and with depth {old}")));
            }
            None => depth[i] = Some(d),
        }
        let ins = code.instructions[i];
        if d < inputs(ins) || matches!(ins, Instruction::Copy(0) | Instruction::Swap(0)) {
            return Err(err(i, format!("{ins:?} needs more items than the stack holds ({d})")));
        }
        let (fall, jump) = effects(ins);
        if let Some(e) = fall {
            let next = d + e;
            if next < 0 {
                return Err(err(i, format!("{ins:?} pops below the bottom of the stack")));
            }
            max = max.max(next);
            work.push((i + 1, next));
        }
        if let Some((target, e)) = jump {
            let at = d + e;
            if at < 0 {
                return Err(err(i, format!("{ins:?} jumps with a negative depth")));
            }
            max = max.max(at);
            work.push((target as usize, at));
        }
        // Instructions that end the frame must leave no temporaries behind: not checked, as CPython
        // does not either (a `return` inside `for` pops the iterator first).
        if matches!(ins, Instruction::ReturnValue | Instruction::Reraise) && d < 1 {
            return Err(err(i, format!("{ins:?} with an empty stack")));
        }
        if let Instruction::Raise(k) = ins
            && d < i64::from(k)
        {
            return Err(err(i, "Raise with too few values".into()));
        }
    }
    Ok(max as u32)
}
