//! The backtracking machine. Choice points and undo records live on an explicit stack (never the
//! Rust stack), so any pattern and subject can be matched without overflowing; like CPython's
//! `_sre`, a pattern can take exponential time, and a pending Ctrl-C stops it.
//!
//! Positions are character indices into the subject, which is the string cut at `endpos`;
//! lookbehind, `\b` and `^` may look before `pos`, as in CPython.

use super::chars;
use super::program::{AtCode, Inst, Program, Single};

const UNSET: usize = usize::MAX;

/// A pending Ctrl-C stopped the match.
pub struct Interrupted;

#[derive(Clone, Copy)]
enum Bt {
    /// Resume at `pc`, `pos`.
    Alt { pc: usize, pos: usize },
    /// Undo: restore a capture slot and `lastindex`.
    Slot { slot: u32, lastindex: u32, old: usize },
    /// Undo: restore a repeat's registers.
    Rep { id: u32, count: u32, last: usize },
    /// A greedy counted repeat may stop here: restore its registers and continue at `exit`.
    RepExit { id: u32, count: u32, exit: u32, pos: usize, last: usize },
    /// A lazy repeat may try one more iteration of its body (at `body`) from `pos`.
    LazyRep { id: usize, pos: usize, body: usize },
    /// A greedy one-character repeat can give back characters down to `min_pos`; `cur` is the
    /// position last tried. `inst` is the repeat, the continuation follows it.
    Greedy { inst: usize, min_pos: usize, cur: usize },
    /// A lazy one-character repeat at `pos` after `count` characters may take one more.
    Lazy { inst: usize, pos: usize, count: u32 },
    /// The start of a lookaround or atomic group. `resume` is where a negative lookaround
    /// continues (at `pos`) when its body fails.
    Barrier { pos: usize, resume: usize, negate: bool, behind: bool },
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(self, Bt::Slot { .. } | Bt::Rep { .. })
    }
}

/// The outcome of a successful match: the end position, capture slots and `lastindex`.
pub struct Found {
    pub end: usize,
    /// `(start, end)` of each group 1..; None if it did not participate.
    pub spans: Vec<Option<(usize, usize)>>,
    pub lastindex: Option<usize>,
}

pub struct Matcher<'a, T> {
    prog: &'a Program,
    text: &'a [T],
    slots: Vec<usize>,
    lastindex: usize,
    reps: Vec<(u32, usize)>,
    stack: Vec<Bt>,
    /// `fullmatch`: succeed only at the end.
    pub match_all: bool,
    /// After an empty match, a match at the same start must not be empty.
    pub must_advance: bool,
    attempt_start: usize,
    steps: u32,
}

impl<'a, T: Copy + Into<u32>> Matcher<'a, T> {
    pub fn new(prog: &'a Program, text: &'a [T]) -> Matcher<'a, T> {
        Matcher {
            prog,
            text,
            slots: vec![UNSET; 2 * (prog.groups + 1)],
            lastindex: 0,
            reps: vec![(0, UNSET); prog.nreps],
            stack: Vec::new(),
            match_all: false,
            must_advance: false,
            attempt_start: 0,
            steps: 0,
        }
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    fn found(&self, end: usize) -> Found {
        let spans = (1..=self.prog.groups)
            .map(|g| {
                let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
                (s != UNSET && e != UNSET).then_some((s, e))
            })
            .collect();
        Found { end, spans, lastindex: (self.lastindex != 0).then_some(self.lastindex) }
    }

    /// Try a match starting exactly at `start`.
    pub fn match_at(&mut self, start: usize) -> Result<Option<Found>, Interrupted> {
        self.slots.fill(UNSET);
        self.lastindex = 0;
        self.stack.clear();
        self.attempt_start = start;
        match self.run(start)? {
            Some(end) => Ok(Some(self.found(end))),
            None => Ok(None),
        }
    }

    /// Find the first match starting at `start` or later.
    pub fn search(&mut self, start: usize) -> Result<Option<(usize, Found)>, Interrupted> {
        let end = self.text.len();
        if start > end {
            return Ok(None);
        }
        if self.prog.anchored {
            return Ok(self.match_at(start)?.map(|f| (start, f)));
        }
        let first = self.prog.first.as_deref();
        let must_advance = self.must_advance;
        let mut pos = start;
        loop {
            match first {
                Some([s]) => {
                    while pos < end && !s.matches(self.at(pos)) {
                        pos += 1;
                    }
                }
                Some(tests) => {
                    while pos < end && !tests.iter().any(|s| s.matches(self.at(pos))) {
                        pos += 1;
                    }
                }
                None => {}
            }
            if first.is_some() && pos >= end {
                return Ok(None);
            }
            self.must_advance = must_advance && pos == start;
            if let Some(f) = self.match_at(pos)? {
                self.must_advance = must_advance;
                return Ok(Some((pos, f)));
            }
            if pos >= end {
                self.must_advance = must_advance;
                return Ok(None);
            }
            pos += 1;
        }
    }

    fn single_at(&self, s: &Single, pos: usize) -> bool {
        pos < self.text.len() && s.matches(self.at(pos))
    }

