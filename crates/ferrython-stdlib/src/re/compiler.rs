//! [`Node`]s to a [`Program`], applying the flags in force at each node (CPython's
//! `re._compiler._compile`): case folding, MULTILINE anchors, DOTALL, ASCII or Unicode classes.

use super::ast::*;
use super::chars;
use super::parser::ParseError;
use super::program::{AtCode, CharSet, Inst, Program, SetFold, Single};

struct Compiler<'a> {
    insts: Vec<Inst>,
    nreps: usize,
    group_widths: &'a [Option<(u64, u64)>],
}

/// Compile parsed `nodes` under `flags` (the pattern's final flags).
pub fn compile(nodes: &[Node], flags: u32, group_widths: &[Option<(u64, u64)>]) -> Result<Program, ParseError> {
    let mut c = Compiler { insts: Vec::new(), nreps: 0, group_widths };
    c.seq(nodes, flags)?;
    c.insts.push(Inst::Match);
    let anchored = matches!(c.insts.first(), Some(Inst::At(AtCode::Beginning)));
    let first = first_chars(nodes, flags).filter(|v| v.len() <= 8);
    Ok(Program { insts: c.insts, nreps: c.nreps, groups: group_widths.len() - 1, anchored, first })
}

/// Tests one of which the first character of every match passes, if the pattern cannot match
/// an empty string and they can be told (CPython's compiler records the same in its INFO block);
/// `search` skips the positions where none passes.
fn first_chars(nodes: &[Node], flags: u32) -> Option<Vec<Single>> {
    for n in nodes {
        if let Some(s) = single(n, flags) {
            return Some(vec![s]);
        }
        match n {
            // Zero-width: the first character comes from what follows.
            Node::At(_) | Node::Assert { .. } => continue,
            Node::Subpattern { add_flags, del_flags, body, .. } => return first_chars(body, combine(flags, *add_flags, *del_flags)),
            Node::Atomic(body) => return first_chars(body, flags),
            Node::Repeat { min, body, .. } if *min > 0 => return first_chars(body, flags),
            Node::Branch(alts) => {
                let mut all = Vec::new();
                for a in alts {
                    all.extend(first_chars(a, flags)?);
                }
                return Some(all);
            }
            _ => return None,
        }
    }
    None
}

/// `_combine_flags`.
fn combine(flags: u32, add: u32, del: u32) -> u32 {
    let flags = if add & TYPE_FLAGS != 0 { flags & !TYPE_FLAGS } else { flags };
    (flags | add) & !del
}

fn uni(flags: u32) -> bool {
    flags & FLAG_UNICODE != 0
}

fn folding(flags: u32) -> bool {
    flags & FLAG_IGNORECASE != 0
}

/// The test for one character-matching node, or None for other nodes.
fn single(node: &Node, flags: u32) -> Option<Single> {
    let u = uni(flags);
    Some(match node {
        Node::Literal(c) | Node::NotLiteral(c) => {
            let not = matches!(node, Node::NotLiteral(_));
            if folding(flags) && flags & FLAG_LOCALE != 0 {
                if not { Single::NotLocFold(*c) } else { Single::LocFold(*c) }
            } else if folding(flags) && chars::is_cased(*c, u) {
                let set = chars::fold_set(chars::lower(*c, u), u).into_boxed_slice();
                if not { Single::NotFold { set, uni: u } } else { Single::Fold { set, uni: u } }
            } else if not {
                Single::NotChar(*c)
            } else {
                Single::Char(*c)
            }
        }
        Node::Any => {
            if flags & FLAG_DOTALL != 0 {
                Single::AnyAll
            } else {
                Single::Any
            }
        }
        Node::In { negate, items } => {
            let mut lits = Vec::new();
            let mut ranges = Vec::new();
            let mut cats = Vec::new();
            let mut cased = false;
            for i in items {
                match *i {
                    SetItem::Literal(c) => {
                        cased |= chars::is_cased(c, u);
                        lits.push(c);
                    }
                    SetItem::Range(lo, hi) => {
                        cased |= (lo..=hi).any(|c| chars::is_cased(c, u));
                        ranges.push((lo, hi));
                    }
                    SetItem::Category(cat) => cats.push(cat),
                }
            }
            let fold = if !folding(flags) {
                SetFold::No
            } else if flags & FLAG_LOCALE != 0 {
                SetFold::Locale
            } else if cased {
                SetFold::Case
            } else {
                SetFold::No
            };
            Single::Set(Box::new(CharSet::new(*negate, lits, ranges, cats, u, fold)))
        }
        _ => return None,
    })
}

