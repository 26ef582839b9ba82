//! `try`/`except`/`finally`, `with`, `raise`, and unwinding frame blocks for `return`/`break`/`continue`,
//! in the block-stack shapes documented in `bytecode.rs`.

use ruff_python_ast::{self as ast, ExceptHandler};

use super::{Compiler, FBlock, NameCtx, Result};
use crate::bytecode::{Constant, Instruction};

impl<'ast> Compiler<'ast, '_> {
    /// Undo the frame blocks a `return` (all of them) or a `break`/`continue` (up to the innermost
    /// loop, returned) leaves, as CPython's `compiler_unwind_fblock_stack`. `preserve_tos` keeps a return
    /// value on top of the stack while doing so.
    pub(crate) fn unwind_fblock_stack(&mut self, preserve_tos: bool, find_loop: bool) -> Result<Option<FBlock<'ast>>> {
        let Some(top) = self.unit().fblocks.last().copied() else {
            return Ok(None);
        };
        if find_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        let r = self.unwind_fblock(top, preserve_tos).and_then(|()| self.unwind_fblock_stack(preserve_tos, find_loop));
        self.unit().fblocks.push(top);
        r
    }

    fn unwind_fblock(&mut self, block: FBlock<'ast>, preserve_tos: bool) -> Result {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.emit(Instruction::PopTop);
            }
            FBlock::TryExcept => self.emit(Instruction::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Instruction::PopBlock);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.compile_body(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.emit(Instruction::PopTop);
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.emit(Instruction::PopBlock);
                self.emit(Instruction::PopExcept);
            }
            FBlock::With { range } | FBlock::AsyncWith { range } => {
                self.set_loc(range);
                self.emit(Instruction::PopBlock);
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.call_exit_with_nones();
                if matches!(block, FBlock::AsyncWith { .. }) {
                    self.emit_await_at(2);
                }
                self.emit(Instruction::PopTop);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instruction::PopBlock);
                }
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.emit(Instruction::PopBlock);
                self.emit(Instruction::PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.emit(Instruction::PopTop);
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Instruction::Call(3));
    }

    /// `except E as e:` ends with `e = None; del e` so the traceback cycle is broken (CPython).
    fn clear_handler_name(&mut self, name: &str) -> Result {
        let range = Default::default();
        self.load_const(Constant::None);
        self.name_op(name, NameCtx::Store, range)?;
        self.name_op(name, NameCtx::Del, range)
    }

    /// `Swap(2); PopExcept; Reraise`: the cleanup handler restoring the previously handled exception.
    fn emit_cleanup(&mut self) {
        self.emit(Instruction::Swap(2));
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::Reraise);
    }

    pub(crate) fn compile_try(&mut self, t: &'ast ast::StmtTry) -> Result {
        if t.is_star {
            return Err(self.error("except* is not supported yet", t.range));
        }
        if t.finalbody.is_empty() { self.compile_try_except(t) } else { self.compile_try_finally(t) }
    }

    fn compile_try_finally(&mut self, t: &'ast ast::StmtTry) -> Result {
        let fin = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.set_loc(t.range);
        self.emit(Instruction::SetupFinally(fin.0));
        self.unit().fblocks.push(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instruction::PopBlock);
        self.compile_body(&t.finalbody)?;
        self.emit_jump_noline(end);

        self.bind(fin);
        self.set_loc(t.range);
        self.emit(Instruction::SetupFinally(cleanup.0));
        self.emit(Instruction::PushExcInfo);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.compile_body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instruction::PopBlock);
        self.emit_cleanup();

        self.bind(cleanup);
        self.emit_cleanup();
        self.bind(end);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'ast ast::StmtTry) -> Result {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.set_loc(t.range);
        self.emit(Instruction::SetupFinally(handler.0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.compile_body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Instruction::PopBlock);
        self.compile_body(&t.orelse)?;
        self.emit_jump_noline(end);

        self.bind(handler);
        self.set_loc(t.range);
        self.emit(Instruction::SetupFinally(cleanup.0));
        self.emit(Instruction::PushExcInfo);
        self.unit().fblocks.push(FBlock::ExceptionHandler);
        let n = t.handlers.len();
        for (i, ExceptHandler::ExceptHandler(h)) in t.handlers.iter().enumerate() {
            self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    // `CheckExcMatch` keeps the exception: `[.., exc, type] -> [.., exc, match]`.
                    self.compile_expr(ty)?;
                    self.set_loc(h.range);
                    self.emit(Instruction::CheckExcMatch);
                    self.emit(Instruction::PopJumpIfFalse(next.0));
                }
                None if i + 1 < n => {
                    return Err(self.error("default 'except:' must be last", h.range));
                }
                None => {}
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.name_op(name, NameCtx::Store, name.range)?;
                    self.emit(Instruction::SetupFinally(cleanup_end.0));
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: Some(name.as_str()) });
                    self.compile_body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instruction::PopBlock);
                    self.emit(Instruction::PopBlock);
                    self.emit(Instruction::PopExcept);
                    self.clear_handler_name(name)?;
                    self.emit(Instruction::Jump(end.0));

                    self.bind(cleanup_end);
                    self.clear_handler_name(name)?;
                    self.emit(Instruction::Reraise);
                }
                None => {
                    self.emit(Instruction::PopTop);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.compile_body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instruction::PopBlock);
                    self.emit(Instruction::PopExcept);
                    self.emit(Instruction::Jump(end.0));
                }
            }
            self.bind(next);
        }
        self.unit().fblocks.pop();
        if t.handlers.last().is_some_and(|h| {
            let ExceptHandler::ExceptHandler(h) = h;
            h.type_.is_some()
        }) {
            // No clause matched: re-raise into the cleanup handler.
            self.emit(Instruction::Reraise);
        }
        self.bind(cleanup);
        self.emit_cleanup();
        self.bind(end);
        Ok(())
    }

    /// `with a as x, b as y:` is `with a as x: with b as y:` (CPython's `compiler_with`).
    pub(crate) fn compile_with(&mut self, w: &'ast ast::StmtWith, index: usize) -> Result {
        if w.is_async && !self.in_async_context() {
            return Err(self.error("'async with' outside async function", w.range));
        }
        let Some(item) = w.items.get(index) else {
            return self.compile_body(&w.body);
        };
        let handler = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let after = self.new_label();
        self.compile_expr(&item.context_expr)?;
        self.set_loc(w.range);
        if w.is_async {
            // The block starts after the target is stored (there is no async `SetupWith`).
            self.emit(Instruction::BeforeAsyncWith);
            self.emit_await_at(1);
            match &item.optional_vars {
                Some(target) => self.compile_store(target)?,
                None => self.emit(Instruction::PopTop),
            }
            self.set_loc(w.range);
            self.emit(Instruction::SetupFinally(handler.0));
            self.unit().fblocks.push(FBlock::AsyncWith { range: w.range });
        } else {
            self.emit(Instruction::SetupWith(handler.0));
            match &item.optional_vars {
                Some(target) => self.compile_store(target)?,
                None => self.emit(Instruction::PopTop),
            }
            self.unit().fblocks.push(FBlock::With { range: w.range });
        }
        if index + 1 < w.items.len() {
            self.nest(|c| c.compile_with(w, index + 1))?;
        } else {
            self.compile_body(&w.body)?;
        }
        self.unit().fblocks.pop();
        self.set_loc(w.range);
        self.emit(Instruction::PopBlock);
        self.call_exit_with_nones();
        if w.is_async {
            self.emit_await_at(2);
        }
        self.emit(Instruction::PopTop);
        self.emit(Instruction::Jump(after.0));

        self.bind(handler);
        self.emit(Instruction::SetupFinally(cleanup.0));
        self.emit(Instruction::PushExcInfo);
        self.emit(Instruction::WithExceptStart);
        if w.is_async {
            self.emit_await_at(2);
        }
        self.emit(Instruction::PopJumpIfTrue(suppress.0));
        self.emit(Instruction::Reraise);
        self.bind(suppress);
        self.emit(Instruction::PopTop);
        self.emit(Instruction::PopBlock);
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::PopTop);
        self.emit(Instruction::Jump(after.0));
        self.bind(cleanup);
        self.emit_cleanup();
        self.bind(after);
        Ok(())
    }

    pub(crate) fn compile_raise(&mut self, r: &'ast ast::StmtRaise) -> Result {
        let mut n = 0;
        if let Some(exc) = &r.exc {
            self.compile_expr(exc)?;
            n = 1;
            if let Some(cause) = &r.cause {
                self.compile_expr(cause)?;
                n = 2;
            }
        }
        self.set_loc(r.range);
        self.emit(Instruction::Raise(n));
        Ok(())
    }
}
