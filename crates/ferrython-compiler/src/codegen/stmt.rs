//! Statements: assignment forms, `del`, control flow (`if`/`while`/`for`, `break`/`continue`/`return`),
//! `assert`, `global`/`nonlocal`, expression statements.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::constant::{constant_of, is_literal};
use super::{Compiler, FBlock, NameCtx, Result};
use crate::bytecode::{BinaryOperator, Constant, Instruction};
use crate::symtable::ScopeKind;

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_body(&mut self, body: &'ast [Stmt]) -> Result {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn compile_stmt(&mut self, s: &'ast Stmt) -> Result {
        self.nest(|c| {
            c.set_loc(s.range());
            c.compile_stmt_inner(s)
        })
    }

    fn compile_stmt_inner(&mut self, s: &'ast Stmt) -> Result {
        match s {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.set_loc(s.range());
                        self.emit(Instruction::Copy(1));
                    }
                    self.compile_store(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => self.compile_ann_assign(a),
            Stmt::For(f) => {
                if f.is_async {
                    return self.compile_async_for(f);
                }
                self.compile_for(f)
            }
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => self.compile_with(w, 0),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => self.compile_raise(r),
            Stmt::Try(t) => self.compile_try(t),
            Stmt::Assert(a) => self.compile_assert(a),
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => self.compile_expr_stmt(&e.value),
            Stmt::Pass(_) => Ok(()),
            Stmt::Break(b) => self.compile_break(b.range),
            Stmt::Continue(c) => self.compile_continue(c.range),
            Stmt::TypeAlias(t) => Err(self.error("invalid syntax", t.range)),
            Stmt::IpyEscapeCommand(i) => Err(self.error("invalid syntax", i.range)),
        }
    }

    fn compile_expr_stmt(&mut self, value: &'ast Expr) -> Result {
        let top_level = self.units.len() == 1;
        if self.interactive && top_level {
            self.compile_expr(value)?;
            self.emit(Instruction::PrintExpr);
            return Ok(());
        }
        // CPython drops statements that are just a constant (docstring-like expressions).
        if is_literal(value) {
            return Ok(());
        }
        self.compile_expr(value)?;
        self.set_loc(value.range());
        self.emit(Instruction::PopTop);
        Ok(())
    }

    /// Store TOS into an assignment target.
    pub(crate) fn compile_store(&mut self, target: &'ast Expr) -> Result {
        self.nest(|c| {
            c.set_loc(target.range());
            c.compile_store_inner(target)
        })
    }

    fn compile_store_inner(&mut self, target: &'ast Expr) -> Result {
        match target {
            Expr::Name(n) => self.name_op(&n.id, NameCtx::Store, n.range),
            Expr::Attribute(a) => {
                self.check_forbidden_attr(&a.attr, a.range)?;
                self.compile_expr(&a.value)?;
                self.match_attr_start(a);
                let i = self.attr_name(&a.attr);
                self.emit(Instruction::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Instruction::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. }) | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.compile_unpack(elts, *range)?;
                for e in elts {
                    let inner = match e {
                        Expr::Starred(s) => &*s.value,
                        other => other,
                    };
                    self.compile_store(inner)?;
                }
                Ok(())
            }
            Expr::Starred(s) => Err(self.error("starred assignment target must be in a list or tuple", s.range)),
            other => Err(self.error(format!("cannot assign to {}", describe_expr(other)), other.range())),
        }
    }

    /// `UnpackSequence`/`UnpackEx` for a tuple or list target (CPython's `unpack_helper`).
    fn compile_unpack(&mut self, elts: &[Expr], range: TextRange) -> Result {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(self.error("too many expressions in star-unpacking assignment", range));
                }
                self.emit(Instruction::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
            None => self.emit(Instruction::UnpackSequence(elts.len() as u32)),
        }
        Ok(())
    }

    fn check_forbidden_attr(&self, name: &str, range: TextRange) -> Result {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        Ok(())
    }

    pub(crate) fn compile_delete(&mut self, target: &'ast Expr) -> Result {
        self.set_loc(target.range());
        match target {
            Expr::Name(n) => self.name_op(&n.id, NameCtx::Del, n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.match_attr_start(a);
                let i = self.attr_name(&a.attr);
                self.emit(Instruction::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Instruction::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            other => Err(self.error(format!("cannot delete {}", describe_expr(other)), other.range())),
        }
    }

    fn compile_aug_assign(&mut self, a: &'ast ast::StmtAugAssign) -> Result {
        let op = inplace_operator(a.op);
        let stmt_range = a.range;
        match &*a.target {
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Load, n.range)?;
                self.compile_expr(&a.value)?;
                self.set_loc(stmt_range);
                self.emit(Instruction::BinaryOp(op));
                self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Store, n.range)
            }
            Expr::Attribute(t) => {
                self.compile_expr(&t.value)?;
                self.set_loc(t.range);
                self.emit(Instruction::Copy(1));
                self.match_attr_start(t);
                let i = self.attr_name(&t.attr);
                self.emit(Instruction::LoadAttr(i));
                self.compile_expr(&a.value)?;
                self.set_loc(stmt_range);
                self.emit(Instruction::BinaryOp(op));
                self.set_loc(t.range);
                self.match_attr_start(t);
                self.emit(Instruction::Swap(2));
                self.emit(Instruction::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(t) => {
                self.compile_expr(&t.value)?;
                self.compile_subscript_key(&t.slice)?;
                self.set_loc(t.range);
                self.emit(Instruction::Copy(2));
                self.emit(Instruction::Copy(2));
                self.emit(Instruction::BinarySubscr);
                self.compile_expr(&a.value)?;
                self.set_loc(stmt_range);
                self.emit(Instruction::BinaryOp(op));
                self.set_loc(t.range);
                self.emit(Instruction::Swap(3));
                self.emit(Instruction::Swap(2));
                self.emit(Instruction::StoreSubscr);
                Ok(())
            }
            other => Err(self.error(format!("'{}' is an illegal expression for augmented assignment", describe_expr(other)), other.range())),
        }
    }

    /// CPython's `compiler_annassign`: the assignment first, then (at module and class level only)
    /// the annotation stored into `__annotations__`.
    fn compile_ann_assign(&mut self, a: &'ast ast::StmtAnnAssign) -> Result {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        let module_or_class = matches!(self.unit().kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", n.range));
                }
                if a.simple && module_or_class {
                    self.compile_annotation(&a.annotation)?;
                    self.set_loc(a.range);
                    self.load_name_plain("__annotations__");
                    let private = self.unit().private.clone();
                    let mangled = crate::symtable::mangle(private.as_deref(), &n.id).into_owned();
                    self.load_const(Constant::Str(mangled.into()));
                    self.emit(Instruction::StoreSubscr);
                }
                return Ok(());
            }
            Expr::Attribute(t) if a.value.is_none() => {
                self.compile_expr(&t.value)?;
                self.emit(Instruction::PopTop);
            }
            Expr::Subscript(t) if a.value.is_none() => {
                self.compile_expr(&t.value)?;
                self.emit(Instruction::PopTop);
                self.compile_subscript_key(&t.slice)?;
                self.emit(Instruction::PopTop);
            }
            _ => {}
        }
        if !a.simple && module_or_class && !self.future_annotations {
            self.compile_expr(&a.annotation)?;
            self.emit(Instruction::PopTop);
        }
        Ok(())
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn compile_annotation(&mut self, e: &'ast Expr) -> Result {
        if self.future_annotations {
            let text = self.source_text(e.range()).to_string();
            self.load_const(Constant::Str(text.into()));
            return Ok(());
        }
        self.compile_expr(e)
    }

    fn compile_return(&mut self, r: &'ast ast::StmtReturn) -> Result {
        if self.unit().kind != ScopeKind::Function {
            return Err(self.error("'return' outside function", r.range));
        }
        let scope = self.scope();
        if r.value.is_some() && scope.generator && scope.coroutine {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        let constant = match &r.value {
            None => Some(Constant::None),
            Some(v) => constant_of(v),
        };
        match (r.value.as_deref(), constant) {
            (Some(v), None) => {
                self.compile_expr(v)?;
                self.unwind_fblock_stack(true, false)?;
            }
            (_, c) => {
                // A constant is loaded after unwinding, so no value is kept across the finally
                // bodies (CPython's `compiler_return`), at the constant's location when it is on
                // the statement's line.
                self.unwind_fblock_stack(false, false)?;
                let same_line = r.value.as_deref().is_some_and(|v| self.location(v.range()).line == self.location(r.range).line);
                match r.value.as_deref() {
                    Some(v) if same_line => self.set_loc(v.range()),
                    _ => self.set_loc(r.range),
                }
                self.load_const(c.unwrap_or(Constant::None));
                self.emit(Instruction::ReturnValue);
                return Ok(());
            }
        }
        self.set_loc(r.range);
        self.emit(Instruction::ReturnValue);
        Ok(())
    }

    fn compile_break(&mut self, range: TextRange) -> Result {
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop", range));
        };
        self.set_loc(range);
        match loop_block {
            FBlock::ForLoop { end, .. } => {
                self.emit(Instruction::PopTop);
                self.emit(Instruction::Jump(end.0));
            }
            FBlock::WhileLoop { end, .. } => self.emit(Instruction::Jump(end.0)),
            _ => {}
        }
        Ok(())
    }

    fn compile_continue(&mut self, range: TextRange) -> Result {
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        self.set_loc(range);
        match loop_block {
            FBlock::ForLoop { start, .. } | FBlock::WhileLoop { start, .. } => self.emit(Instruction::Jump(start.0)),
            _ => {}
        }
        Ok(())
    }

    fn compile_if(&mut self, i: &'ast ast::StmtIf) -> Result {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        if !i.elif_else_clauses.is_empty() {
            self.emit_jump_noline(end);
        }
        for clause in &i.elif_else_clauses {
            self.bind(next);
            next = self.new_label();
            match &clause.test {
                Some(test) => {
                    self.set_loc(clause.range);
                    self.compile_jump_if(test, false, next)?;
                    self.compile_body(&clause.body)?;
                    self.emit_jump_noline(end);
                }
                None => self.compile_body(&clause.body)?,
            }
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    /// A jump that keeps the location of the previous instruction (CPython marks these artificial).
    pub(crate) fn emit_jump_noline(&mut self, target: super::Label) {
        let current = self.unit().loc;
        if let Some(&loc) = self.unit().locations.last() {
            self.unit().loc = loc;
        }
        self.emit(Instruction::Jump(target.0));
        self.unit().loc = current;
    }

    fn compile_while(&mut self, w: &'ast ast::StmtWhile) -> Result {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let always_true = matches!(constant_of(&w.test), Some(c) if const_truthy(&c));
        if !always_true {
            self.compile_jump_if(&w.test, false, orelse)?;
        }
        self.unit().fblocks.push(FBlock::WhileLoop { start, end });
        self.compile_body(&w.body)?;
        self.unit().fblocks.pop();
        // The back edge is where Ctrl-C lands in a loop: CPython gives it the whole statement for
        // `while True:` and the test's span otherwise (it re-tests at the bottom).
        self.set_loc(if always_true { w.range } else { w.test.range() });
        self.emit(Instruction::Jump(start.0));
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'ast ast::StmtFor) -> Result {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_iterable(&f.iter)?;
        // CPython gives `GET_ITER`/`FOR_ITER` the whole `for` statement's span.
        self.set_loc(f.range);
        self.emit(Instruction::GetIter);
        self.bind(start);
        self.emit(Instruction::ForIter(cleanup.0));
        self.compile_store(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { start, end });
        self.compile_body(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump_noline(start);
        self.bind(cleanup);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for` (see `GetANext` in `bytecode.rs`).
    fn compile_async_for(&mut self, f: &'ast ast::StmtFor) -> Result {
        if !self.in_async_context() {
            return Err(self.error("'async for' outside async function", f.range));
        }
        let start = self.new_label();
        let handler = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        self.set_loc(f.iter.range());
        self.emit(Instruction::GetAIter);
        self.bind(start);
        self.emit(Instruction::SetupFinally(handler.0));
        self.emit(Instruction::GetANext);
        self.load_const(Constant::None);
        self.emit(Instruction::YieldFrom);
        self.emit(Instruction::PopBlock);
        self.compile_store(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { start, end });
        self.compile_body(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump_noline(start);
        self.bind(handler);
        self.set_loc(f.iter.range());
        self.emit(Instruction::EndAsyncFor);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_assert(&mut self, a: &'ast ast::StmtAssert) -> Result {
        let end = self.new_label();
        // The raise keeps the location the condition left current (CPython's `compiler_assert`).
        self.compile_jump_if(&a.test, true, end)?;
        self.emit(Instruction::LoadAssertionError);
        if let Some(msg) = &a.msg {
            self.compile_expr(msg)?;
            self.emit(Instruction::Call(1));
        }
        self.emit(Instruction::Raise(1));
        self.bind(end);
        Ok(())
    }

    /// Compile `e` as a condition: jump to `target` when its truth equals `jump_if` (CPython's
    /// `compiler_jump_if`, which avoids materialising `and`/`or`/`not` results).
    ///
    /// Locations follow CPython 3.11: the jump of a plain condition has the location current
    /// when the condition started (the statement's), while a comparison makes its own location
    /// current and leaves it so: `assert v > 0` raises at `v > 0`.
    pub(crate) fn compile_jump_if(&mut self, e: &'ast Expr, jump_if: bool, target: super::Label) -> Result {
        self.nest_keeping_loc(|c| {
            match e {
                Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                    return c.compile_jump_if(&u.operand, !jump_if, target);
                }
                Expr::BoolOp(b) => {
                    let is_or = b.op == ast::BoolOp::Or;
                    let (last, rest) = b.values.split_last().ok_or_else(|| c.error("invalid syntax", b.range))?;
                    if is_or != jump_if {
                        let next = c.new_label();
                        for v in rest {
                            c.compile_jump_if(v, is_or, next)?;
                        }
                        c.compile_jump_if(last, jump_if, target)?;
                        c.bind(next);
                    } else {
                        for v in rest {
                            c.compile_jump_if(v, jump_if, target)?;
                        }
                        c.compile_jump_if(last, jump_if, target)?;
                    }
                    return Ok(());
                }
                Expr::If(i) => {
                    let end = c.new_label();
                    let orelse = c.new_label();
                    c.compile_jump_if(&i.test, false, orelse)?;
                    c.compile_jump_if(&i.body, jump_if, target)?;
                    c.emit_jump_noline(end);
                    c.bind(orelse);
                    c.compile_jump_if(&i.orelse, jump_if, target)?;
                    c.bind(end);
                    return Ok(());
                }
                Expr::Compare(cmp) => {
                    c.set_loc(cmp.range);
                    if cmp.ops.len() > 1 {
                        return c.compile_chained_compare_jump(cmp, jump_if, target);
                    }
                }
                _ => {}
            }
            c.compile_expr(e)?;
            c.emit(if jump_if { Instruction::PopJumpIfTrue(target.0) } else { Instruction::PopJumpIfFalse(target.0) });
            Ok(())
        })
    }

    /// `a < b < c` as a condition: each comparison jumps out when false, without building the
    /// result (CPython's `compiler_jump_if` for `Compare_kind`).
    fn compile_chained_compare_jump(&mut self, cmp: &'ast ast::ExprCompare, jump_if: bool, target: super::Label) -> Result {
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_expr(&cmp.left)?;
        let n = cmp.comparators.len();
        if n == 0 || cmp.ops.len() != n {
            return Err(self.error("invalid syntax", cmp.range));
        }
        for (i, comparator) in cmp.comparators[..n - 1].iter().enumerate() {
            self.compile_expr(comparator)?;
            self.emit(Instruction::Swap(2));
            self.emit(Instruction::Copy(2));
            self.emit(super::expr::compare_instruction(cmp.ops[i]));
            self.emit(Instruction::PopJumpIfFalse(cleanup.0));
        }
        self.compile_comparator(cmp, n - 1)?;
        self.emit(super::expr::compare_instruction(cmp.ops[n - 1]));
        self.emit(if jump_if { Instruction::PopJumpIfTrue(target.0) } else { Instruction::PopJumpIfFalse(target.0) });
        self.emit_jump_noline(end);
        self.bind(cleanup);
        self.emit(Instruction::PopTop);
        if !jump_if {
            self.emit_jump_noline(target);
        }
        self.bind(end);
        Ok(())
    }
}

pub(crate) fn const_truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) | Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

pub(crate) fn inplace_operator(op: ast::Operator) -> BinaryOperator {
    binary_operator(op, true)
}

pub(crate) fn binary_operator(op: ast::Operator, inplace: bool) -> BinaryOperator {
    use BinaryOperator as B;
    use ast::Operator as O;
    let base = match op {
        O::Add => B::Add,
        O::Sub => B::Subtract,
        O::Mult => B::Multiply,
        O::MatMult => B::MatrixMultiply,
        O::Div => B::TrueDivide,
        O::Mod => B::Remainder,
        O::Pow => B::Power,
        O::LShift => B::LShift,
        O::RShift => B::RShift,
        O::BitOr => B::Or,
        O::BitXor => B::Xor,
        O::BitAnd => B::And,
        O::FloorDiv => B::FloorDivide,
    };
    if !inplace {
        return base;
    }
    match base {
        B::Add => B::InplaceAdd,
        B::Subtract => B::InplaceSubtract,
        B::Multiply => B::InplaceMultiply,
        B::MatrixMultiply => B::InplaceMatrixMultiply,
        B::TrueDivide => B::InplaceTrueDivide,
        B::Remainder => B::InplaceRemainder,
        B::Power => B::InplacePower,
        B::LShift => B::InplaceLShift,
        B::RShift => B::InplaceRShift,
        B::Or => B::InplaceOr,
        B::Xor => B::InplaceXor,
        B::And => B::InplaceAnd,
        B::FloorDivide => B::InplaceFloorDivide,
        other => other,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages (`_PyPegen_get_expr_name`).
pub(crate) fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Whether a body contains annotated assignments that need `SetupAnnotations` (CPython's `find_ann`:
/// it looks into compound statements but not into nested functions or classes).
pub(crate) fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_annotations(&f.body) || find_annotations(&f.orelse),
        Stmt::While(w) => find_annotations(&w.body) || find_annotations(&w.orelse),
        Stmt::If(i) => find_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| find_annotations(&c.body)),
        Stmt::With(w) => find_annotations(&w.body),
        Stmt::Try(t) => {
            find_annotations(&t.body)
                || find_annotations(&t.orelse)
                || find_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_annotations(&c.body)),
        _ => false,
    })
}
