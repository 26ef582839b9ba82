//! Dropping a deep AST without recursing on the Rust stack.
//!
//! `ruff_python_ast` nodes drop recursively. The parser grows its stack with `stacker` so it can
//! build very deep trees (`-` repeated 100,000 times); dropping one normally would overflow. This
//! walks the tree post-order on a growable stack and replaces each node by a leaf after its children
//! have been replaced, so every individual drop is shallow.

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_pattern, walk_stmt};
use ruff_python_ast::{AtomicNodeIndex, Expr, ExprNoneLiteral, Mod, Pattern, PatternMatchStar, Stmt, StmtPass};
use ruff_text_size::TextRange;

struct Dismantle;

impl Transformer for Dismantle {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        stacker::maybe_grow(32 * 1024, 1024 * 1024, || walk_stmt(self, stmt));
        *stmt = Stmt::Pass(StmtPass { node_index: AtomicNodeIndex::default(), range: TextRange::default() });
    }

    fn visit_expr(&self, expr: &mut Expr) {
        stacker::maybe_grow(32 * 1024, 1024 * 1024, || walk_expr(self, expr));
        *expr = Expr::NoneLiteral(ExprNoneLiteral::default());
    }

    fn visit_pattern(&self, pattern: &mut Pattern) {
        stacker::maybe_grow(32 * 1024, 1024 * 1024, || walk_pattern(self, pattern));
        *pattern = Pattern::MatchStar(PatternMatchStar { node_index: AtomicNodeIndex::default(), range: TextRange::default(), name: None });
    }
}

pub(crate) fn dismantle(mut ast: Mod) {
    let d = Dismantle;
    match &mut ast {
        Mod::Module(m) => {
            for s in m.body.iter_mut() {
                d.visit_stmt(s);
            }
        }
        Mod::Expression(e) => d.visit_expr(&mut e.body),
    }
}
