//! The parsed form of a regular expression (CPython's `_parser.SubPattern` items) and the flag bits.

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;
pub const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
pub const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

/// `_sre.MAXREPEAT`: an unbounded repeat's maximum.
pub const MAXREPEAT: u32 = u32::MAX;
/// `_sre.MAXGROUPS` on 64-bit builds.
pub const MAXGROUPS: usize = 1_073_741_823;

/// A widths' upper bound standing for "unbounded" (`_parser.MAXWIDTH`).
pub const MAXWIDTH: u64 = u64::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Literal(u32),
    Range(u32, u32),
    Category(Category),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^` (`\A`-like unless MULTILINE)
    Beginning,
    /// `$`
    End,
    /// `\A`
    BeginningString,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    In {
        negate: bool,
        items: Vec<SetItem>,
    },
    At(At),
    Branch(Vec<Vec<Node>>),
    /// A group: capturing when `group` is set, or carrying local flags `(?i:...)`.
    Subpattern {
        group: Option<usize>,
        add_flags: u32,
        del_flags: u32,
        body: Vec<Node>,
    },
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        body: Vec<Node>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
    Assert {
        behind: bool,
        negate: bool,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
}

impl Node {
    pub fn is_repeat(&self) -> bool {
        matches!(self, Node::Repeat { .. })
    }
}

fn add(a: u64, b: u64) -> u64 {
    a.saturating_add(b)
}

/// `SubPattern.getwidth()`: the least and greatest number of characters `nodes` can match.
/// `group_widths[g]` is the width of closed group `g`.
pub fn width(nodes: &[Node], group_widths: &[Option<(u64, u64)>]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for n in nodes {
        let (l, h) = match n {
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } => (1, 1),
            Node::At(_) | Node::Assert { .. } => (0, 0),
            Node::Branch(items) => {
                let mut l = MAXWIDTH;
                let mut h = 0;
                for b in items {
                    let (i, j) = width(b, group_widths);
                    l = l.min(i);
                    h = h.max(j);
                }
                (l, h)
            }
            Node::Subpattern { body, .. } | Node::Atomic(body) => width(body, group_widths),
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = width(body, group_widths);
                let h = if *max == MAXREPEAT && j > 0 { MAXWIDTH } else { j.saturating_mul(u64::from(*max)) };
                (i.saturating_mul(u64::from(*min)), h)
            }
            Node::GroupRef(g) => group_widths.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (i, j) = width(yes, group_widths);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, group_widths);
                        (i.min(l), j.max(h))
                    }
                    None => (0, j),
                }
            }
        };
        lo = add(lo, l);
        hi = add(hi, h);
    }
    (lo, hi)
}