    fn is_word(&self, pos: usize, uni: bool) -> bool {
        pos < self.text.len() && chars::is_word(self.at(pos), uni)
    }

    fn at_code(&self, code: AtCode, pos: usize) -> bool {
        let end = self.text.len();
        let nl = u32::from(b'\n');
        match code {
            AtCode::Beginning => pos == 0,
            AtCode::BeginningLine => pos == 0 || self.at(pos - 1) == nl,
            AtCode::End => pos == end || (pos + 1 == end && self.at(pos) == nl),
            AtCode::EndLine => pos == end || self.at(pos) == nl,
            AtCode::EndString => pos == end,
            AtCode::Boundary { uni } | AtCode::NonBoundary { uni } => {
                // Neither holds in an empty string (`_sre`'s SRE_AT_BOUNDARY / NON_BOUNDARY).
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word(pos - 1, uni);
                (before != self.is_word(pos, uni)) == matches!(code, AtCode::Boundary { .. })
            }
        }
    }

    fn set_slot(&mut self, slot: usize, pos: usize) {
        self.stack.push(Bt::Slot { slot: slot as u32, lastindex: self.lastindex as u32, old: self.slots[slot] });
        self.slots[slot] = pos;
        if slot % 2 == 1 {
            self.lastindex = slot / 2;
        }
    }

    fn set_rep(&mut self, id: usize, count: u32, last: usize) {
        let (c, l) = self.reps[id];
        self.stack.push(Bt::Rep { id: id as u32, count: c, last: l });
        self.reps[id] = (count, last);
    }

    /// The topmost barrier's index.
    fn barrier(&self) -> usize {
        self.stack.iter().rposition(|b| matches!(b, Bt::Barrier { .. })).expect("a lookaround or atomic group's end has its barrier")
    }

    /// Drop the choice points above (and the barrier at) `i`, keeping the undo records.
    fn cut(&mut self, i: usize) {
        let mut w = i;
        for r in i + 1..self.stack.len() {
            if self.stack[r].is_undo() {
                self.stack[w] = self.stack[r];
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undo everything down to and including the entry at `i`.
    fn unwind_to(&mut self, i: usize) {
        while self.stack.len() > i {
            let e = self.stack.pop().expect("len checked");
            self.undo(e);
        }
    }

    fn undo(&mut self, e: Bt) {
        match e {
            Bt::Slot { slot, lastindex, old } => {
                self.slots[slot as usize] = old;
                self.lastindex = lastindex as usize;
            }
            Bt::Rep { id, count, last } => self.reps[id as usize] = (count, last),
            _ => {}
        }
    }

    /// The next position (below `cur`, at least `min_pos`) at which a greedy one-character repeat
    /// should let its continuation try; pushes the choice point for the ones after it.
    fn greedy_next(&mut self, inst: usize, min_pos: usize, cur: usize) -> Option<usize> {
        if cur <= min_pos {
            return None;
        }
        let mut p = cur - 1;
        // If the continuation starts with a literal character, skip positions where it cannot.
        if let Some(Inst::One(Single::Char(c))) = self.prog.insts.get(inst + 1) {
            let end = self.text.len();
            loop {
                if p < end && self.at(p) == *c {
                    break;
                }
                if p == min_pos {
                    return None;
                }
                p -= 1;
            }
        }
        if p > min_pos {
            self.stack.push(Bt::Greedy { inst, min_pos, cur: p });
        }
        Some(p)
    }

    /// Pop the stack to the next choice point, undoing on the way; None when none is left.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::Slot { .. } | Bt::Rep { .. } => self.undo(e),
                Bt::RepExit { id, count, exit, pos, last } => {
                    self.reps[id as usize] = (count, last);
                    return Some((exit as usize, pos));
                }
                Bt::LazyRep { id, pos, body } => {
                    let (count, _) = self.reps[id];
                    self.set_rep(id, count + 1, pos);
                    return Some((body, pos));
                }
                Bt::Greedy { inst, min_pos, cur } => {
                    if let Some(p) = self.greedy_next(inst, min_pos, cur) {
                        return Some((inst + 1, p));
                    }
                }
                Bt::Lazy { inst, pos, count } => {
                    let Inst::RepSingle { single, max, .. } = &self.prog.insts[inst] else { unreachable!("lazy entry of a RepSingle") };
                    if count < *max && self.single_at(single, pos) {
                        self.stack.push(Bt::Lazy { inst, pos: pos + 1, count: count + 1 });
                        return Some((inst + 1, pos + 1));
                    }
                }
                Bt::Barrier { pos, resume, negate, .. } => {
                    if negate {
                        return Some((resume, pos));
                    }
                }
            }
        }
        None
    }

