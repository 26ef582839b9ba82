//! The bytecode contract between the compiler and the VM.
//!
//! A [`CodeObject`] is what the compiler produces for a module, a function body, a class body, a lambda or
//! a comprehension. Instructions are a flat `Vec<Instruction>`; jump targets are absolute instruction
//! indices. Every instruction has a [`Location`] (CPython 3.11's `co_positions()`), which tracebacks use to
//! print the source line and the `^^^^` markers.
//!
//! Stack effects are written `[before] -> [after]`, top of stack (TOS) on the right.
//!
//! ## Exception handling: a block stack
//! `SetupFinally(h)` pushes a block `{handler: h, level: stack depth now}`; `PopBlock` pops it. When an
//! exception is raised in a frame whose block stack is not empty, the VM pops the innermost block,
//! truncates the value stack to its `level`, pushes the exception object and jumps to `h`. With an empty
//! block stack the exception leaves the frame.
//!
//! The "currently handled exception" (`sys.exc_info()`, the implicit `__context__` of a new exception, bare
//! `raise`) is a VM register. `PushExcInfo` saves the old value on the stack and sets the new one;
//! `PopExcept` restores it. The compiler emits these shapes (as CPython 3.11 does, with blocks instead of an
//! exception table):
//!
//! ```text
//! try/except:                         try/finally:
//!     SetupFinally(handler)               SetupFinally(fin)
//!     <body>                              <body>
//!     PopBlock                            PopBlock
//!     <else>                              <finally body>
//!     Jump(end)                           Jump(end)
//! handler:            # [.., exc]     fin:                # [.., exc]
//!     SetupFinally(cleanup)               SetupFinally(cleanup)
//!     PushExcInfo     # [.., prev, exc]   PushExcInfo     # [.., prev, exc]
//!     <type>; CheckExcMatch               <finally body>
//!     PopJumpIfFalse(next)                PopBlock
//!     StoreFast(e) | PopTop # [.., prev]  Swap(2); PopExcept; Reraise
//!     <except body>                   cleanup:            # [.., prev, exc2]
//!     PopBlock                            Swap(2); PopExcept; Reraise
//!     PopExcept       # [..]
//!     Jump(end)
//! next:
//!     Reraise         # to cleanup
//! cleanup:            # [.., prev, exc2]
//!     Swap(2); PopExcept; Reraise
//! ```
//!
//! `return`/`break`/`continue` that leave a `try` pop its block and run the `finally` body inline first
//! (CPython's `compiler_unwind_fblock`); leaving an `except` body also does `PopBlock; PopExcept`.
//!
//! `with` uses `SetupWith(h)`: `[.., mgr] -> [.., exit, enter_result]` and pushes a block whose level
//! includes `exit`. The normal path ends `PopBlock; LoadConst(None) x3; Call(3); PopTop`. The handler is:
//!
//! ```text
//! h:                  # [.., exit, exc]
//!     SetupFinally(cleanup)
//!     PushExcInfo     # [.., exit, prev, exc]
//!     WithExceptStart # [.., exit, prev, exc, res]  (calls exit(type(exc), exc, exc.__traceback__))
//!     PopJumpIfTrue(suppress)
//!     Reraise         # to cleanup
//! suppress:           # [.., exit, prev, exc]
//!     PopTop; PopBlock; PopExcept; PopTop   # [..]
//!     Jump(after)
//! cleanup:
//!     Swap(2); PopExcept; Reraise
//! ```
//!
//! ## Tracebacks
//! When an exception is raised by an instruction (not `Reraise`), the VM adds a traceback entry for the
//! frame at that instruction's location; when it propagates out of a call, the caller adds an entry at the
//! call instruction. `Reraise` adds nothing, so a re-raised exception keeps the traceback it had.

use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

