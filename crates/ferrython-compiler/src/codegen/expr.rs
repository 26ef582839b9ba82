//! Expressions (CPython's `compiler_visit_expr1`).

use ruff_python_ast::{self as ast, CmpOp, Expr};
use ruff_text_size::Ranged;

use super::constant::{constant_of, frozenset_of};
use super::stmt::binary_operator;
use super::{Compiler, NameCtx, Result};
use crate::bytecode::{ComparisonOperator, Constant, Instruction, UnaryOperator};
use crate::symtable::ScopeKind;

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_expr(&mut self, e: &'ast Expr) -> Result {
        self.nest(|c| {
            c.set_loc(e.range());
            c.compile_expr_inner(e)
        })
    }

    fn compile_expr_inner(&mut self, e: &'ast Expr) -> Result {
        if let Some(c) = constant_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let (last, rest) = b.values.split_last().ok_or_else(|| self.error("invalid syntax", b.range))?;
                for v in rest {
                    self.compile_expr(v)?;
                    self.set_loc(b.range);
                    self.emit(match b.op {
                        ast::BoolOp::And => Instruction::JumpIfFalseOrPop(end.0),
                        ast::BoolOp::Or => Instruction::JumpIfTrueOrPop(end.0),
                    });
                }
                self.compile_expr(last)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.set_loc(n.range);
                self.emit(Instruction::Copy(1));
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.set_loc(b.range);
                self.emit(Instruction::BinaryOp(binary_operator(b.op, false)));
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.set_loc(u.range);
                self.emit(Instruction::UnaryOp(match u.op {
                    ast::UnaryOp::Invert => UnaryOperator::Invert,
                    ast::UnaryOp::Not => UnaryOperator::Not,
                    ast::UnaryOp::UAdd => UnaryOperator::Positive,
                    ast::UnaryOp::USub => UnaryOperator::Negative,
                }));
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.emit_jump_noline(end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.compile_starunpack(&s.elts, 0, Collection::Set)?,
            Expr::List(l) => self.compile_starunpack(&l.elts, 0, Collection::List)?,
            Expr::Tuple(t) => self.compile_starunpack(&t.elts, 0, Collection::Tuple)?,
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => self.compile_comprehension(e)?,
            Expr::Await(a) => {
                if self.unit().kind != ScopeKind::Function {
                    return Err(self.error("'await' outside function", a.range));
                }
                let in_comprehension = self.scope().comprehension;
                if !in_comprehension && !self.in_async_context() {
                    return Err(self.error("'await' outside async function", a.range));
                }
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                self.emit_await();
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_loc(y.range);
                self.emit(Instruction::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.range)?;
                let scope = self.unit().scope;
                if self.async_scopes.contains(&scope) {
                    return Err(self.error("'yield from' inside async function", y.range));
                }
                self.compile_expr(&y.value)?;
                self.set_loc(y.range);
                self.emit(Instruction::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit(Instruction::YieldFrom);
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.match_attr_start(a);
                let i = self.attr_name(&a.attr);
                self.emit(Instruction::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Instruction::BinarySubscr);
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range));
            }
            Expr::Name(n) => self.name_op(&n.id, NameCtx::Load, n.range)?,
            Expr::Slice(s) => self.compile_slice(s)?,
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range)),
            Expr::IpyEscapeCommand(i) => return Err(self.error("invalid syntax", i.range)),
            // Literals were handled by `constant_of` above.
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
        }
        Ok(())
    }

    /// An expression that is only iterated (`for`, comprehensions) or searched (`x in ...`):
    /// CPython's AST optimizer (`fold_iter`) makes a list display a tuple (a constant one when its
    /// items are constants) and a set display of constants a frozenset constant, which is then
    /// what the loop iterates, in the frozenset's order.
    pub(crate) fn compile_iterable(&mut self, e: &'ast Expr) -> Result {
        let folded = match e {
            Expr::Set(s) => frozenset_of(&s.elts),
            Expr::List(l) if !l.elts.iter().any(Expr::is_starred_expr) => {
                let consts: Option<Vec<Constant>> = l.elts.iter().map(constant_of).collect();
                match consts {
                    Some(items) => Some(Constant::Tuple(items.into())),
                    None => {
                        return self.nest(|c| {
                            c.set_loc(l.range);
                            c.compile_starunpack(&l.elts, 0, Collection::Tuple)
                        });
                    }
                }
            }
            _ => None,
        };
        match folded {
            Some(constant) => self.nest(|c| {
                c.set_loc(e.range());
                c.load_const(constant);
                Ok(())
            }),
            None => self.compile_expr(e),
        }
    }

    /// The right operand of the comparison `ops[i]`: folded by [`Self::compile_iterable`] when it
    /// is the last and the operator is `in`/`not in` (CPython's `fold_compare`).
    pub(crate) fn compile_comparator(&mut self, c: &'ast ast::ExprCompare, i: usize) -> Result {
        let last = i + 1 == c.ops.len();
        if last && matches!(c.ops[i], CmpOp::In | CmpOp::NotIn) {
            return self.compile_iterable(&c.comparators[i]);
        }
        self.compile_expr(&c.comparators[i])
    }

    /// `GetAwaitable(0); LoadConst(None); YieldFrom` (CPython's GET_AWAITABLE + SEND loop).
    pub(crate) fn emit_await(&mut self) {
        self.emit_await_at(0);
    }

    /// `emit_await` for the result of `__aenter__` (`site` 1) or `__aexit__` (2).
    pub(crate) fn emit_await_at(&mut self, site: u32) {
        self.emit(Instruction::GetAwaitable(site));
        self.load_const(Constant::None);
        self.emit(Instruction::YieldFrom);
    }

    /// Inside an `async def`, or a comprehension nested (only through comprehensions) in one.
    pub(crate) fn in_async_context(&self) -> bool {
        for u in self.units.iter().rev() {
            let scope = self.table.scope(u.scope);
            if !scope.comprehension {
                return scope.kind == ScopeKind::Function && self.async_scopes.contains(&u.scope);
            }
        }
        false
    }

    fn check_yield_allowed(&mut self, range: ruff_text_size::TextRange) -> Result {
        if self.unit().kind != ScopeKind::Function {
            return Err(self.error("'yield' outside function", range));
        }
        Ok(())
    }

    /// The key of a subscript: slices become `BuildSlice` (3.11 has no `BINARY_SLICE`).
    pub(crate) fn compile_subscript_key(&mut self, key: &'ast Expr) -> Result {
        match key {
            Expr::Slice(s) => self.compile_slice(s),
            other => self.compile_expr(other),
        }
    }

    fn compile_slice(&mut self, s: &'ast ast::ExprSlice) -> Result {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.compile_expr(p)?,
                None => self.load_const(Constant::None),
            }
        }
        let n = if let Some(step) = &s.step {
            self.compile_expr(step)?;
            3
        } else {
            2
        };
        self.set_loc(s.range);
        self.emit(Instruction::BuildSlice(n));
        Ok(())
    }

    /// Comparisons; a chain `a < b < c` evaluates `b` once (CPython's `compiler_compare`).
    fn compile_compare(&mut self, c: &'ast ast::ExprCompare) -> Result {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 0 {
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&c.comparators[i])?;
            self.set_loc(c.range);
            self.emit(Instruction::Swap(2));
            self.emit(Instruction::Copy(2));
            self.emit(compare_instruction(c.ops[i]));
            self.emit(Instruction::JumpIfFalseOrPop(cleanup.0));
        }
        self.compile_comparator(c, n - 1)?;
        self.set_loc(c.range);
        self.emit(compare_instruction(c.ops[n - 1]));
        if n > 1 {
            let end = self.new_label();
            self.emit(Instruction::Jump(end.0));
            self.bind(cleanup);
            self.emit(Instruction::Swap(2));
            self.emit(Instruction::PopTop);
            self.bind(end);
        }
        Ok(())
    }
}

pub(crate) fn compare_instruction(op: CmpOp) -> Instruction {
    match op {
        CmpOp::Eq => Instruction::CompareOp(ComparisonOperator::Equal),
        CmpOp::NotEq => Instruction::CompareOp(ComparisonOperator::NotEqual),
        CmpOp::Lt => Instruction::CompareOp(ComparisonOperator::Less),
        CmpOp::LtE => Instruction::CompareOp(ComparisonOperator::LessEqual),
        CmpOp::Gt => Instruction::CompareOp(ComparisonOperator::Greater),
        CmpOp::GtE => Instruction::CompareOp(ComparisonOperator::GreaterEqual),
        CmpOp::Is => Instruction::IsOp(false),
        CmpOp::IsNot => Instruction::IsOp(true),
        CmpOp::In => Instruction::ContainsOp(false),
        CmpOp::NotIn => Instruction::ContainsOp(true),
    }
}

/// Which display `compile_starunpack` builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Collection {
    List,
    Tuple,
    Set,
}
