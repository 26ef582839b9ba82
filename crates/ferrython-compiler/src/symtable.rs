//! The symbol table pass: which scope every name lives in, exactly as CPython's `Python/symtable.c`.
//!
//! [`builder`] walks the AST once and records, per scope, how each name is used (bound, used, declared
//! `global`/`nonlocal`, a parameter, ...). [`analysis`] then resolves each name to local, global
//! (explicit or implicit), free or cell, passing bound names down the scope tree the way CPython's
//! `analyze_block` does (class bodies do not make their names visible to methods).

mod analysis;
pub(crate) mod builder;

use std::collections::HashMap;

use ruff_text_size::TextRange;

pub(crate) use builder::build;

/// Flags recorded for a name in one scope (CPython's `DEF_*`).
pub(crate) mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const DEF_FREE_CLASS: u32 = 64;
    pub const DEF_IMPORT: u32 = 128;
    pub const DEF_ANNOT: u32 = 256;
    pub const DEF_COMP_ITER: u32 = 512;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

/// Where a name resolves (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

pub(crate) type ScopeId = usize;

/// Identifies the AST node that opens a scope: its range and what kind of node it is, so codegen can
/// find the scope the symbol table made for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct NodeKey {
    pub start: u32,
    pub end: u32,
    pub tag: u8,
}

impl NodeKey {
    pub(crate) const FUNCTION: u8 = 0;
    pub(crate) const CLASS: u8 = 1;
    pub(crate) const LAMBDA: u8 = 2;
    pub(crate) const COMPREHENSION: u8 = 3;

    pub(crate) fn new(range: TextRange, tag: u8) -> NodeKey {
        NodeKey {
            start: range.start().into(),
            end: range.end().into(),
            tag,
        }
    }
}

#[derive(Debug)]
pub(crate) struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: HashMap<String, Symbol>,
    /// Symbol names in first-seen order (so analysis is deterministic).
    pub order: Vec<String>,
    /// Parameters in `co_varnames` order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: bool,
    /// A free variable is used in this scope (CPython's `ste_free`).
    pub has_free: bool,
    /// A class body whose methods use `__class__` or `super`: it gets the implicit `__class__` cell.
    pub needs_class_closure: bool,
    /// Class name used to mangle `__private` names in this scope.
    pub private: Option<String>,
    /// Where each `global`/`nonlocal` name was declared, for error positions.
    pub directives: HashMap<String, TextRange>,
    /// Counters used while building.
    pub(crate) comp_iter_target: bool,
    pub(crate) comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, nested: bool, private: Option<String>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: false,
            has_free: false,
            needs_class_closure: false,
            private,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub(crate) fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name` (already mangled); `None` if the name never occurs here.
    pub(crate) fn name_scope(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).map(|s| s.scope)
    }

    /// Names with `scope`, sorted as CPython sorts `co_cellvars` / `co_freevars`.
    pub(crate) fn sorted_names(&self, want: NameScope, extra_flag: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == want || s.flags & extra_flag != 0)
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        names
    }
}

#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Deepest statement/expression nesting seen (the AST needs a careful drop when large).
    pub max_depth: u32,
    pub by_node: HashMap<NodeKey, ScopeId>,
}

impl SymbolTable {
    pub(crate) fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    pub(crate) fn lookup(&self, key: NodeKey) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }
}

/// CPython's `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`.
pub(crate) fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    let Some(private) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return name.into();
    }
    format!("_{stripped}{name}").into()
}
