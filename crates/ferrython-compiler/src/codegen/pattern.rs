//! `match` statements, following CPython 3.11's `compiler_match` and `compiler_pattern_*` instruction
//! for instruction: captured values wait on the stack (below whatever the pattern still needs) and are
//! stored only once the whole pattern has matched; a failed check jumps to a "fail pop" label that pops
//! however many values are on the stack at that point.

use std::collections::HashSet;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};

use super::constant::{constant_of, python_eq};
use super::{Compiler, Label, NameCtx, Result};
use crate::bytecode::{BinaryOperator, ComparisonOperator, Constant, Instruction};

/// CPython's `pattern_context`.
struct PatternContext<'ast> {
    /// Names captured so far, in the order their values sit on the stack (first is deepest... see
    /// `store_name`).
    stores: Vec<&'ast str>,
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` values and continues into `fail_pop[n - 1]`; `fail_pop[0]` is failure.
    fail_pop: Vec<Label>,
    /// Values above the captures that the pattern still needs.
    on_top: u32,
    /// The pattern compiled last: CPython's `compiler_pattern` sets the location without restoring
    /// it, so errors raised after a sub-pattern point at the last one compiled.
    last: TextRange,
}

#[derive(Clone, Copy)]
enum FailJump {
    IfFalse,
    Always,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'ast> Compiler<'ast, '_> {
    pub(crate) fn compile_match(&mut self, m: &'ast ast::StmtMatch) -> Result {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let looped = cases - usize::from(has_default);
        for (i, case) in m.cases[..looped].iter().enumerate() {
            self.set_loc(case.pattern.range());
            let last = i + 1 == looped;
            if !last {
                self.emit(Instruction::Copy(1));
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == cases,
                fail_pop: Vec::new(),
                on_top: 0,
                last: case.pattern.range(),
            };
            self.compile_pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.name_op(name, NameCtx::Store, case.pattern.range())?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.compile_jump_if(guard, false, fail)?;
            }
            if !last {
                self.set_loc(case.pattern.range());
                self.emit(Instruction::PopTop);
            }
            self.compile_body(&case.body)?;
            self.emit_jump_noline(end);
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default && let Some(case) = m.cases.last() {
            self.set_loc(case.pattern.range());
            if cases == 1 {
                self.emit(Instruction::PopTop);
            } else {
                self.emit(Instruction::Nop);
            }
            if let Some(guard) = &case.guard {
                self.compile_jump_if(guard, false, end)?;
            }
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext<'ast>, n: u32) {
        while pc.fail_pop.len() <= n as usize {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext<'ast>, how: FailJump) {
        let pops = pc.on_top + pc.stores.len() as u32;
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops as usize].0;
        self.emit(match how {
            FailJump::IfFalse => Instruction::PopJumpIfFalse(target),
            FailJump::Always => Instruction::Jump(target),
        });
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext<'ast>) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, label) in labels.iter().enumerate().rev() {
            self.bind(*label);
            if n > 0 {
                self.emit(Instruction::PopTop);
            }
        }
    }

    /// `Swap(count)`, `Swap(count - 1)`, ... `Swap(2)`: move TOS down `count - 1` places.
    fn rotate(&mut self, count: u32) {
        let mut count = count;
        while count > 1 {
            self.emit(Instruction::Swap(count));
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&'ast ast::Identifier>, pc: &mut PatternContext<'ast>, range: TextRange) -> Result {
        let Some(name) = name else {
            self.emit(Instruction::PopTop);
            return Ok(());
        };
        if name.as_str() == "__debug__" {
            return Err(self.error("cannot assign to __debug__", name.range));
        }
        if pc.stores.contains(&name.as_str()) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), range));
        }
        let rotations = pc.on_top + pc.stores.len() as u32 + 1;
        self.rotate(rotations);
        pc.stores.push(name.as_str());
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'ast Pattern, pc: &mut PatternContext<'ast>) -> Result {
        pc.last = p.range();
        self.nest(|c| {
            c.set_loc(p.range());
            c.compile_pattern_inner(p, pc)
        })
    }

    /// A sub-pattern may be irrefutable even when its parent may not.
    fn compile_subpattern(&mut self, p: &'ast Pattern, pc: &mut PatternContext<'ast>) -> Result {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn compile_pattern_inner(&mut self, p: &'ast Pattern, pc: &mut PatternContext<'ast>) -> Result {
        match p {
            Pattern::MatchValue(v) => {
                // The grammar's value patterns are literals and dotted names; an f-string parses
                // here but CPython's parser rejects it.
                if matches!(&*v.value, Expr::FString(_)) {
                    return Err(self.error("patterns may only match literals and attribute lookups", v.range));
                }
                self.compile_expr(&v.value)?;
                self.set_loc(v.range);
                self.emit(Instruction::CompareOp(ComparisonOperator::Equal));
                self.jump_to_fail_pop(pc, FailJump::IfFalse);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    Singleton::None => Constant::None,
                    Singleton::True => Constant::Bool(true),
                    Singleton::False => Constant::Bool(false),
                });
                self.emit(Instruction::IsOp(false));
                self.jump_to_fail_pop(pc, FailJump::IfFalse);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, a.range));
                    }
                    self.store_capture(a.name.as_ref(), pc, a.range)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Instruction::Copy(1));
                    self.compile_pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.set_loc(a.range);
                    let at = pc.last;
                    self.store_capture(a.name.as_ref(), pc, at)?;
                }
            },
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc, s.range)?,
            Pattern::MatchSequence(s) => self.compile_pattern_sequence(&s.patterns, s.range, pc)?,
            Pattern::MatchMapping(m) => self.compile_pattern_mapping(m, pc)?,
            Pattern::MatchClass(c) => self.compile_pattern_class(c, pc)?,
            Pattern::MatchOr(o) => self.compile_pattern_or(o, pc)?,
        }
        Ok(())
    }

    fn compile_pattern_sequence(&mut self, patterns: &'ast [Pattern], range: TextRange, pc: &mut PatternContext<'ast>) -> Result {
        let size = patterns.len() as u32;
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", range));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i as u32);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit(Instruction::MatchSequence);
        self.jump_to_fail_pop(pc, FailJump::IfFalse);
        match star {
            None => {
                self.emit(Instruction::GetLen);
                self.load_const(Constant::Int(i64::from(size)));
                self.emit(Instruction::CompareOp(ComparisonOperator::Equal));
                self.jump_to_fail_pop(pc, FailJump::IfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Instruction::GetLen);
                self.load_const(Constant::Int(i64::from(size - 1)));
                self.emit(Instruction::CompareOp(ComparisonOperator::GreaterEqual));
                self.jump_to_fail_pop(pc, FailJump::IfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instruction::PopTop);
        } else if let (true, Some(star)) = (star_wildcard, star) {
            // `[a, *_, b]`: index instead of unpacking the whole sequence.
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                let i = i as u32;
                if is_wildcard(p) || i == star {
                    continue;
                }
                self.emit(Instruction::Copy(1));
                if i < star {
                    self.load_const(Constant::Int(i64::from(i)));
                } else {
                    // The subject may not support negative indexes.
                    self.emit(Instruction::GetLen);
                    self.load_const(Constant::Int(i64::from(size - i)));
                    self.emit(Instruction::BinaryOp(BinaryOperator::Subtract));
                }
                self.emit(Instruction::BinarySubscr);
                self.compile_subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Instruction::PopTop);
        } else {
            match star {
                Some(star) => self.emit(Instruction::UnpackEx(star | ((size - star - 1) << 8))),
                None => self.emit(Instruction::UnpackSequence(size)),
            }
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.compile_subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn compile_pattern_mapping(&mut self, m: &'ast ast::PatternMatchMapping, pc: &mut PatternContext<'ast>) -> Result {
        let size = m.keys.len() as u32;
        pc.on_top += 1;
        self.emit(Instruction::MatchMapping);
        self.jump_to_fail_pop(pc, FailJump::IfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instruction::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instruction::GetLen);
            self.load_const(Constant::Int(i64::from(size)));
            self.emit(Instruction::CompareOp(ComparisonOperator::GreaterEqual));
            self.jump_to_fail_pop(pc, FailJump::IfFalse);
        }
        // Duplicates by Python equality, as CPython's set of the constant keys (`1` and `True`
        // are the same key).
        let mut seen: Vec<Constant> = Vec::new();
        for key in &m.keys {
            if let Some(c) = constant_of(key) {
                if seen.iter().any(|s| python_eq(s, &c)) {
                    return Err(self.error(format!("mapping pattern checks duplicate key ({})", python_repr(&c)), m.range));
                }
                seen.push(c);
            } else if !matches!(key, Expr::Attribute(_)) {
                return Err(self.error("mapping pattern keys may only match literals and attribute lookups", m.range));
            }
            self.compile_expr(key)?;
        }
        self.set_loc(m.range);
        self.emit(Instruction::BuildTuple(size));
        self.emit(Instruction::MatchKeys);
        pc.on_top += 2;
        self.emit(Instruction::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instruction::IsOp(true));
        self.jump_to_fail_pop(pc, FailJump::IfFalse);
        self.emit(Instruction::UnpackSequence(size));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        self.set_loc(m.range);
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[key] for each matched key.
                self.emit(Instruction::BuildMap(0));
                self.emit(Instruction::Swap(3));
                self.emit(Instruction::DictUpdate(2));
                self.emit(Instruction::UnpackSequence(size));
                let mut n = size;
                while n > 0 {
                    self.emit(Instruction::Copy(1 + n));
                    n -= 1;
                    self.emit(Instruction::Swap(2));
                    self.emit(Instruction::DeleteSubscr);
                }
                let at = pc.last;
                self.store_capture(Some(rest), pc, at)?;
            }
            None => {
                self.emit(Instruction::PopTop);
                self.emit(Instruction::PopTop);
            }
        }
        Ok(())
    }

    fn compile_pattern_class(&mut self, c: &'ast ast::PatternMatchClass, pc: &mut PatternContext<'ast>) -> Result {
        let nargs = c.arguments.patterns.len() as u32;
        let nattrs = c.arguments.keywords.len() as u32;
        let mut seen = HashSet::new();
        for k in &c.arguments.keywords {
            if !seen.insert(k.attr.as_str()) {
                return Err(self.error(format!("attribute name repeated in class pattern: {}", k.attr), k.pattern.range()));
            }
        }
        self.compile_expr(&c.cls)?;
        self.set_loc(c.range);
        let names: Vec<Constant> = c.arguments.keywords.iter().map(|k| Constant::Str(k.attr.as_str().into())).collect();
        self.load_const(Constant::Tuple(Rc::from(names)));
        self.emit(Instruction::MatchClass(nargs));
        self.emit(Instruction::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instruction::IsOp(true));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, FailJump::IfFalse);
        self.emit(Instruction::UnpackSequence(nargs + nattrs));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        let subpatterns = c.arguments.patterns.iter().chain(c.arguments.keywords.iter().map(|k| &k.pattern));
        for p in subpatterns {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Instruction::PopTop);
                continue;
            }
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn compile_pattern_or(&mut self, o: &'ast ast::PatternMatchOr, pc: &mut PatternContext<'ast>) -> Result {
        let end = self.new_label();
        let size = o.patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<&'ast str>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instruction::Copy(1));
            self.compile_pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len() {
                        return Err(self.error("alternative patterns bind different names", pc.last));
                    }
                    // Reorder this alternative's captures to the first alternative's order.
                    for icontrol in (0..ctl.len()).rev() {
                        let name = ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| *s == name) else {
                            return Err(self.error("alternative patterns bind different names", pc.last));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<&str> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol as u32 + 1);
                            }
                        }
                    }
                }
            }
            self.emit(Instruction::Jump(end.0));
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the subject copy and fail.
        self.set_loc(o.range);
        self.emit(Instruction::PopTop);
        self.jump_to_fail_pop(pc, FailJump::Always);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len() as u32;
        let nrots = nstores + 1 + pc.on_top + pc.stores.len() as u32;
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), pc.last));
            }
            pc.stores.push(name);
        }
        self.emit(Instruction::PopTop);
        Ok(())
    }
}

/// `repr()` of a constant the way CPython prints it in messages (strings in single quotes).
fn python_repr(c: &Constant) -> String {
    match c {
        Constant::Str(s) => format!("'{s}'"),
        other => other.to_string(),
    }
}
