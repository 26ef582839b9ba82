//! Calls (`Call`, `CallKw`, `CallMethod`, `CallEx`) and displays with `*`/`**` unpacking.

use std::collections::HashSet;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, ExprContext, Keyword};
use ruff_text_size::{Ranged, TextRange};

use super::constant::constant_of;
use super::expr::Collection;
use super::{Compiler, Result};
use crate::bytecode::{Constant, Instruction};

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_call(&mut self, call: &'ast ast::ExprCall) -> Result {
        self.check_keywords(&call.arguments.keywords, call.range())?;
        if let [Expr::Generator(g)] = &*call.arguments.args
            && !g.parenthesized
            && call.arguments.keywords.is_empty()
        {
            self.bare_genexpr = Some((g.range, call.arguments.range));
        }
        if self.try_method_call(call)? {
            return Ok(());
        }
        self.compile_expr(&call.func)?;
        self.compile_call_helper(
            0,
            &call.arguments.args,
            &call.arguments.keywords,
            call.range(),
        )
    }

    /// `obj.meth(a, b)` with only plain positional arguments: `LoadMethod` + `CallMethod`
    /// (CPython's `maybe_optimize_method_call`).
    fn try_method_call(&mut self, call: &'ast ast::ExprCall) -> Result<bool> {
        let Expr::Attribute(meth) = &*call.func else {
            return Ok(false);
        };
        if meth.ctx != ExprContext::Load
            || !call.arguments.keywords.is_empty()
            || call.arguments.args.iter().any(|a| a.is_starred_expr())
        {
            return Ok(false);
        }
        self.compile_expr(&meth.value)?;
        self.set_loc(meth.range);
        let i = self.attr_name(&meth.attr);
        self.emit(Instruction::LoadMethod(i));
        for a in call.arguments.args.iter() {
            self.compile_expr(a)?;
        }
        self.set_loc(call.range());
        self.emit(Instruction::CallMethod(call.arguments.args.len() as u32));
        Ok(true)
    }

    /// "keyword argument repeated" is detected by CPython's compiler, not its parser.
    fn check_keywords(&self, keywords: &[Keyword], call: TextRange) -> Result {
        let mut seen = HashSet::new();
        for k in keywords {
            if let Some(arg) = &k.arg {
                if arg.as_str() == "__debug__" {
                    return Err(self.error("cannot assign to __debug__", call));
                }
                if !seen.insert(arg.as_str()) {
                    return Err(self.error(format!("keyword argument repeated: {arg}"), k.range));
                }
            }
        }
        Ok(())
    }

    /// Arguments after the callable (and `n_prefix` values already pushed), then the call
    /// (CPython's `compiler_call_helper`).
    pub(crate) fn compile_call_helper(
        &mut self,
        n_prefix: u32,
        args: &'ast [Expr],
        keywords: &'ast [Keyword],
        range: TextRange,
    ) -> Result {
        let starred = args.iter().any(|a| a.is_starred_expr());
        let double_starred = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !double_starred {
            for a in args {
                self.compile_expr(a)?;
            }
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            self.set_loc(range);
            let n = n_prefix + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instruction::Call(n));
            } else {
                let names: Vec<Constant> = keywords
                    .iter()
                    .map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into()))
                    .collect();
                self.load_const(Constant::Tuple(Rc::from(names)));
                self.emit(Instruction::CallKw(n));
            }
            return Ok(());
        }

        // The general form: a tuple of positional arguments and an optional dict of keywords.
        if args.is_empty() && n_prefix == 0 {
            self.load_const(Constant::Tuple(Rc::from(Vec::new())));
        } else {
            self.compile_starunpack(args, n_prefix, Collection::Tuple)?;
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut run_start = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_some() {
                    continue;
                }
                if run_start < i {
                    self.compile_subkwargs(&keywords[run_start..i])?;
                    if have_dict {
                        self.emit(Instruction::DictMerge(1));
                    }
                    have_dict = true;
                }
                if !have_dict {
                    self.emit(Instruction::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&k.value)?;
                self.set_loc(range);
                self.emit(Instruction::DictMerge(1));
                run_start = i + 1;
            }
            if run_start < keywords.len() {
                self.compile_subkwargs(&keywords[run_start..])?;
                if have_dict {
                    self.emit(Instruction::DictMerge(1));
                }
            }
        }
        self.set_loc(range);
        self.emit(Instruction::CallEx(u32::from(!keywords.is_empty())));
        Ok(())
    }

    /// `name=value` keywords as a dict.
    fn compile_subkwargs(&mut self, keywords: &'ast [Keyword]) -> Result {
        for k in keywords {
            let name = k.arg.as_ref().map_or("", |a| a.as_str());
            self.load_const(Constant::Str(name.into()));
            self.compile_expr(&k.value)?;
        }
        self.emit(Instruction::BuildMap(keywords.len() as u32));
        Ok(())
    }

    /// A list, tuple or set display, with `*` unpacking (CPython's `starunpack_helper`). `pushed`
    /// values already on the stack become the first items.
    pub(crate) fn compile_starunpack(
        &mut self,
        elts: &'ast [Expr],
        pushed: u32,
        kind: Collection,
    ) -> Result {
        let range = self.unit().loc;
        let starred = elts.iter().any(|e| e.is_starred_expr());
        // Three or more constants: build from one constant tuple, as CPython does.
        if !starred && pushed == 0 && elts.len() > 2 && kind != Collection::Tuple {
            let consts: Option<Vec<Constant>> = elts.iter().map(constant_of).collect();
            if let Some(consts) = consts {
                match kind {
                    Collection::List => {
                        self.emit(Instruction::BuildList(0));
                        self.load_const(Constant::Tuple(consts.into()));
                        self.emit(Instruction::ListExtend(1));
                    }
                    _ => {
                        self.emit(Instruction::BuildSet(0));
                        self.load_const(Constant::Tuple(consts.into()));
                        self.emit(Instruction::SetUpdate(1));
                    }
                }
                return Ok(());
            }
        }
        if !starred {
            for e in elts {
                self.compile_expr(e)?;
            }
            self.unit().loc = range;
            let n = pushed + elts.len() as u32;
            self.emit(match kind {
                Collection::List => Instruction::BuildList(n),
                Collection::Tuple => Instruction::BuildTuple(n),
                Collection::Set => Instruction::BuildSet(n),
            });
            return Ok(());
        }
        let mut built = false;
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.unit().loc = range;
                    self.emit(match kind {
                        Collection::Set => Instruction::BuildSet(pushed + i as u32),
                        _ => Instruction::BuildList(pushed + i as u32),
                    });
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.unit().loc = range;
                self.emit(match kind {
                    Collection::Set => Instruction::SetUpdate(1),
                    _ => Instruction::ListExtend(1),
                });
            } else {
                self.compile_expr(e)?;
                if built {
                    self.unit().loc = range;
                    self.emit(match kind {
                        Collection::Set => Instruction::SetAdd(1),
                        _ => Instruction::ListAppend(1),
                    });
                }
            }
        }
        if kind == Collection::Tuple {
            self.unit().loc = range;
            self.emit(Instruction::ListToTuple);
        }
        Ok(())
    }

    /// A dict display, with `**` unpacking (CPython's `compiler_dict`).
    pub(crate) fn compile_dict(&mut self, d: &'ast ast::ExprDict) -> Result {
        let mut have_dict = false;
        let mut pending = 0u32;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    self.set_loc(d.range);
                    if pending > 0 {
                        self.emit(Instruction::BuildMap(pending));
                        if have_dict {
                            self.emit(Instruction::DictUpdate(1));
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    if !have_dict {
                        self.emit(Instruction::BuildMap(0));
                        have_dict = true;
                    }
                    self.compile_expr(&item.value)?;
                    self.set_loc(d.range);
                    self.emit(Instruction::DictUpdate(1));
                }
            }
        }
        self.set_loc(d.range);
        if pending > 0 || !have_dict {
            self.emit(Instruction::BuildMap(pending));
            if have_dict {
                self.emit(Instruction::DictUpdate(1));
            }
        }
        Ok(())
    }
}
