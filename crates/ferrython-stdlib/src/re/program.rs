//! The compiled form the matcher runs: a flat list of instructions for a backtracking machine,
//! and the one-character tests they use.

use super::ast::Category;
use super::chars;

/// A character class with its flags applied. Answers for ASCII characters are precomputed.
#[derive(Debug, Clone)]
pub struct CharSet {
    negate: bool,
    lits: Vec<u32>,
    ranges: Vec<(u32, u32)>,
    cats: Vec<Category>,
    /// Unicode (not ASCII) categories and case rules.
    uni: bool,
    fold: SetFold,
    ascii: [u64; 2],
}

/// How a character set ignores case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetFold {
    No,
    /// The set holds a character if it holds one that matches it ignoring case.
    Case,
    /// LOCALE with IGNORECASE (`_sre`'s IN_LOC_IGNORE): the character, its lowercase or its
    /// uppercase passes the set test, negation included (so `[^a]` matches `a`, as in CPython).
    Locale,
}

impl CharSet {
    pub fn new(negate: bool, lits: Vec<u32>, ranges: Vec<(u32, u32)>, cats: Vec<Category>, uni: bool, fold: SetFold) -> CharSet {
        let mut set = CharSet { negate, lits, ranges, cats, uni, fold, ascii: [0; 2] };
        let mut bits = [0u64; 2];
        for c in 0..128u32 {
            if set.slow(c) {
                bits[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        set.ascii = bits;
        set
    }

    fn holds_char(&self, c: u32) -> bool {
        self.lits.contains(&c) || self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
    }

    fn holds_cat(&self, c: u32) -> bool {
        self.cats.iter().any(|&cat| chars::category(cat, c, self.uni))
    }

    fn slow(&self, c: u32) -> bool {
        if self.fold == SetFold::Locale {
            let plain = |c: u32| (self.holds_char(c) || self.holds_cat(c)) != self.negate;
            return plain(c) || plain(chars::lower(c, false)) || plain(chars::upper_ascii(c));
        }
        let hit = if self.fold == SetFold::Case {
            // CPython tests the lowercased character against the set of the lowercased members and
            // their extra case equivalents; this asks the same question of the members as written.
            let lo = chars::lower(c, self.uni);
            self.holds_cat(lo)
                || chars::fold_set(lo, self.uni).into_iter().any(|y| {
                    self.holds_char(y)
                        || if self.uni {
                            chars::lowering_to(y).any(|x| self.holds_char(x))
                        } else {
                            y < 128 && self.holds_char(u32::from((y as u8).to_ascii_uppercase()))
                        }
                })
        } else {
            self.holds_char(c) || self.holds_cat(c)
        };
        hit != self.negate
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 128 {
            return self.ascii[(c / 64) as usize] & (1 << (c % 64)) != 0;
        }
        self.slow(c)
    }
}

/// A test of one character.
#[derive(Debug, Clone)]
pub enum Single {
    Char(u32),
    NotChar(u32),
    /// Case-insensitive character: the lowercase of the subject character is one of these.
    Fold {
        set: Box<[u32]>,
        uni: bool,
    },
    NotFold {
        set: Box<[u32]>,
        uni: bool,
    },
    /// LOCALE with IGNORECASE: the character, its lowercase or its uppercase is this one.
    LocFold(u32),
    NotLocFold(u32),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Set(Box<CharSet>),
}

impl Single {
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            Single::Char(x) => c == *x,
            Single::NotChar(x) => c != *x,
            Single::Fold { set, uni } => set.contains(&chars::lower(c, *uni)),
            Single::NotFold { set, uni } => !set.contains(&chars::lower(c, *uni)),
            Single::LocFold(x) => c == *x || chars::lower(c, false) == *x || chars::upper_ascii(c) == *x,
            Single::NotLocFold(x) => !(c == *x || chars::lower(c, false) == *x || chars::upper_ascii(c) == *x),
            Single::Any => c != u32::from(b'\n'),
            Single::AnyAll => true,
            Single::Set(s) => s.matches(c),
        }
    }
}

/// A zero-width position test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtCode {
    /// `^`, and `\A`: the very start of the string.
    Beginning,
    /// `^` with MULTILINE.
    BeginningLine,
    /// `$`: the end, or before a newline that ends the string.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndString,
    Boundary {
        uni: bool,
    },
    NonBoundary {
        uni: bool,
    },
}

#[derive(Debug, Clone)]
pub enum Inst {
    One(Single),
    At(AtCode),
    /// Record the position in capture slot `n` (group `n / 2`, start if even).
    Save(usize),
    /// Continue at `first`; on failure, at `second`.
    Split {
        first: usize,
        second: usize,
    },
    Jmp(usize),
    /// Start counted repeat `id` (its counter and last iteration start are registers).
    RepInit(usize),
    /// Loop head of counted repeat `id`: its body starts at the next instruction and jumps back
    /// here; `exit` follows the loop.
    RepLoop {
        id: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    /// A repeat of one character test, matched without a loop of instructions.
    RepSingle {
        single: Single,
        min: u32,
        max: u32,
        lazy: bool,
        possessive: bool,
    },
    /// Backreference to group `group`.
    GroupRef {
        group: usize,
        fold: Option<bool>,
    },
    /// `(?(group)yes|no)`: continue if the group matched, else jump to `no`.
    GroupExists {
        group: usize,
        no: usize,
    },
    /// A lookaround whose body follows; `end` is its `LookEnd`.
    LookStart {
        negate: bool,
        behind: Option<usize>,
        end: usize,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    /// Number of counted repeats (registers).
    pub nreps: usize,
    /// Number of capturing groups.
    pub groups: usize,
    /// The pattern can only match at the start of the string (`\A`, or `^` without MULTILINE).
    pub anchored: bool,
    /// Tests one of which every match's first character passes, when known.
    pub first: Option<Vec<Single>>,
}
