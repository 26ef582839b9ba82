//! `import` and `from ... import ...` (CPython 3.11's `compiler_import` / `compiler_from_import`).

use std::rc::Rc;

use ruff_python_ast as ast;

use super::{Compiler, NameCtx, Result};
use crate::bytecode::{Constant, Instruction};

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_import(&mut self, s: &'ast ast::StmtImport) -> Result {
        for alias in &s.names {
            self.set_loc(s.range);
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            let i = self.unit().add_name(&alias.name);
            self.emit(Instruction::ImportName(i));
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the leaf module: walk down with `ImportFrom`.
                    let mut parts = alias.name.split('.').skip(1).peekable();
                    if parts.peek().is_some() {
                        while let Some(part) = parts.next() {
                            let i = self.unit().add_name(part);
                            self.emit(Instruction::ImportFrom(i));
                            if parts.peek().is_none() {
                                break;
                            }
                            self.emit(Instruction::Swap(2));
                            self.emit(Instruction::PopTop);
                        }
                        self.name_op(asname, NameCtx::Store, asname.range)?;
                        self.emit(Instruction::PopTop);
                    } else {
                        self.name_op(asname, NameCtx::Store, asname.range)?;
                    }
                }
                None => {
                    // `import a.b.c` binds the top-level package `a`.
                    let top = alias.name.split('.').next().unwrap_or("");
                    self.name_op(top, NameCtx::Store, alias.range)?;
                }
            }
        }
        Ok(())
    }

    pub(crate) fn compile_import_from(&mut self, s: &'ast ast::StmtImportFrom) -> Result {
        self.set_loc(s.range);
        let names: Vec<Constant> = s.names.iter().map(|a| Constant::Str(a.name.as_str().into())).collect();
        self.load_const(Constant::Int(i64::from(s.level)));
        self.load_const(Constant::Tuple(Rc::from(names)));
        let module = s.module.as_ref().map_or("", |m| m.as_str());
        let i = self.unit().add_name(module);
        self.emit(Instruction::ImportName(i));
        for alias in &s.names {
            if alias.name.as_str() == "*" {
                self.emit(Instruction::ImportStar);
                return Ok(());
            }
            let i = self.unit().add_name(&alias.name);
            self.emit(Instruction::ImportFrom(i));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(bound, NameCtx::Store, bound.range)?;
        }
        self.emit(Instruction::PopTop);
        Ok(())
    }
}
