//! Code generation: AST to [`CodeObject`]s, following CPython 3.11's `Python/compile.c` shape for shape
//! wherever the VM or a traceback can tell the difference.
//!
//! The [`Compiler`] keeps a stack of [`CodeUnit`]s (one per function, class body, lambda or
//! comprehension being compiled); each unit knows its symbol-table scope, so name operations pick
//! `Fast`/`Deref`/`Global`/`Name` exactly as CPython's `compiler_nameop`.

mod call;
mod comprehension;
mod constant;
mod exceptions;
mod expr;
mod fstring;
mod function;
mod import;
mod pattern;
mod stmt;
mod unit;

use std::rc::Rc;

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::{CodeObject, Constant, Instruction, Location, code_flags};
use crate::source_map::SourceMap;
use crate::symtable::{
    NameScope, Scope, ScopeKind, SymbolTable, builder::MAX_DEPTH, flags, mangle,
};
use crate::{CompileError, CompileErrorKind, Mode};
pub(crate) use stmt::describe_expr;
pub(crate) use unit::{CodeUnit, FBlock, Label};

pub(crate) type Result<T = ()> = std::result::Result<T, CompileError>;

/// How a name is accessed (CPython's `expr_context`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

pub(crate) struct Compiler<'ast, 'src> {
    table: &'ast SymbolTable,
    map: &'ast SourceMap<'src>,
    filename: Rc<str>,
    units: Vec<CodeUnit<'ast>>,
    depth: u32,
    /// `single` mode: top-level expression statements print their value.
    interactive: bool,
    /// `from __future__ import annotations`: annotations are compiled to their source text.
    future_annotations: bool,
    /// `f(x for x in y)`: CPython's genexpr node spans the call's parentheses; (genexpr range,
    /// parenthesised range).
    pub(crate) bare_genexpr: Option<(TextRange, TextRange)>,
    /// Scopes of `async def` functions.
    pub(crate) async_scopes: std::collections::HashSet<crate::symtable::ScopeId>,
}

impl<'ast, 'src> Compiler<'ast, 'src> {
    pub(crate) fn new(
        table: &'ast SymbolTable,
        map: &'ast SourceMap<'src>,
        filename: &str,
        mode: Mode,
        future_annotations: bool,
    ) -> Self {
        Compiler {
            table,
            map,
            filename: filename.into(),
            units: Vec::new(),
            depth: 0,
            interactive: mode == Mode::Single,
            future_annotations,
            bare_genexpr: None,
            async_scopes: Default::default(),
        }
    }

    /// Compile a module body (`exec` and `single` modes).
    pub(crate) fn compile_module(mut self, body: &'ast [Stmt]) -> Result<CodeObject> {
        self.units
            .push(CodeUnit::new(0, ScopeKind::Module, "<module>", 1));
        // CPython's `compiler_body`: `SetupAnnotations` first, then `__doc__`, then the statements.
        if stmt::find_annotations(body) {
            if let Some(first) = body.first() {
                self.set_loc(first.range());
            }
            self.emit(Instruction::SetupAnnotations);
        }
        if !self.interactive
            && let Some(doc) = docstring(body)
        {
            self.set_loc(body[0].range());
            let i = self.unit().add_const(Constant::Str(doc.clone()));
            self.emit(Instruction::LoadConst(i));
            self.store_name("__doc__")?;
            self.unit().doc = Some(doc);
        }
        let start = usize::from(!self.interactive && docstring(body).is_some());
        for s in &body[start..] {
            self.compile_stmt(s)?;
        }
        self.implicit_return();
        Ok(self.pop_unit())
    }

    /// Compile an `eval` expression: its value is returned.
    pub(crate) fn compile_expression(mut self, e: &'ast Expr) -> Result<CodeObject> {
        self.units
            .push(CodeUnit::new(0, ScopeKind::Module, "<module>", 1));
        self.compile_expr(e)?;
        self.set_loc(e.range());
        self.emit(Instruction::ReturnValue);
        Ok(self.pop_unit())
    }