impl Compiler<'_> {
    fn emit(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn here(&self) -> usize {
        self.insts.len()
    }

    fn seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), ParseError> {
        for n in nodes {
            self.node(n, flags)?;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node, flags: u32) -> Result<(), ParseError> {
        if let Some(s) = single(node, flags) {
            self.emit(Inst::One(s));
            return Ok(());
        }
        match node {
            Node::At(at) => {
                let multiline = flags & FLAG_MULTILINE != 0;
                let code = match at {
                    At::Beginning if multiline => AtCode::BeginningLine,
                    At::Beginning | At::BeginningString => AtCode::Beginning,
                    At::End if multiline => AtCode::EndLine,
                    At::End => AtCode::End,
                    At::EndString => AtCode::EndString,
                    At::Boundary => AtCode::Boundary { uni: uni(flags) },
                    At::NonBoundary => AtCode::NonBoundary { uni: uni(flags) },
                };
                self.emit(Inst::At(code));
            }
            Node::Branch(alts) => {
                let mut jumps = Vec::new();
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split { first: 0, second: 0 });
                        self.seq(alt, flags)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.here();
                        self.insts[split] = Inst::Split { first: split + 1, second: next };
                    } else {
                        self.seq(alt, flags)?;
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Subpattern { group, add_flags, del_flags, body } => {
                let inner = combine(flags, *add_flags, *del_flags);
                if let Some(g) = group {
                    self.emit(Inst::Save(2 * g));
                }
                self.seq(body, inner)?;
                if let Some(g) = group {
                    self.emit(Inst::Save(2 * g + 1));
                }
            }
            Node::Repeat { min, max, kind, body } => self.repeat(*min, *max, *kind, body, flags)?,
            Node::GroupRef(g) => {
                let fold = folding(flags).then_some(uni(flags));
                self.emit(Inst::GroupRef { group: *g, fold });
            }
            Node::GroupRefExists { group, yes, no } => {
                let test = self.emit(Inst::GroupExists { group: *group, no: 0 });
                self.seq(yes, flags)?;
                match no {
                    Some(no) => {
                        let jmp = self.emit(Inst::Jmp(0));
                        let no_at = self.here();
                        self.seq(no, flags)?;
                        let end = self.here();
                        self.insts[jmp] = Inst::Jmp(end);
                        self.insts[test] = Inst::GroupExists { group: *group, no: no_at };
                    }
                    None => {
                        let end = self.here();
                        self.insts[test] = Inst::GroupExists { group: *group, no: end };
                    }
                }
            }
            Node::Assert { behind, negate, body } => {
                let behind = if *behind {
                    let (lo, hi) = width(body, self.group_widths);
                    if lo != hi {
                        return Err(ParseError::Re { msg: "look-behind requires fixed-width pattern".into(), pos: None });
                    }
                    if lo > u64::from(u32::MAX) {
                        return Err(ParseError::Re { msg: "looks too much behind".into(), pos: None });
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart { negate: *negate, behind, end: 0 });
                self.seq(body, flags)?;
                let end = self.emit(Inst::LookEnd);
                self.insts[start] = Inst::LookStart { negate: *negate, behind, end };
            }
            Node::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.seq(body, flags)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } => unreachable!("single-character nodes handled above"),
        }
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepeatKind, body: &[Node], flags: u32) -> Result<(), ParseError> {
        if let [one] = body
            && let Some(s) = single(one, flags)
        {
            self.emit(Inst::RepSingle { single: s, min, max, lazy: kind == RepeatKind::Lazy, possessive: kind == RepeatKind::Possessive });
            return Ok(());
        }
        if kind == RepeatKind::Possessive {
            self.emit(Inst::AtomicStart);
            self.repeat(min, max, RepeatKind::Greedy, body, flags)?;
            self.emit(Inst::AtomicEnd);
            return Ok(());
        }
        let lazy = kind == RepeatKind::Lazy;
        if min == 0 && max == 1 {
            // `x?` and `x??` need no counter.
            let split = self.emit(Inst::Split { first: 0, second: 0 });
            self.seq(body, flags)?;
            let end = self.here();
            self.insts[split] = if lazy { Inst::Split { first: end, second: split + 1 } } else { Inst::Split { first: split + 1, second: end } };
            return Ok(());
        }
        let id = self.nreps;
        self.nreps += 1;
        self.emit(Inst::RepInit(id));
        let head = self.emit(Inst::RepLoop { id, min, max, lazy, exit: 0 });
        self.seq(body, flags)?;
        self.emit(Inst::Jmp(head));
        let exit = self.here();
        self.insts[head] = Inst::RepLoop { id, min, max, lazy, exit };
        Ok(())
    }
}
