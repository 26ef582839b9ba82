//! `def`, `lambda` and `class`: defaults, annotations, closures, decorators and the class-body
//! protocol (`__module__`, `__qualname__`, `__classcell__`).

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Parameters, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::constant::constant_of;
use super::{Compiler, NameCtx, Result, docstring, stmt::find_annotations};
use crate::bytecode::{CodeObject, Constant, Instruction, code_flags};
use crate::symtable::{NameScope, NodeKey, ScopeKind, mangle};

/// `MakeFunction` operand bits.
const HAS_DEFAULTS: u32 = 0x01;
const HAS_KWDEFAULTS: u32 = 0x02;
const HAS_ANNOTATIONS: u32 = 0x04;
const HAS_CLOSURE: u32 = 0x08;

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_function_def(&mut self, f: &'ast ast::StmtFunctionDef) -> Result {
        if let Some(tp) = &f.type_params {
            return Err(self.error("invalid syntax", tp.range));
        }
        self.check_parameter_names(&f.parameters, f.range)?;
        for d in &f.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        self.set_loc(f.range);
        let mut flags = self.compile_defaults(&f.parameters)?;
        if self.compile_annotations(&f.parameters, f.returns.as_deref())? {
            flags |= HAS_ANNOTATIONS;
        }
        let first_line = self.location(f.range).line;
        self.enter_scope(
            NodeKey::new(f.range, NodeKey::FUNCTION),
            &f.name,
            first_line,
            f.range,
        )?;
        self.set_arg_counts(&f.parameters);
        if f.is_async {
            let id = self.unit().scope;
            self.async_scopes.insert(id);
        }
        let doc = docstring(&f.body);
        self.unit().doc = doc.clone();
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.compile_body(body)?;
        self.implicit_return();
        let code = self.pop_unit();
        self.set_loc(f.range);
        self.make_closure(code, flags, f.range)?;
        for _ in &f.decorator_list {
            self.emit(Instruction::Call(1));
        }
        self.name_op(&f.name, NameCtx::Store, f.name.range)
    }

    pub(crate) fn compile_lambda(&mut self, l: &'ast ast::ExprLambda) -> Result {
        let params = l.parameters.as_deref();
        if let Some(p) = params {
            self.check_parameter_names(p, l.range)?;
        }
        let flags = match params {
            Some(p) => self.compile_defaults(p)?,
            None => 0,
        };
        let line = self.location(l.range).line;
        self.enter_scope(
            NodeKey::new(l.range, NodeKey::LAMBDA),
            "<lambda>",
            line,
            l.range,
        )?;
        if let Some(p) = params {
            self.set_arg_counts(p);
        }
        self.compile_expr(&l.body)?;
        self.set_loc(l.body.range());
        self.emit(Instruction::ReturnValue);
        let code = self.pop_unit();
        self.set_loc(l.range);
        self.make_closure(code, flags, l.range)
    }

    fn check_parameter_names(&self, p: &Parameters, range: TextRange) -> Result {
        let debug = p
            .iter_non_variadic_params()
            .map(|p| &p.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref())
            .any(|p| p.name.as_str() == "__debug__");
        if debug {
            return Err(self.error("cannot assign to __debug__", range));
        }
        Ok(())
    }

    fn set_arg_counts(&mut self, p: &Parameters) {
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    /// Push the positional defaults tuple and the keyword-only defaults dict; returns the
    /// `MakeFunction` flags for them.
    fn compile_defaults(&mut self, p: &'ast Parameters) -> Result<u32> {
        let mut flags = 0;
        let defaults: Vec<&'ast Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Constant>> = defaults.iter().map(|d| constant_of(d)).collect();
            match consts {
                Some(c) => self.load_const(Constant::Tuple(c.into())),
                None => {
                    let loc = self.unit().loc;
                    for d in &defaults {
                        self.compile_expr(d)?;
                    }
                    self.unit().loc = loc;
                    self.emit(Instruction::BuildTuple(defaults.len() as u32));
                }
            }
            flags |= HAS_DEFAULTS;
        }
        let mut n = 0;
        let loc = self.unit().loc;
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                let name = self.mangled(&a.parameter.name);
                self.load_const(Constant::Str(name.into()));
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.unit().loc = loc;
            self.emit(Instruction::BuildMap(n));
            flags |= HAS_KWDEFAULTS;
        }
        Ok(flags)
    }

    fn mangled(&mut self, name: &str) -> String {
        let private = self.unit().private.clone();
        mangle(private.as_deref(), name).into_owned()
    }

    /// Push the annotations dict (CPython 3.11 evaluates annotations when the `def` runs, in its order:
    /// positional, positional-only, `*args`, keyword-only, `**kwargs`, `return`).
    fn compile_annotations(
        &mut self,
        p: &'ast Parameters,
        returns: Option<&'ast Expr>,
    ) -> Result<bool> {
        let loc = self.unit().loc;
        let mut n = 0;
        let params = p
            .args
            .iter()
            .chain(&p.posonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in params {
            if let Some(ann) = &param.annotation {
                let name = self.mangled(&param.name);
                self.load_const(Constant::Str(name.into()));
                match &**ann {
                    // `*args: *Ts` is evaluated as `[*Ts][0]`-like unpacking (CPython 3.11).
                    Expr::Starred(s) if !self.future_annotations => {
                        self.compile_expr(&s.value)?;
                        self.emit(Instruction::UnpackSequence(1));
                    }
                    other => self.compile_annotation(other)?,
                }
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.compile_annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(false);
        }
        self.unit().loc = loc;
        self.emit(Instruction::BuildMap(n));
        Ok(true)
    }

    /// Push the function object for `code`: its closure cells (`LoadClosure` of each free variable of
    /// the child), then `MakeFunction`.
    pub(crate) fn make_closure(
        &mut self,
        code: CodeObject,
        mut flags: u32,
        range: TextRange,
    ) -> Result {
        if !code.freevars.is_empty() {
            let is_class = self.unit().kind == ScopeKind::Class;
            for name in &code.freevars {
                let scope = self.scope().name_scope(name);
                let idx = if (is_class && &**name == "__class__") || scope == Some(NameScope::Cell)
                {
                    self.unit().cell_index(name)
                } else {
                    self.unit().free_index(name)
                };
                let Some(idx) = idx else {
                    return Err(self.error(
                        format!("compiler: no cell for free variable '{name}'"),
                        range,
                    ));
                };
                self.emit(Instruction::LoadClosure(idx));
            }
            self.emit(Instruction::BuildTuple(code.freevars.len() as u32));
            flags |= HAS_CLOSURE;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Instruction::MakeFunction(flags));
        Ok(())
    }

    /// `class C(bases, **kw): body` is `C = __build_class__(<body function>, 'C', bases, **kw)`.
    pub(crate) fn compile_class_def(&mut self, c: &'ast ast::StmtClassDef) -> Result {
        if let Some(tp) = &c.type_params {
            return Err(self.error("invalid syntax", tp.range));
        }
        for d in &c.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        let first_line = self.location(c.range).line;
        self.enter_scope(
            NodeKey::new(c.range, NodeKey::CLASS),
            &c.name,
            first_line,
            c.range,
        )?;
        self.set_loc(c.range);
        self.load_name_plain("__name__");
        self.store_name("__module__")?;
        let qualname = self.unit().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.store_name("__qualname__")?;
        self.compile_class_body(&c.body)?;
        let needs_cell = self.scope().needs_class_closure;
        if let Some(&loc) = self.unit().locations.last() {
            self.unit().loc = loc;
        }
        if needs_cell {
            self.emit(Instruction::LoadClosure(0));
            self.emit(Instruction::Copy(1));
            self.store_name("__classcell__")?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instruction::ReturnValue);
        let code = self.pop_unit();

        self.set_loc(c.range);
        self.emit(Instruction::LoadBuildClass);
        self.make_closure(code, 0, c.range)?;
        self.load_const(Constant::Str(c.name.as_str().into()));
        let (bases, keywords): (&'ast [Expr], &'ast [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.compile_call_helper(2, bases, keywords, c.range)?;
        self.set_loc(c.range);
        for _ in &c.decorator_list {
            self.emit(Instruction::Call(1));
        }
        self.name_op(&c.name, NameCtx::Store, c.name.range)
    }

    /// CPython's `compiler_body` for a class: `SetupAnnotations` if needed, `__doc__`, the statements.
    fn compile_class_body(&mut self, body: &'ast [Stmt]) -> Result {
        if find_annotations(body) {
            self.emit(Instruction::SetupAnnotations);
        }
        let doc = docstring(body);
        if let Some(doc) = &doc {
            self.set_loc(body[0].range());
            self.load_const(Constant::Str(doc.clone()));
            self.store_name("__doc__")?;
        }
        self.unit().doc = doc.clone();
        let start = usize::from(doc.is_some());
        self.compile_body(&body[start..])
    }
}
