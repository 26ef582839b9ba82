//! Walking the AST to record how each scope uses each name (CPython's `symtable_visit_*`).

use ruff_python_ast::{
    self as ast, Comprehension, ExceptHandler, Expr, ExprContext, Parameters, Pattern, Stmt,
};
use ruff_text_size::{Ranged, TextRange};

use super::flags::*;
use super::{NodeKey, Scope, ScopeId, ScopeKind, SymbolTable, analysis, mangle};
use crate::source_map::SourceMap;
use crate::{CompileError, CompileErrorKind};

/// Nesting depth at which CPython gives up with `RecursionError` (its recursion limit times
/// `COMPILER_STACK_FRAME_SCALE`).
pub(crate) const MAX_DEPTH: u32 = 3000;

/// What is being built: a module (`exec`/`single`) or an expression (`eval`).
pub(crate) enum Root<'a> {
    Module(&'a [Stmt]),
    Expression(&'a Expr),
}

pub(crate) fn build(
    root: Root<'_>,
    map: &SourceMap<'_>,
    filename: &str,
    future_annotations: bool,
) -> std::result::Result<SymbolTable, CompileError> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top", false, None)],
            by_node: Default::default(),
            max_depth: 0,
        },
        stack: vec![0],
        map,
        filename,
        depth: 0,
        future_annotations,
    };
    match root {
        Root::Module(body) => b.visit_body(body)?,
        Root::Expression(e) => b.visit_expr(e)?,
    }
    analysis::analyze(&mut b.table).map_err(|(msg, range)| b.error(msg, range))?;
    Ok(b.table)
}

struct Builder<'a, 'src> {
    table: SymbolTable,
    /// Scopes being visited, innermost last.
    stack: Vec<ScopeId>,
    map: &'a SourceMap<'src>,
    filename: &'a str,
    depth: u32,
    future_annotations: bool,
}

type Result<T = ()> = std::result::Result<T, CompileError>;

