//! `from __future__ import ...` checks (CPython's `Python/future.c`).

use ruff_python_ast::Stmt;
use ruff_text_size::Ranged;

use crate::source_map::SourceMap;
use crate::{CompileError, CompileErrorKind};

/// Features CPython 3.11 knows; all but `annotations` are always on.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Validate future imports; returns whether `annotations` is enabled.
pub(crate) fn check(
    body: &[Stmt],
    map: &SourceMap<'_>,
    filename: &str,
) -> Result<bool, CompileError> {
    let err = |msg: String, s: &Stmt| {
        CompileError::spanning(CompileErrorKind::SyntaxError, msg, map, filename, s.range())
    };
    let mut annotations = false;
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__") && f.level == 0 => {
                if !at_start {
                    return Err(err(
                        "from __future__ imports must occur at the beginning of the file"
                            .to_string(),
                        s,
                    ));
                }
                for alias in &f.names {
                    let name = alias.name.as_str();
                    if name == "braces" {
                        return Err(err("not a chance".to_string(), s));
                    }
                    if !FEATURES.contains(&name) {
                        return Err(err(format!("future feature {name} is not defined"), s));
                    }
                    annotations |= name == "annotations";
                }
            }
            Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => {}
            _ => at_start = false,
        }
    }
    Ok(annotations)
}
