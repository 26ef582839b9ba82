//! One code object under construction: instructions with their locations, constant and name tables,
//! labels for forward jumps, and the frame-block stack used to unwind `return`/`break`/`continue`.

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::Stmt;
use ruff_text_size::TextRange;

use super::constant::ConstKey;
use crate::bytecode::{CodeObject, Constant, Instruction, Location};
use crate::symtable::{ScopeId, ScopeKind};

/// A jump target not yet placed; jump instructions hold the label id until [`CodeUnit::finish`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(pub u32);

/// What a `return`/`break`/`continue` must undo when it leaves a block (CPython's `fblockinfo`).
#[derive(Clone, Copy)]
pub(crate) enum FBlock<'ast> {
    WhileLoop {
        start: Label,
        end: Label,
    },
    ForLoop {
        start: Label,
        end: Label,
    },
    /// The body of a `try` with `except` clauses: its handler block is on the VM's block stack.
    TryExcept,
    /// The body of a `try` with `finally`: leaving it runs the finally body inline.
    FinallyTry {
        body: &'ast [Stmt],
    },
    /// The finally body run for an exception: `[.., prev, exc]` on the stack.
    FinallyEnd,
    /// The body of a `with`: `[.., exit]` on the stack.
    With {
        range: TextRange,
    },
    /// The body of an `async with`: like `With`, and the exit call is awaited.
    AsyncWith {
        range: TextRange,
    },
    /// Between `PushExcInfo` and the start of a handler body.
    ExceptionHandler,
    /// An `except` body: `[.., prev]` on the stack; `name` is the `as` target to clear.
    HandlerCleanup {
        name: Option<&'ast str>,
    },
    /// A value on the stack to pop (a `return` value while a finally body runs inline).
    PopValue,
}

pub(crate) struct CodeUnit<'ast> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instruction>,
    pub locations: Vec<Location>,
    pub consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    pub names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    pub varnames: Vec<Rc<str>>,
    varname_index: HashMap<Rc<str>, u32>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub doc: Option<Rc<str>>,
    /// Label id -> instruction index, once placed.
    labels: Vec<Option<u32>>,
    /// Indices of instructions whose operand is a label id.
    jumps: Vec<usize>,
    /// Location given to emitted instructions.
    pub loc: Location,
    pub fblocks: Vec<FBlock<'ast>>,
    /// Class name for `__private` mangling (CPython's `u_private`).
    pub private: Option<Rc<str>>,
}

impl<'ast> CodeUnit<'ast> {
    pub(crate) fn new(scope: ScopeId, kind: ScopeKind, name: &str, first_line: u32) -> Self {
        CodeUnit {
            scope,
            kind,
            name: name.into(),
            qualname: name.into(),
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            instructions: Vec::new(),
            locations: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            varname_index: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            doc: None,
            labels: Vec::new(),
            jumps: Vec::new(),
            loc: Location {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
            fblocks: Vec::new(),
            private: None,
        }
    }

    pub(crate) fn emit(&mut self, ins: Instruction) {
        if jump_operand(ins).is_some() {
            self.jumps.push(self.instructions.len());
        }
        self.instructions.push(ins);
        self.locations.push(self.loc);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Place `label` at the next instruction.
    pub(crate) fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instructions.len() as u32);
    }

    pub(crate) fn add_const(&mut self, c: Constant) -> u32 {
        let key = ConstKey::of(&c);
        if let Some(key) = &key
            && let Some(&i) = self.const_index.get(key)
        {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        if let Some(key) = key {
            self.const_index.insert(key, i);
        }
        i
    }

    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let name: Rc<str> = name.into();
        let i = self.names.len() as u32;
        self.names.push(name.clone());
        self.name_index.insert(name, i);
        i
    }

    pub(crate) fn add_varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.varname_index.get(name) {
            return i;
        }
        let name: Rc<str> = name.into();
        let i = self.varnames.len() as u32;
        self.varnames.push(name.clone());
        self.varname_index.insert(name, i);
        i
    }

    pub(crate) fn cell_index(&self, name: &str) -> Option<u32> {
        self.cellvars
            .iter()
            .position(|c| &**c == name)
            .map(|i| i as u32)
    }

    pub(crate) fn free_index(&self, name: &str) -> Option<u32> {
        self.freevars
            .iter()
            .position(|c| &**c == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }

    /// Whether the last emitted instruction ends the flow of control (no fall-through).
    pub(crate) fn ends_flow(&self) -> bool {
        matches!(
            self.instructions.last(),
            Some(Instruction::ReturnValue | Instruction::Raise(_) | Instruction::Reraise)
        )
    }

    /// Whether a label has been placed at the next instruction (something jumps to the end).
    pub(crate) fn label_at_end(&self) -> bool {
        let end = self.instructions.len() as u32;
        self.labels.contains(&Some(end))
    }

    /// Resolve labels and build the [`CodeObject`].
    pub(crate) fn finish(mut self, filename: &Rc<str>) -> CodeObject {
        for &i in &self.jumps {
            let end = self.instructions.len() as u32;
            if let Some(op) = jump_operand_mut(&mut self.instructions[i]) {
                *op = self
                    .labels
                    .get(*op as usize)
                    .copied()
                    .flatten()
                    .unwrap_or(end);
            }
        }
        let cell2arg = self
            .cellvars
            .iter()
            .map(|c| {
                let nargs = self.total_args();
                self.varnames[..nargs.min(self.varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|i| i as u32)
            })
            .collect();
        CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename: filename.clone(),
            first_line: self.first_line,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            instructions: self.instructions,
            locations: self.locations,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell2arg,
            doc: self.doc,
        }
    }

    fn total_args(&self) -> usize {
        use crate::bytecode::code_flags::{VARARGS, VARKEYWORDS};
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & VARARGS != 0 {
            n += 1;
        }
        if self.flags & VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}

fn jump_operand(ins: Instruction) -> Option<u32> {
    let mut ins = ins;
    jump_operand_mut(&mut ins).map(|op| *op)
}

/// The jump target operand of `ins`, if it has one.
pub(crate) fn jump_operand_mut(ins: &mut Instruction) -> Option<&mut u32> {
    use Instruction::*;
    match ins {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t) | ForIter(t)
        | SetupFinally(t) | SetupWith(t) => Some(t),
        _ => None,
    }
}
