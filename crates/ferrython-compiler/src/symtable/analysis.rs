//! Resolving every name to a [`NameScope`]: CPython's `analyze_block`, `analyze_name`,
//! `analyze_cells`, `drop_class_free` and `update_symbols`, with the same sets passed down the tree.

use std::collections::HashSet;

use ruff_text_size::TextRange;

use super::flags::*;
use super::{NameScope, ScopeId, ScopeKind, Symbol, SymbolTable};

type Names = HashSet<String>;
type AnalysisError = (String, TextRange);

pub(super) fn analyze(table: &mut SymbolTable) -> Result<(), AnalysisError> {
    let mut free = Names::new();
    let global = Names::new();
    analyze_block(table, 0, None, &mut free, &global)
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&Names>,
    free: &mut Names,
    global: &Names,
) -> Result<(), AnalysisError> {
    let kind = table.scopes[id].kind;
    let mut local = Names::new();
    let mut new_global = Names::new();
    let mut new_free = Names::new();
    let mut new_bound = Names::new();
    let mut global = global.clone();
    let mut bound = bound.cloned();

    // A class namespace has no effect on names visible in nested functions: pass down what the
    // class itself received, before analyzing the class's own names.
    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        if let Some(b) = &bound {
            new_bound.extend(b.iter().cloned());
        }
    }

    let order = table.scopes[id].order.clone();
    for name in &order {
        let flags = table.scopes[id].flags(name);
        let scope = analyze_name(
            table,
            id,
            name,
            flags,
            bound.as_mut(),
            &mut local,
            free,
            &mut global,
        )?;
        if let Some(sym) = table.scopes[id].symbols.get_mut(name) {
            sym.scope = scope;
        }
    }

    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            new_bound.extend(b.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    } else {
        new_bound.insert("__class__".to_string());
    }

    let mut all_free = Names::new();
    let children = table.scopes[id].children.clone();
    for child in children {
        let mut child_free = new_free.clone();
        // Scopes nest as deeply as lambdas can: grow the stack instead of overflowing it.
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            analyze_block(table, child, Some(&new_bound), &mut child_free, &new_global)
        })?;
        all_free.extend(child_free);
    }
    new_free.extend(all_free);

    match kind {
        ScopeKind::Function => {
            // Locals captured by children become cells.
            let scope = &mut table.scopes[id];
            for (name, sym) in scope.symbols.iter_mut() {
                if sym.scope == NameScope::Local && new_free.remove(name) {
                    sym.scope = NameScope::Cell;
                }
            }
        }
        ScopeKind::Class => {
            if new_free.remove("__class__") {
                table.scopes[id].needs_class_closure = true;
            }
        }
        ScopeKind::Module => {}
    }

    update_symbols(
        table,
        id,
        bound.as_ref(),
        &new_free,
        kind == ScopeKind::Class,
    );
    free.extend(new_free);
    Ok(())
}

#[expect(clippy::too_many_arguments, reason = "mirrors CPython's analyze_name")]
fn analyze_name(
    table: &mut SymbolTable,
    id: ScopeId,
    name: &str,
    flags: u32,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<NameScope, AnalysisError> {
    let directive = || {
        table.scopes[id]
            .directives
            .get(name)
            .copied()
            .unwrap_or_default()
    };
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err((format!("name '{name}' is nonlocal and global"), directive()));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(NameScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err((
                "nonlocal declaration not allowed at module level".to_string(),
                directive(),
            ));
        };
        if !b.contains(name) {
            return Err((
                format!("no binding for nonlocal '{name}' found"),
                directive(),
            ));
        }
        table.scopes[id].has_free = true;
        free.insert(name.to_string());
        return Ok(NameScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(NameScope::Local);
    }
    if let Some(b) = bound
        && b.contains(name)
    {
        table.scopes[id].has_free = true;
        free.insert(name.to_string());
        return Ok(NameScope::Free);
    }
    if global.contains(name) {
        return Ok(NameScope::GlobalImplicit);
    }
    if table.scopes[id].nested {
        table.scopes[id].has_free = true;
    }
    Ok(NameScope::GlobalImplicit)
}

/// Record free variables of children that pass through this scope (CPython's `update_symbols`).
fn update_symbols(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&Names>,
    free: &Names,
    is_class: bool,
) {
    let mut names: Vec<&String> = free.iter().collect();
    names.sort();
    let scope = &mut table.scopes[id];
    for name in names {
        if let Some(sym) = scope.symbols.get_mut(name) {
            // A method's free variable with the same name as a class-level binding: the class body
            // needs the cell too (it is both a class local and passed through).
            if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound
            && !b.contains(name)
        {
            continue;
        }
        scope.order.push(name.clone());
        scope.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: NameScope::Free,
            },
        );
    }
}