    pub(crate) fn unit(&mut self) -> &mut CodeUnit<'ast> {
        self.units.last_mut().expect("a code unit is always open")
    }

    fn unit_ref(&self) -> &CodeUnit<'ast> {
        self.units.last().expect("a code unit is always open")
    }

    pub(crate) fn scope(&self) -> &'ast Scope {
        self.table.scope(self.unit_ref().scope)
    }

    pub(crate) fn emit(&mut self, ins: Instruction) {
        self.unit().emit(ins);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    pub(crate) fn bind(&mut self, label: Label) {
        self.unit().bind(label);
    }

    pub(crate) fn load_const(&mut self, c: Constant) {
        let i = self.unit().add_const(c);
        self.emit(Instruction::LoadConst(i));
    }

    pub(crate) fn location(&self, range: TextRange) -> Location {
        self.map.location(range)
    }

    pub(crate) fn set_loc(&mut self, range: TextRange) {
        let loc = self.map.location(range);
        self.unit().loc = loc;
    }

    pub(crate) fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::spanning(
            CompileErrorKind::SyntaxError,
            msg,
            self.map,
            &self.filename,
            range,
        )
    }

    /// Run `f` one level deeper, failing like CPython when source nests too deeply and growing the
    /// stack instead of overflowing it.
    pub(crate) fn nest<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::too_deep(&self.filename));
        }
        let saved = self.unit_ref().loc;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        if let Some(u) = self.units.last_mut() {
            u.loc = saved;
        }
        r
    }

    /// `return None` at the end of a body, at the location of the last instruction (as CPython).
    pub(crate) fn implicit_return(&mut self) {
        // CPython adds no return after a body that already ends in one, unless a jump lands there.
        if self.unit_ref().ends_flow() && !self.unit_ref().label_at_end() {
            return;
        }
        if let Some(&loc) = self.unit_ref().locations.last() {
            self.unit().loc = loc;
        }
        self.load_const(Constant::None);
        self.emit(Instruction::ReturnValue);
    }

    /// Open a code unit for the scope the symbol table made for `key`.
    pub(crate) fn enter_scope(
        &mut self,
        key: crate::symtable::NodeKey,
        name: &str,
        first_line: u32,
        range: TextRange,
    ) -> Result<()> {
        let Some(id) = self.table.lookup(key) else {
            return Err(self.error("invalid syntax", range));
        };
        let scope = self.table.scope(id);
        let mut unit = CodeUnit::new(id, scope.kind, name, first_line);
        unit.private = self.units.last().and_then(|u| u.private.clone());
        if scope.kind == ScopeKind::Class {
            unit.private = Some(scope.name.as_str().into());
        }
        for p in &scope.params {
            unit.add_varname(p);
        }
        // CPython 3.11 orders cells: parameters first (in parameter order), then the rest sorted.
        let sorted = scope.sorted_names(NameScope::Cell, 0);
        let mut cells: Vec<String> = scope
            .params
            .iter()
            .filter(|p| sorted.contains(p))
            .cloned()
            .collect();
        cells.extend(sorted.into_iter().filter(|c| !scope.params.contains(c)));
        if scope.needs_class_closure {
            cells.insert(0, "__class__".to_string());
        }
        unit.cellvars = cells.iter().map(|s| Rc::from(s.as_str())).collect();
        unit.freevars = scope
            .sorted_names(NameScope::Free, flags::DEF_FREE_CLASS)
            .iter()
            .map(|s| Rc::from(s.as_str()))
            .collect();
        if scope.kind == ScopeKind::Function {
            unit.flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
            if scope.nested {
                unit.flags |= code_flags::NESTED;
            }
            unit.flags |= match (scope.generator, scope.coroutine) {
                (true, false) => code_flags::GENERATOR,
                (false, true) => code_flags::COROUTINE,
                (true, true) => code_flags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
        }
        unit.qualname = self.qualname_for(scope.kind, name);
        unit.loc = Location {
            line: first_line,
            end_line: first_line,
            col: 0,
            end_col: 0,
        };
        self.units.push(unit);
        Ok(())
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, kind: ScopeKind, name: &str) -> Rc<str> {
        let Some(parent) = self.units.last() else {
            return name.into();
        };
        if parent.kind == ScopeKind::Module {
            return name.into();
        }
        let parent_scope = self.table.scope(parent.scope);
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) && !name.starts_with('<') {
            let mangled = mangle(parent.private.as_deref(), name);
            if parent_scope.name_scope(&mangled) == Some(NameScope::GlobalExplicit) {
                return name.into();
            }
        }
        let is_function_parent = parent.kind == ScopeKind::Function && !parent_scope.comprehension;
        if is_function_parent {
            format!("{}.<locals>.{name}", parent.qualname).into()
        } else {
            format!("{}.{name}", parent.qualname).into()
        }
    }

    pub(crate) fn pop_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("a code unit is always open");
        unit.finish(&self.filename)
    }

    /// Load, store or delete `name` with the instruction its scope calls for (CPython's
    /// `compiler_nameop`).
    pub(crate) fn name_op(&mut self, name: &str, ctx: NameCtx, range: TextRange) -> Result {
        if name == "__debug__" {
            if ctx == NameCtx::Load {
                self.load_const(Constant::Bool(true));
                return Ok(());
            }
            let verb = if ctx == NameCtx::Del {
                "delete"
            } else {
                "assign to"
            };
            return Err(self.error(format!("cannot {verb} __debug__"), range));
        }
        let private = self.unit_ref().private.clone();
        let mangled = mangle(private.as_deref(), name).into_owned();
        let kind = self.unit_ref().kind;
        let scope = self.scope().name_scope(&mangled);
        enum Op {
            Fast,
            Deref(u32),
            Global,
            Name,
        }
        let op = match scope {
            Some(NameScope::Free) => match self.unit_ref().free_index(&mangled) {
                Some(i) => Op::Deref(i),
                None => Op::Name,
            },
            Some(NameScope::Cell) => match self.unit_ref().cell_index(&mangled) {
                Some(i) => Op::Deref(i),
                None => Op::Name,
            },
            Some(NameScope::Local) if kind == ScopeKind::Function => Op::Fast,
            Some(NameScope::GlobalImplicit) if kind == ScopeKind::Function => Op::Global,
            Some(NameScope::GlobalExplicit) => Op::Global,
            _ => Op::Name,
        };
        let ins = match (op, ctx) {
            (Op::Fast, c) => {
                let i = self.unit().add_varname(&mangled);
                match c {
                    NameCtx::Load => Instruction::LoadFast(i),
                    NameCtx::Store => Instruction::StoreFast(i),
                    NameCtx::Del => Instruction::DeleteFast(i),
                }
            }
            (Op::Deref(i), NameCtx::Load) if kind == ScopeKind::Class => {
                Instruction::LoadClassDeref(i)
            }
            (Op::Deref(i), NameCtx::Load) => Instruction::LoadDeref(i),
            (Op::Deref(i), NameCtx::Store) => Instruction::StoreDeref(i),
            (Op::Deref(i), NameCtx::Del) => Instruction::DeleteDeref(i),
            (Op::Global, c) => {
                let i = self.unit().add_name(&mangled);
                match c {
                    NameCtx::Load => Instruction::LoadGlobal(i),
                    NameCtx::Store => Instruction::StoreGlobal(i),
                    NameCtx::Del => Instruction::DeleteGlobal(i),
                }
            }
            (Op::Name, c) => {
                let i = self.unit().add_name(&mangled);
                match c {
                    NameCtx::Load => Instruction::LoadName(i),
                    NameCtx::Store => Instruction::StoreName(i),
                    NameCtx::Del => Instruction::DeleteName(i),
                }
            }
        };
        self.emit(ins);
        Ok(())
    }

    /// Store TOS into a compiler-generated name (`__doc__`, `__module__`, ...): always `StoreName`.
    pub(crate) fn store_name(&mut self, name: &str) -> Result {
        let i = self.unit().add_name(name);
        self.emit(Instruction::StoreName(i));
        Ok(())
    }

    pub(crate) fn load_name_plain(&mut self, name: &str) {
        let i = self.unit().add_name(name);
        self.emit(Instruction::LoadName(i));
    }

    /// The attribute name `name` mangled for the current class.
    pub(crate) fn attr_name(&mut self, name: &str) -> u32 {
        let private = self.unit_ref().private.clone();
        let mangled = mangle(private.as_deref(), name).into_owned();
        self.unit().add_name(&mangled)
    }

    /// The source text of `range` (used for `from __future__ import annotations`).
    pub(crate) fn source_text(&self, range: TextRange) -> &'src str {
        let src = self.map.source();
        src.get(usize::from(range.start())..usize::from(range.end()))
            .unwrap_or("")
    }
}

/// The docstring of a body: a first statement that is a plain string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    let Stmt::Expr(e) = body.first()? else {
        return None;
    };
    match &*e.value {
        Expr::StringLiteral(s) => Some(s.value.to_str().into()),
        _ => None,
    }
}
