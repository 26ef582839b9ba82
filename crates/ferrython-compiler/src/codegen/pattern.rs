//! `match` statements (not compiled yet).

use ruff_python_ast as ast;

use super::{Compiler, Result};

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_match(&mut self, m: &'ast ast::StmtMatch) -> Result {
        Err(self.error("match statements are not supported yet", m.range))
    }
}