impl Builder<'_, '_> {
    fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::spanning(
            CompileErrorKind::SyntaxError,
            msg,
            self.map,
            self.filename,
            range,
        )
    }

    fn cur_id(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.table.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: NodeKey) {
        let parent = self.cur_id();
        let p = &self.table.scopes[parent];
        let nested = p.nested || p.kind == ScopeKind::Function;
        let private = p.private.clone();
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, nested, private));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    /// CPython's `symtable_add_def`: record `flag` for `name` (mangled) in the current scope.
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Result {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, range)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, range: TextRange) -> Result {
        let scope = &mut self.table.scopes[id];
        let mangled = mangle(scope.private.as_deref(), name).into_owned();
        let old = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{mangled}' in function definition"),
                range,
            ));
        }
        let mut val = old | flag;
        if scope.comp_iter_target {
            // `[... for x in ...]`: walrus targets may not rebind `x` (checked in named_expr).
            val |= DEF_COMP_ITER;
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled.clone());
        }
        match scope.symbols.get_mut(&mangled) {
            Some(sym) => sym.flags = val,
            None => {
                scope.order.push(mangled.clone());
                scope.symbols.insert(
                    mangled,
                    super::Symbol {
                        flags: val,
                        scope: super::NameScope::GlobalImplicit,
                    },
                );
            }
        }
        Ok(())
    }

    fn nest<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.depth += 1;
        self.table.max_depth = self.table.max_depth.max(self.depth);
        if self.depth > MAX_DEPTH {
            return Err(CompileError::too_deep(self.filename));
        }
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        r
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result {
        self.nest(|b| b.visit_stmt_inner(s))
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Result {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, f.name.range)?;
                self.visit_param_defaults(&f.parameters)?;
                self.visit_annotations(&f.parameters, f.returns.as_deref())?;
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(
                    ScopeKind::Function,
                    &f.name,
                    NodeKey::new(f.range, NodeKey::FUNCTION),
                );
                if f.is_async {
                    self.cur().coroutine = true;
                }
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(
                    ScopeKind::Class,
                    &c.name,
                    NodeKey::new(c.range, NodeKey::CLASS),
                );
                self.cur().private = Some(c.name.to_string());
                self.visit_body(&c.body)?;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::TypeAlias(t) => {
                return Err(self.error("invalid syntax", t.range));
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => self.visit_ann_assign(a)?,
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for ExceptHandler::ExceptHandler(h) in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, name.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.visit_alias(alias, s.range())?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.visit_alias(alias, s.range())?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.declare(name, s.range(), true)?;
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    self.declare(name, s.range(), false)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(e) => return Err(self.error("invalid syntax", e.range)),
        }
        Ok(())
    }

    /// `global x` / `nonlocal x` with CPython's checks against earlier uses in the same scope.
    fn declare(&mut self, name: &ast::Identifier, stmt: TextRange, global: bool) -> Result {
        let id = self.cur_id();
        let scope = &self.table.scopes[id];
        let mangled = mangle(scope.private.as_deref(), name).into_owned();
        let cur = scope.flags(&mangled);
        let what = if global { "global" } else { "nonlocal" };
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {what}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {what} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {what}")
            } else {
                format!("name '{name}' is assigned to before {what} declaration")
            };
            return Err(self.error(msg, stmt));
        }
        if !global && scope.kind == ScopeKind::Module {
            return Err(self.error("nonlocal declaration not allowed at module level", stmt));
        }
        self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, stmt)?;
        // The first declaration is where CPython reports conflicts.
        self.cur().directives.entry(mangled).or_insert(stmt);
        Ok(())
    }

    fn visit_ann_assign(&mut self, a: &ast::StmtAnnAssign) -> Result {
        if let Expr::Name(n) = &*a.target {
            let scope = &self.table.scopes[self.cur_id()];
            let cur = scope.flags(&mangle(scope.private.as_deref(), &n.id));
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && scope.kind != ScopeKind::Module && a.simple
            {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(self.error(
                    format!("annotated name '{}' can't be {what}", n.id),
                    n.range,
                ));
            }
            if a.simple {
                self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
            } else if a.value.is_some() {
                self.add_def(&n.id, DEF_LOCAL, n.range)?;
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        self.visit_annotation(&a.annotation)?;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, e: &Expr) -> Result {
        // Under `from __future__ import annotations` annotations are strings: nothing is evaluated.
        if self.future_annotations {
            return Ok(());
        }
        self.visit_expr(e)
    }

    fn visit_alias(&mut self, alias: &ast::Alias, stmt: TextRange) -> Result {
        let bound = match &alias.asname {
            Some(asname) => asname.as_str(),
            // `import a.b.c` binds `a`.
            None => alias.name.split('.').next().unwrap_or(""),
        };
        if bound == "*" {
            if self.table.scopes[self.cur_id()].kind != ScopeKind::Module {
                return Err(self.error("import * only allowed at module level", alias.range));
            }
            return Ok(());
        }
        self.add_def(bound, DEF_IMPORT, stmt)
    }

    fn visit_param_defaults(&mut self, p: &Parameters) -> Result {
        for param in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &param.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_annotations(&mut self, p: &Parameters, returns: Option<&Expr>) -> Result {
        for param in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(a) = &param.parameter.annotation {
                self.visit_annotation(a)?;
            }
        }
        for param in p.vararg.iter().chain(&p.kwarg) {
            if let Some(a) = &param.annotation {
                self.visit_annotation(a)?;
            }
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    /// Parameters in `co_varnames` order: positional-only, positional, keyword-only, `*args`, `**kw`.
    fn visit_params(&mut self, p: &Parameters) -> Result {
        for param in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add_def(&param.parameter.name, DEF_PARAM, param.parameter.range)?;
        }
        for param in p.vararg.iter().chain(&p.kwarg) {
            self.add_def(&param.name, DEF_PARAM, param.range)?;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Result {
        self.nest(|b| b.visit_pattern_inner(p))
    }

    fn visit_pattern_inner(&mut self, p: &Pattern) -> Result {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(rest) = &m.rest {
                    self.add_def(rest, DEF_LOCAL, rest.range)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> Result {
        self.nest(|b| b.visit_expr_inner(e))
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> Result {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Result {
        match e {
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::Named(n) => self.visit_named_expr(n)?,
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p)?;
                }
                self.enter(
                    ScopeKind::Function,
                    "lambda",
                    NodeKey::new(l.range, NodeKey::LAMBDA),
                );
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => {
                self.visit_comprehension(e, "listcomp", &c.generators, &c.elt, None, false)?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(e, "setcomp", &c.generators, &c.elt, None, false)?
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.visit_comprehension(
                    e,
                    "dictcomp",
                    &c.generators,
                    k,
                    Some(&c.value),
                    false,
                )?,
                None => return Err(self.error("invalid syntax", c.range)),
            },
            Expr::Generator(g) => {
                self.visit_comprehension(e, "genexpr", &g.generators, &g.elt, None, true)?
            }
            Expr::Await(a) => {
                self.visit_expr(&a.value)?;
                // An `await` inside a comprehension makes the comprehension a coroutine.
                self.cur().coroutine = true;
            }
            Expr::Yield(y) => {
                self.check_comprehension_yield("'yield'", y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.cur().generator = true;
            }
            Expr::YieldFrom(y) => {
                self.check_comprehension_yield("'yield'", y.range)?;
                self.visit_expr(&y.value)?;
                self.cur().generator = true;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.arguments.args)?;
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ExprContext::Load | ExprContext::Invalid => USE,
                    ExprContext::Store | ExprContext::Del => DEF_LOCAL,
                };
                self.add_def(&n.id, flag, n.range)?;
                // `super()` needs the implicit `__class__` cell (CPython's symtable_visit_expr).
                if n.ctx == ExprContext::Load
                    && n.id.as_str() == "super"
                    && self.table.scopes[self.cur_id()].kind == ScopeKind::Function
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            Expr::IpyEscapeCommand(i) => return Err(self.error("invalid syntax", i.range)),
        }
        Ok(())
    }

    fn visit_fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> Result {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    /// CPython's `symtable_raise_if_comprehension_block`.
    fn check_comprehension_yield(&mut self, what: &str, range: TextRange) -> Result {
        let scope = &self.table.scopes[self.cur_id()];
        if !scope.comprehension {
            return Ok(());
        }
        let kind = match scope.name.as_str() {
            "listcomp" => "list comprehension",
            "setcomp" => "set comprehension",
            "dictcomp" => "dict comprehension",
            _ => "generator expression",
        };
        Err(self.error(format!("{what} inside {kind}"), range))
    }

    fn visit_named_expr(&mut self, n: &ast::ExprNamed) -> Result {
        if self.table.scopes[self.cur_id()].comp_iter_expr > 0 {
            return Err(self.error(
                "assignment expression cannot be used in a comprehension iterable expression",
                n.range,
            ));
        }
        if self.table.scopes[self.cur_id()].comprehension
            && let Expr::Name(target) = &*n.target
        {
            self.extend_named_expr_scope(target)?;
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module scope
    /// (CPython's `symtable_extend_namedexpr_scope`).
    fn extend_named_expr_scope(&mut self, target: &ast::ExprName) -> Result {
        let name = target.id.as_str();
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.table.scopes[id];
            if scope.comprehension {
                if scope.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(self.error(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        target.range,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.range)?;
                    return self.add_def_in(id, name, DEF_LOCAL, target.range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, target.range)?;
                    return self.add_def_in(id, name, DEF_GLOBAL, target.range);
                }
                ScopeKind::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.range,
                    ));
                }
            }
        }
        Ok(())
    }

    /// CPython's `symtable_handle_comprehension`: the first iterable belongs to the enclosing scope,
    /// everything else to a new function scope that receives it as parameter `.0`.
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        is_generator: bool,
    ) -> Result {
        let Some(first) = generators.first() else {
            return Err(self.error("invalid syntax", e.range()));
        };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&first.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter(
            ScopeKind::Function,
            name,
            NodeKey::new(e.range(), NodeKey::COMPREHENSION),
        );
        self.cur().comprehension = true;
        if first.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, first.range)?;
        self.cur().comp_iter_target = true;
        self.visit_expr(&first.target)?;
        self.cur().comp_iter_target = false;
        self.visit_exprs(&first.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.visit_expr(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.cur().generator = is_generator;
        let awaits = self.cur().coroutine && !is_generator;
        self.exit();
        // Its result is awaited where it appears, which makes that scope a coroutine (3.11).
        if awaits {
            self.cur().coroutine = true;
        }
        Ok(())
    }
}
