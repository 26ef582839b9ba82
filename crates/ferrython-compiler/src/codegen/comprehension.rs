//! List/set/dict comprehensions and generator expressions: nested code objects (`<listcomp>`, ...) that
//! take the first iterator as their only argument `.0` (CPython 3.11's `compiler_comprehension`).

use ruff_python_ast::{Comprehension, Expr};
use ruff_text_size::Ranged;

use super::{Compiler, Label, Result};
use crate::bytecode::Instruction;
use crate::symtable::NodeKey;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_comprehension(&mut self, e: &'ast Expr) -> Result {
        let (name, kind, generators, elt, value): (_, _, &'ast [Comprehension], &'ast Expr, _) = match e {
            Expr::ListComp(c) => ("<listcomp>", Kind::List, &c.generators, &*c.elt, None),
            Expr::SetComp(c) => ("<setcomp>", Kind::Set, &c.generators, &*c.elt, None),
            Expr::DictComp(c) => match &c.key {
                Some(k) => ("<dictcomp>", Kind::Dict, &c.generators, &**k, Some(&*c.value)),
                None => return Err(self.error("invalid syntax", c.range)),
            },
            Expr::Generator(g) => ("<genexpr>", Kind::Generator, &g.generators, &*g.elt, None),
            _ => return Err(self.error("invalid syntax", e.range())),
        };
        let Some(first) = generators.first() else {
            return Err(self.error("invalid syntax", e.range()));
        };
        let is_async = generators.iter().any(|g| g.is_async)
            || self.table.lookup(NodeKey::new(e.range(), NodeKey::COMPREHENSION)).is_some_and(|id| self.table.scope(id).coroutine);
        if is_async && kind != Kind::Generator && !self.in_async_context() {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function", e.range()));
        }
        let range = match self.bare_genexpr {
            Some((g, parens)) if g == e.range() => parens,
            _ => e.range(),
        };
        let line = self.location(range).line;
        self.enter_scope(NodeKey::new(e.range(), NodeKey::COMPREHENSION), name, line, range)?;
        self.unit().argcount = 1;
        self.set_loc(range);
        match kind {
            Kind::List => self.emit(Instruction::BuildList(0)),
            Kind::Set => self.emit(Instruction::BuildSet(0)),
            Kind::Dict => self.emit(Instruction::BuildMap(0)),
            Kind::Generator => {}
        }
        self.comprehension_loop(generators, 0, elt, value, kind)?;
        if kind == Kind::Generator {
            self.implicit_return();
        } else {
            self.emit(Instruction::ReturnValue);
        }
        let code = self.pop_unit();
        self.set_loc(range);
        self.make_closure(code, 0, range)?;
        self.compile_iterable(&first.iter)?;
        self.set_loc(range);
        self.emit(if first.is_async { Instruction::GetAIter } else { Instruction::GetIter });
        self.emit(Instruction::Call(1));
        if is_async && kind != Kind::Generator {
            self.emit_await();
        }
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'ast [Comprehension],
        index: usize,
        elt: &'ast Expr,
        value: Option<&'ast Expr>,
        kind: Kind,
    ) -> Result {
        let g = &generators[index];
        if g.is_async {
            return self.async_comprehension_loop(generators, index, elt, value, kind);
        }
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        // Instructions of the loop itself have the location current in the comprehension's code:
        // the whole comprehension, or the last condition when it was a comparison (CPython's
        // `compiler_jump_if` leaves it current), as CPython 3.11 does.
        if index == 0 {
            // The outermost iterator arrives as argument `.0`.
            let i = self.unit().add_varname(".0");
            self.emit(Instruction::LoadFast(i));
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit(Instruction::GetIter);
        }
        self.bind(start);
        self.emit(Instruction::ForIter(anchor.0));
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, if_cleanup)?;
        }
        if index + 1 < generators.len() {
            self.nest_keeping_loc(|c| c.comprehension_loop(generators, index + 1, elt, value, kind))?;
        } else {
            self.comprehension_element(generators, elt, value, kind)?;
        }
        self.bind(if_cleanup);
        self.jump_back(start);
        self.bind(anchor);
        Ok(())
    }

    /// The innermost part: yield or add the element.
    fn comprehension_element(&mut self, generators: &'ast [Comprehension], elt: &'ast Expr, value: Option<&'ast Expr>, kind: Kind) -> Result {
        {
            let depth = generators.len() as u32 + 1;
            match kind {
                Kind::Generator => {
                    self.compile_expr(elt)?;
                    self.emit(Instruction::YieldValue);
                    self.emit(Instruction::PopTop);
                }
                Kind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instruction::ListAppend(depth));
                }
                Kind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instruction::SetAdd(depth));
                }
                Kind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Instruction::MapAdd(depth));
                }
            }
        }
        Ok(())
    }

    /// `async for` inside a comprehension (see `GetANext` in `bytecode.rs`).
    fn async_comprehension_loop(
        &mut self,
        generators: &'ast [Comprehension],
        index: usize,
        elt: &'ast Expr,
        value: Option<&'ast Expr>,
        kind: Kind,
    ) -> Result {
        let g = &generators[index];
        let start = self.new_label();
        let handler = self.new_label();
        if index == 0 {
            let i = self.unit().add_varname(".0");
            self.emit(Instruction::LoadFast(i));
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit(Instruction::GetAIter);
        }
        self.bind(start);
        self.emit(Instruction::SetupFinally(handler.0));
        self.emit(Instruction::GetANext);
        self.emit_await();
        self.emit(Instruction::PopBlock);
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, start)?;
        }
        if index + 1 < generators.len() {
            self.nest_keeping_loc(|c| c.comprehension_loop(generators, index + 1, elt, value, kind))?;
        } else {
            self.comprehension_element(generators, elt, value, kind)?;
        }
        self.jump_back(start);
        self.bind(handler);
        self.set_loc(g.iter.range());
        self.emit(Instruction::EndAsyncFor);
        Ok(())
    }

    fn jump_back(&mut self, target: Label) {
        self.emit_jump_noline(target);
    }
}