/// One instruction. Operands are indices into the code object's tables or absolute jump targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Instruction {
    Nop,
    /// `[.., a] -> [..]`
    PopTop,
    /// Push a copy of the i-th item from the top (1 = TOS). `Copy(1)` duplicates TOS.
    Copy(u32),
    /// Swap TOS with the i-th item from the top (`Swap(2)` swaps the two top items).
    Swap(u32),

    /// `[..] -> [.., consts[i]]`
    LoadConst(u32),
    /// `varnames[i]`; unbound raises `UnboundLocalError`.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// `cells[i]` where `cells = cellvars ++ freevars`; reads the cell's content.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object `cells[i]` itself (for building closures).
    LoadClosure(u32),
    /// In a class body: look `freevars name` up in the class namespace first, then in the cell.
    LoadClassDeref(u32),
    /// `names[i]` looked up in locals, then globals, then builtins (module and class bodies).
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `names[i]` in globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),

    /// `[.., obj] -> [.., obj.names[i]]`
    LoadAttr(u32),
    /// `[.., value, obj] -> [..]` does `obj.names[i] = value`
    StoreAttr(u32),
    /// `[.., obj] -> [..]`
    DeleteAttr(u32),
    /// `[.., obj] -> [.., meth, obj]` when `names[i]` is a plain function found on the type (an unbound
    /// method call can follow), otherwise `[.., attr, NULL]`. Only followed by `CallMethod`.
    LoadMethod(u32),
    /// `[.., meth_or_attr, self_or_NULL, arg1 .. argN] -> [.., result]`
    CallMethod(u32),

    /// `[.., container, key] -> [.., container[key]]`
    BinarySubscr,
    /// `[.., value, container, key] -> [..]`
    StoreSubscr,
    /// `[.., container, key] -> [..]`
    DeleteSubscr,
    /// `BuildSlice(2)`: `[.., start, stop] -> [.., slice]`; `BuildSlice(3)` adds `step`.
    BuildSlice(u32),

    /// `[.., a] -> [.., op a]`
    UnaryOp(UnaryOperator),
    /// `[.., a, b] -> [.., a op b]`
    BinaryOp(BinaryOperator),
    /// `[.., a, b] -> [.., a op b]`
    CompareOp(ComparisonOperator),
    /// `[.., a, b] -> [.., a is b]` (`true`: `is not`)
    IsOp(bool),
    /// `[.., a, b] -> [.., a in b]` (`true`: `not in`)
    ContainsOp(bool),

    /// `[.., a1 .. aN] -> [.., (a1, .., aN)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[.., k1, v1 .. kN, vN] -> [.., {k1: v1, ..}]`
    BuildMap(u32),
    /// `[.., s1 .. sN] -> [.., s1 + .. + sN]` (all `str`)
    BuildString(u32),
    /// `[.., list] -> [.., tuple(list)]`
    ListToTuple,
    /// `v = pop(); stack[-i].append(v)` (after the pop, `i = 1` is TOS)
    ListAppend(u32),
    /// `v = pop(); stack[-i].add(v)`
    SetAdd(u32),
    /// `v = pop(); k = pop(); stack[-i][k] = v`
    MapAdd(u32),
    /// `it = pop(); stack[-i].extend(it)`
    ListExtend(u32),
    /// `it = pop(); stack[-i].update(it)` (a set)
    SetUpdate(u32),
    /// `m = pop(); stack[-i].update(m)` (a dict; `{**m}`)
    DictUpdate(u32),
    /// Like `DictUpdate` but a repeated key is an error: `f(**a, **b)`. `stack[-i-2]` is the callable (for
    /// the message "f() got multiple values for keyword argument 'x'").
    DictMerge(u32),
    /// `[.., seq] -> [.., itemN .. item1]` (item1 on top); wrong length raises `ValueError`.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: operand `before | (after << 8)`; pushes `after` items, the list, `before` items,
    /// so the first item is on top.
    UnpackEx(u32),
    /// `[.., value] -> [.., formatted]` or with a spec `[.., value, spec] -> [.., formatted]`.
    /// Operand: `conversion | (has_spec << 2)`, conversion 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    FormatValue(u32),

    /// Unconditional jump to an absolute instruction index.
    Jump(u32),
    /// `[.., cond] -> [..]`, jump if `cond` is false.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `[.., cond]`: if false jump keeping `cond`, else pop it and go on (`and`).
    JumpIfFalseOrPop(u32),
    /// `[.., cond]`: if true jump keeping `cond`, else pop it and go on (`or`).
    JumpIfTrueOrPop(u32),
    /// `[.., v] -> [..]`, jump if `v is None` / `v is not None`.
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    /// `[.., obj] -> [.., iter(obj)]`
    GetIter,
    /// `[.., it] -> [.., it, next(it)]`; when exhausted, `[.., it] -> [..]` and jump to the target.
    ForIter(u32),

    /// Build a function from `[.., defaults?, kwdefaults?, annotations?, closure?, code]` (present in
    /// that order when flag 0x01, 0x02, 0x04, 0x08 is set): `[.., function]`. `defaults` is a tuple,
    /// `kwdefaults` a dict, `annotations` a dict, `closure` a tuple of cells.
    MakeFunction(u32),
    /// `[.., callable, a1 .. aN] -> [.., result]`
    Call(u32),
    /// `[.., callable, a1 .. aN, kwnames] -> [.., result]`: `kwnames` is a constant tuple of str naming
    /// the last `len(kwnames)` of the N arguments.
    CallKw(u32),
    /// `[.., callable, args] -> [.., result]`, or with operand 1
    /// `[.., callable, args, kwargs_dict] -> [.., result]`. `args` is a tuple, or for `f(*it)` (one
    /// starred argument and nothing else positional) the iterable itself, which the VM turns into a
    /// tuple ("f() argument after * must be an iterable, not int").
    CallEx(u32),
    /// Return TOS from the frame.
    ReturnValue,
    /// `[..] -> [.., builtins.__build_class__]`
    LoadBuildClass,
    /// `[..] -> [.., AssertionError]`
    LoadAssertionError,
    /// In a module or class body: make `__annotations__` a dict in the namespace if it is missing.
    SetupAnnotations,
    /// Interactive mode: print `repr(TOS)` via `sys.displayhook` and pop it.
    PrintExpr,

    /// `[.., level, fromlist] -> [.., module]` via `builtins.__import__(names[i], globals, locals,
    /// fromlist, level)`.
    ImportName(u32),
    /// `[.., module] -> [.., module, module.names[i]]` with CPython's "cannot import name" error.
    ImportFrom(u32),
    /// `[.., module] -> [..]`: `from module import *` into the current namespace.
    ImportStar,

    /// Push an exception-handling block (see the module docs).
    SetupFinally(u32),
    /// `[.., mgr] -> [.., exit, mgr.__enter__()]` and push a block whose level includes `exit`.
    SetupWith(u32),
    PopBlock,
    /// `[.., exc] -> [.., prev_exc_or_None, exc]` and set the handled exception to `exc`.
    PushExcInfo,
    /// `[.., prev] -> [..]` and restore the handled exception to `prev`.
    PopExcept,
    /// `[.., exc, type] -> [.., exc, isinstance-match]` (type may be a tuple of types), as CPython's
    /// `CHECK_EXC_MATCH`.
    CheckExcMatch,
    /// `[.., exc] -> raise exc` without adding a traceback entry.
    Reraise,
    /// `Raise(0)`: re-raise the handled exception; `Raise(1)`: `[.., exc]`; `Raise(2)`:
    /// `[.., exc, cause]` (`raise exc from cause`).
    Raise(u32),
    /// `[.., exit, prev, exc] -> [.., exit, prev, exc, exit(type(exc), exc, tb)]`
    WithExceptStart,

    /// `[.., v] -> suspend the generator yielding v`; on resume the sent value is pushed.
    YieldValue,
    /// `[.., obj] -> [.., iter(obj)]` (generators and coroutines pass through unchanged).
    GetYieldFromIter,
    /// `[.., subiter, v]`: send `v` into `subiter` (`next` when `v` is None). If it yields `y`, suspend
    /// yielding `y` with this instruction still current (on resume the sent value replaces `v` and
    /// `YieldFrom` runs again). If it returns `r`: `[.., r]` and go on.
    YieldFrom,

    // ---- Coroutines (added by the compiler for `async def`; CPython 3.11's opcodes of the same names).
    /// `[.., obj] -> [.., awaitable_iter]`: a coroutine (or generator-based coroutine) passes through,
    /// otherwise `obj.__await__()`, which must return an iterator ("object X can't be used in 'await'
    /// expression" otherwise). `await e` compiles to `<e>; GetAwaitable(0); LoadConst(None); YieldFrom`.
    /// The operand is CPython's: 1 awaits `__aenter__()`'s result, 2 `__aexit__()`'s (for the message
    /// when it is not awaitable).
    GetAwaitable(u32),
    /// `[.., obj] -> [.., obj.__aiter__()]` ("'async for' requires an object with __aiter__ method").
    GetAIter,
    /// `[.., aiter] -> [.., aiter, awaitable]` where the awaitable is `aiter.__anext__()` made awaitable
    /// as `GetAwaitable` does. `async for` is:
    /// `<iter>; GetAIter; start: SetupFinally(end); GetANext; LoadConst(None); YieldFrom; PopBlock;
    /// <store target>; <body>; Jump(start); end: EndAsyncFor; <else>`.
    GetANext,
    /// `[.., aiter, exc] -> [..]` when `exc` is a `StopAsyncIteration`, otherwise re-raise `exc` (like
    /// `Reraise`). Ends an `async for` loop.
    EndAsyncFor,
    /// `[.., mgr] -> [.., mgr.__aexit__ (bound), mgr.__aenter__()]`. `async with` is:
    /// `<mgr>; BeforeAsyncWith; GetAwaitable(1); LoadConst(None); YieldFrom; <store target or PopTop>;
    /// SetupFinally(h); <body>; PopBlock; LoadConst(None) x3; Call(3); GetAwaitable(2); LoadConst(None);
    /// YieldFrom; PopTop`, and the handler is the `with` handler with `GetAwaitable(2); LoadConst(None);
    /// YieldFrom` after `WithExceptStart`.
    BeforeAsyncWith,

    /// `[.., obj] -> [.., obj, len(obj)]` (pattern matching)
    GetLen,
    /// `[.., subject] -> [.., subject, is-mapping]`
    MatchMapping,
    /// `[.., subject] -> [.., subject, is-sequence]`
    MatchSequence,
    /// `[.., subject, keys_tuple] -> [.., subject, keys_tuple, values_tuple_or_None]`
    MatchKeys,
    /// `[.., subject, cls, kw_names_tuple] -> [.., attrs_tuple_or_None]` with N positional sub-patterns.
    MatchClass(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnaryOperator {
    Not,
    Negative,
    Positive,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinaryOperator {
    Add,
    Subtract,
    Multiply,
    MatrixMultiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Power,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    InplaceAdd,
    InplaceSubtract,
    InplaceMultiply,
    InplaceMatrixMultiply,
    InplaceTrueDivide,
    InplaceFloorDivide,
    InplaceRemainder,
    InplacePower,
    InplaceLShift,
    InplaceRShift,
    InplaceAnd,
    InplaceOr,
    InplaceXor,
}

impl BinaryOperator {
    /// The operator as Python writes it (`+`, `+=`, ...), for messages and disassembly.
    pub fn symbol(self) -> &'static str {
        use BinaryOperator::*;
        match self {
            Add => "+",
            Subtract => "-",
            Multiply => "*",
            MatrixMultiply => "@",
            TrueDivide => "/",
            FloorDivide => "//",
            Remainder => "%",
            Power => "**",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceSubtract => "-=",
            InplaceMultiply => "*=",
            InplaceMatrixMultiply => "@=",
            InplaceTrueDivide => "/=",
            InplaceFloorDivide => "//=",
            InplaceRemainder => "%=",
            InplacePower => "**=",
            InplaceLShift => "<<=",
            InplaceRShift => ">>=",
            InplaceAnd => "&=",
            InplaceOr => "|=",
            InplaceXor => "^=",
        }
    }

    /// The non-inplace operator an inplace one falls back to.
    pub fn base(self) -> BinaryOperator {
        use BinaryOperator::*;
        match self {
            InplaceAdd => Add,
            InplaceSubtract => Subtract,
            InplaceMultiply => Multiply,
            InplaceMatrixMultiply => MatrixMultiply,
            InplaceTrueDivide => TrueDivide,
            InplaceFloorDivide => FloorDivide,
            InplaceRemainder => Remainder,
            InplacePower => Power,
            InplaceLShift => LShift,
            InplaceRShift => RShift,
            InplaceAnd => And,
            InplaceOr => Or,
            InplaceXor => Xor,
            other => other,
        }
    }

    pub fn is_inplace(self) -> bool {
        self.base() != self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ComparisonOperator {
    Less,
    LessEqual,
    Equal,
    NotEqual,
    Greater,
    GreaterEqual,
}

impl ComparisonOperator {
    pub fn symbol(self) -> &'static str {
        match self {
            ComparisonOperator::Less => "<",
            ComparisonOperator::LessEqual => "<=",
            ComparisonOperator::Equal => "==",
            ComparisonOperator::NotEqual => "!=",
            ComparisonOperator::Greater => ">",
            ComparisonOperator::GreaterEqual => ">=",
        }
    }
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// A `frozenset` CPython's constant folding makes of a set display: `{1, 2, 3}` (three or more
    /// constants; the display is `BuildSet(0); LoadConst(frozenset); SetUpdate(1)`), and a display
    /// of constants that is only iterated or tested (`for v in {1, 2}`, `x in {1, 2}`).
    ///
    /// The items are in source order, without duplicates (by Python equality: `{1, 1.0, True}`
    /// keeps `1`): the tuple CPython folds. Like CPython, the VM makes the frozenset by adding the
    /// items in this order and then rebuilds it from its own iteration order (what the compiler's
    /// `merge_consts_recursive` does to every frozenset constant), so iteration order matches.
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

/// Source span of an instruction, as in CPython's `co_positions()`. Lines are 1-based; columns are
/// 0-based UTF-8 byte offsets within their line. `line == 0` means "no location".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// `co_flags` bits (CPython's values).
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// A compiled body: module, function, class body, lambda or comprehension.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CodeObject {
    /// `co_name`: `<module>`, the function name, `<lambda>`, `<listcomp>`, ...
    pub name: Rc<str>,
    /// `co_qualname`: `C.method`, `f.<locals>.g`, ...
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instruction>,
    /// One per instruction.
    pub locations: Vec<Location>,
    pub consts: Vec<Constant>,
    /// Attribute, global and non-fast names.
    pub names: Vec<Rc<str>>,
    /// Fast locals: parameters first (positional, keyword-only, `*args`, `**kwargs`), then the rest.
    pub varnames: Vec<Rc<str>>,
    /// Names of locals captured by inner scopes.
    pub cellvars: Vec<Rc<str>>,
    /// Names captured from enclosing scopes.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, the parameter's index in `varnames`: the VM moves the
    /// argument into the cell when the frame starts.
    pub cell2arg: Vec<Option<u32>>,
    /// The docstring, when the body starts with one (functions and classes; `__doc__`).
    pub doc: Option<Rc<str>>,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Number of cells a frame needs: `cellvars` then `freevars`.
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// Name of `cells[i]`.
    pub fn cell_name(&self, i: usize) -> &str {
        if i < self.cellvars.len() { &self.cellvars[i] } else { &self.freevars[i - self.cellvars.len()] }
    }

    /// Total number of parameters, including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.has_flag(code_flags::VARARGS) {
            n += 1;
        }
        if self.has_flag(code_flags::VARKEYWORDS) {
            n += 1;
        }
        n
    }
}

impl fmt::Display for Constant {
    /// Python `repr` of the constant (used by the disassembler).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Constant::None => write!(f, "None"),
            Constant::Ellipsis => write!(f, "Ellipsis"),
            Constant::Bool(true) => write!(f, "True"),
            Constant::Bool(false) => write!(f, "False"),
            Constant::Int(i) => write!(f, "{i}"),
            Constant::BigInt(i) => write!(f, "{i}"),
            Constant::Float(x) => write!(f, "{x:?}"),
            Constant::Complex { real, imag } => write!(f, "({real:?}+{imag:?}j)"),
            Constant::Str(s) => write!(f, "{s:?}"),
            Constant::Bytes(b) => write!(f, "b{:?}", String::from_utf8_lossy(b)),
            Constant::Tuple(items) => {
                write!(f, "(")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{item}")?;
                }
                if items.len() == 1 {
                    write!(f, ",")?;
                }
                write!(f, ")")
            }
            Constant::FrozenSet(items) => {
                write!(f, "frozenset({{")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{item}")?;
                }
                write!(f, "}})")
            }
            Constant::Code(code) => write!(f, "<code object {}>", code.name),
        }
    }
}