    /// Run from `pos`; the end position on success.
    fn run(&mut self, pos: usize) -> Result<Option<usize>, Interrupted> {
        let prog = self.prog;
        let mut pc = 0;
        let mut pos = pos;
        let end = self.text.len();
        macro_rules! fail {
            () => {{
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                        continue;
                    }
                    None => return Ok(None),
                }
            }};
        }
        loop {
            self.steps = self.steps.wrapping_add(1);
            if self.steps & 0xfffff == 0 && ferrython_vm::signals::pending() {
                return Err(Interrupted);
            }
            match &prog.insts[pc] {
                Inst::One(s) => {
                    if pos < end && s.matches(self.at(pos)) {
                        pos += 1;
                        pc += 1;
                    } else {
                        fail!();
                    }
                }
                Inst::At(code) => {
                    if self.at_code(*code, pos) {
                        pc += 1;
                    } else {
                        fail!();
                    }
                }
                Inst::Save(slot) => {
                    self.set_slot(*slot, pos);
                    pc += 1;
                }
                Inst::Split { first, second } => {
                    // Like `_sre`'s BRANCH, skip an alternative whose first character cannot match.
                    let hopeless = matches!(&prog.insts[*second], Inst::One(s) if pos >= end || !s.matches(self.at(pos)));
                    if !hopeless {
                        self.stack.push(Bt::Alt { pc: *second, pos });
                    }
                    pc = *first;
                }
                Inst::Jmp(to) => pc = *to,
                Inst::RepInit(id) => {
                    self.set_rep(*id, 0, UNSET);
                    pc += 1;
                }
                Inst::RepLoop { id, min, max, lazy, exit } => {
                    let (count, last) = self.reps[*id];
                    if count < *min {
                        // Required iterations do not record their start: like `_sre`'s
                        // `last_ptr`, the empty-iteration check compares with the last
                        // optional iteration only.
                        self.set_rep(*id, count + 1, last);
                        pc += 1;
                    } else if count >= *max || pos == last {
                        pc = *exit;
                    } else if *lazy {
                        self.stack.push(Bt::LazyRep { id: *id, pos, body: pc + 1 });
                        pc = *exit;
                    } else {
                        self.stack.push(Bt::RepExit { id: *id as u32, count, exit: *exit as u32, pos, last });
                        self.reps[*id] = (count + 1, pos);
                        pc += 1;
                    }
                }
                Inst::RepSingle { single, min, max, lazy, possessive } => {
                    let limit = (end - pos).min(*max as usize);
                    if *lazy {
                        let need = *min as usize;
                        if need > limit || !(pos..pos + need).all(|p| single.matches(self.at(p))) {
                            fail!();
                        }
                        self.stack.push(Bt::Lazy { inst: pc, pos: pos + need, count: *min });
                        pos += need;
                        pc += 1;
                    } else {
                        let mut n = 0;
                        while n < limit && single.matches(self.at(pos + n)) {
                            n += 1;
                        }
                        if n < *min as usize {
                            fail!();
                        }
                        if *possessive {
                            pos += n;
                            pc += 1;
                        } else {
                            let min_pos = pos + *min as usize;
                            match self.greedy_next(pc, min_pos, pos + n + 1) {
                                Some(p) => {
                                    pos = p;
                                    pc += 1;
                                }
                                None => fail!(),
                            }
                        }
                    }
                }
                Inst::GroupRef { group, fold } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if s == UNSET || e == UNSET || e < s {
                        fail!();
                    }
                    let len = e - s;
                    if pos + len > end {
                        fail!();
                    }
                    let same = match fold {
                        None => (0..len).all(|i| self.at(s + i) == self.at(pos + i)),
                        Some(uni) => (0..len).all(|i| chars::lower(self.at(s + i), *uni) == chars::lower(self.at(pos + i), *uni)),
                    };
                    if !same {
                        fail!();
                    }
                    pos += len;
                    pc += 1;
                }
                Inst::GroupExists { group, no } => {
                    let set = self.slots[2 * group] != UNSET && self.slots[2 * group + 1] != UNSET;
                    pc = if set { pc + 1 } else { *no };
                }
                Inst::LookStart { negate, behind, end: look_end } => {
                    let resume = look_end + 1;
                    let body_pos = match behind {
                        Some(w) if pos < *w => None,
                        Some(w) => Some(pos - w),
                        None => Some(pos),
                    };
                    match body_pos {
                        None if *negate => pc = resume,
                        None => fail!(),
                        Some(bp) => {
                            self.stack.push(Bt::Barrier { pos, resume, negate: *negate, behind: behind.is_some() });
                            pos = bp;
                            pc += 1;
                        }
                    }
                }
                Inst::LookEnd => {
                    let i = self.barrier();
                    let Bt::Barrier { pos: start, resume, negate, behind, .. } = self.stack[i] else { unreachable!("barrier") };
                    if behind && pos != start {
                        fail!();
                    }
                    if negate {
                        self.unwind_to(i);
                        fail!();
                    }
                    self.cut(i);
                    pos = start;
                    pc = resume;
                }
                Inst::AtomicStart => {
                    self.stack.push(Bt::Barrier { pos, resume: 0, negate: false, behind: false });
                    pc += 1;
                }
                Inst::AtomicEnd => {
                    let i = self.barrier();
                    self.cut(i);
                    pc += 1;
                }
                Inst::Match => {
                    if (self.match_all && pos != end) || (self.must_advance && pos == self.attempt_start) {
                        fail!();
                    }
                    return Ok(Some(pos));
                }
            }
        }
    }
}
