//! Pattern syntax to [`Node`]s, following CPython 3.11's `re._parser` rule for rule so that the
//! same patterns are accepted and every `re.error` has CPython's message and position.
//!
//! The pattern is read as code points (a bytes pattern as Latin-1), one token at a time: a token
//! is one character, or a backslash and the character after it.

use super::ast::*;

/// A compile error: `re.error(msg, pattern, pos)`, or with `pos` None an error without position.
#[derive(Debug, Clone, PartialEq)]
pub enum ParseError {
    Re {
        msg: String,
        pos: Option<usize>,
    },
    /// `OverflowError("the repetition number is too large")`.
    Overflow(&'static str),
    /// `ValueError` from the flag checks (`fix_flags`).
    Value(&'static str),
    /// Groups nested deeper than CPython's recursive parser can go: `RecursionError`.
    Recursion,
}

fn err(msg: impl Into<String>, pos: usize) -> ParseError {
    ParseError::Re { msg: msg.into(), pos: Some(pos) }
}

type PResult<T> = Result<T, ParseError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Ch(u32),
    /// A backslash and the character after it.
    Esc(u32),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }

    fn text(self) -> String {
        match self {
            Tok::Ch(c) => ch(c).to_string(),
            Tok::Esc(c) => format!("\\{}", ch(c)),
        }
    }

    fn is(self, c: char) -> bool {
        self == Tok::Ch(c as u32)
    }
}

pub fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

struct Source<'a> {
    s: &'a [u32],
    is_text: bool,
    index: usize,
    next: Option<Tok>,
}

impl<'a> Source<'a> {
    fn new(s: &'a [u32], is_text: bool) -> PResult<Source<'a>> {
        let mut src = Source { s, is_text, index: 0, next: None };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> PResult<()> {
        let i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            match self.s.get(i + 1) {
                Some(&d) => {
                    self.next = Some(Tok::Esc(d));
                    self.index = i + 2;
                }
                None => return Err(err("bad escape (end of pattern)", self.s.len() - 1)),
            }
        } else {
            self.next = Some(Tok::Ch(c));
            self.index = i + 1;
        }
        Ok(())
    }

    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next == Some(Tok::Ch(c as u32)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    fn next_is(&self, set: &str) -> bool {
        matches!(self.next, Some(Tok::Ch(c)) if char::from_u32(c).is_some_and(|c| set.contains(c)))
    }

    /// `getwhile(n, charset)`: up to `n` single-character tokens from `set`.
    fn get_while(&mut self, n: usize, set: &str) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !self.next_is(set) {
                break;
            }
            if let Some(Tok::Ch(c)) = self.get()? {
                out.push(ch(c));
            }
        }
        Ok(out)
    }

    /// `getuntil(terminator, name)`.
    fn get_until(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {terminator}, unterminated name"), out.chars().count()));
                }
                Some(t) if t.is(terminator) => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
        Ok(out)
    }

    /// `Tokenizer.error`: the message (ASCII-escaped for a bytes pattern) at `tell() - offset`.
    fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg = msg.into();
        if !self.is_text {
            msg = backslash_ascii(&msg);
        }
        err(msg, self.tell().saturating_sub(offset))
    }

    /// `checkgroupname`: a name must be an identifier; in a bytes pattern a non-ASCII one is
    /// deprecated.
    fn check_group_name(&self, state: &mut State, name: &str, offset: usize) -> PResult<()> {
        let len = name.chars().count();
        if !is_identifier(name) {
            return Err(self.error(format!("bad character in group name {}", py_repr(name)), len + offset));
        }
        if !self.is_text && !name.is_ascii() {
            let at = self.tell() - len - offset;
            state.warnings.push((false, format!("bad character in group name {} at position {at}", ascii_repr(name))));
        }
        Ok(())
    }
}

/// `ascii()` of a str.
pub fn ascii_repr(s: &str) -> String {
    backslash_ascii(&py_repr(s))
}

/// `msg.encode('ascii', 'backslashreplace').decode()`.
fn backslash_ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

/// `repr()` of a str, as CPython prints it.
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !ferrython_vm::types::str::unicode::is_printable(c) => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    use ferrython_vm::types::str::unicode::{is_xid_continue, is_xid_start};
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

const DIGITS: &str = "0123456789";
const OCTDIGITS: &str = "01234567";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";

fn flag_of(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

/// What an escape stands for.
enum Escaped {
    Literal(u32),
    Set(Category),
    At(At),
    GroupRef(usize),
}

fn category(c: u32) -> Option<Escaped> {
    Some(match ch(c) {
        'A' => Escaped::At(At::BeginningString),
        'b' => Escaped::At(At::Boundary),
        'B' => Escaped::At(At::NonBoundary),
        'd' => Escaped::Set(Category::Digit),
        'D' => Escaped::Set(Category::NotDigit),
        's' => Escaped::Set(Category::Space),
        'S' => Escaped::Set(Category::NotSpace),
        'w' => Escaped::Set(Category::Word),
        'W' => Escaped::Set(Category::NotWord),
        'Z' => Escaped::At(At::EndString),
        _ => return None,
    })
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// The parse state (`_parser.State`).
pub struct State {
    pub flags: u32,
    /// Name -> group number, in definition order.
    pub groupdict: Vec<(String, usize)>,
    /// Widths of the groups; None while a group is open (index 0 is the whole match).
    pub group_widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// Groups named in `(?(n)...)`, with the position to report if they do not exist.
    groupref_pos: Vec<(usize, usize)>,
    /// The deepest `nested` level allowed (CPython's parser recurses twice per group level).
    max_nested: usize,
    /// Warnings the parser gives, in order: `(is FutureWarning, else DeprecationWarning; message)`.
    pub warnings: Vec<(bool, String)>,
}

impl State {
    pub fn groups(&self) -> usize {
        self.group_widths.len()
    }

    pub fn group_named(&self, name: &str) -> Option<usize> {
        self.groupdict.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    fn open_group(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.group_widths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(old) = self.group_named(name) {
                return Err(format!("redefinition of group name {} as group {gid}; was group {old}", py_repr(name)));
            }
            self.groupdict.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.group_widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize, src: &Source) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(src.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }
}

/// The result of parsing: the nodes and the final state (flags include inline global flags and
/// `UNICODE` for a str pattern, as `fix_flags` leaves them).
pub struct Parsed {
    pub nodes: Vec<Node>,
    pub state: State,
}

/// `_parser.parse(pattern, flags)`.
/// `max_nested` bounds the nesting of groups as the interpreter's recursion limit bounds CPython's
/// recursive parser (and keeps this parser's recursion far from the end of the Rust stack).
pub fn parse(pattern: &[u32], is_text: bool, flags: u32, max_nested: usize, warnings: &mut Vec<(bool, String)>) -> PResult<Parsed> {
    let mut src = Source::new(pattern, is_text)?;
    let mut state = State {
        flags,
        groupdict: Vec::new(),
        group_widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
        max_nested,
        warnings: Vec::new(),
    };
    let nodes = parse_sub(&mut src, &mut state, flags & FLAG_VERBOSE != 0, 0);
    warnings.append(&mut state.warnings);
    let nodes = nodes?;
    state.flags = fix_flags(is_text, state.flags)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(err(format!("invalid group reference {g}"), pos));
        }
    }
    Ok(Parsed { nodes, state })
}

/// `_parser.fix_flags`.
pub fn fix_flags(is_text: bool, mut flags: u32) -> PResult<u32> {
    if is_text {
        if flags & FLAG_LOCALE != 0 {
            return Err(ParseError::Value("cannot use LOCALE flag with a str pattern"));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(ParseError::Value("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return Err(ParseError::Value("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(ParseError::Value("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// An alternation `a|b|c`.
fn parse_sub(src: &mut Source, state: &mut State, mut verbose: bool, nested: usize) -> PResult<Vec<Node>> {
    if nested > state.max_nested {
        return Err(ParseError::Recursion);
    }
    let mut items: Vec<Vec<Node>> = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, state, verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & FLAG_VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    // Single-character alternatives become one set, as CPython's parser does (same matches, faster).
    let mut set = Vec::new();
    let all_single = items.iter().all(|item| match item.as_slice() {
        [Node::Literal(c)] => {
            set.push(SetItem::Literal(*c));
            true
        }
        [Node::In { negate: false, items }] => {
            set.extend(items.iter().cloned());
            true
        }
        _ => false,
    });
    if all_single {
        let mut uniq: Vec<SetItem> = Vec::new();
        for i in set {
            if !uniq.contains(&i) {
                uniq.push(i);
            }
        }
        return Ok(vec![Node::In { negate: false, items: uniq }]);
    }
    Ok(vec![Node::Branch(items)])
}

/// `_escape`: an escape outside a set.
fn escape(src: &mut Source, tok: Tok, state: &State) -> PResult<Escaped> {
    let Tok::Esc(c) = tok else { unreachable!("escape of a plain token") };
    if let Some(e) = category(c) {
        return Ok(e);
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Escaped::Literal(v));
    }
    let mut text = tok.text();
    let bad = |src: &Source, text: &str| src.error(format!("bad escape {text}"), text.chars().count());
    match ch(c) {
        'x' | 'u' | 'U' if ch(c) == 'x' || src.is_text => {
            let n = match ch(c) {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            text += &src.get_while(n, HEXDIGITS)?;
            if text.chars().count() != n + 2 {
                return Err(src.error(format!("incomplete escape {text}"), text.chars().count()));
            }
            let v = u32::from_str_radix(&text[2..], 16).unwrap_or(u32::MAX);
            if ch(c) == 'U' && char::from_u32(v).is_none() && v > 0x10ffff {
                return Err(bad(src, &text));
            }
            Ok(Escaped::Literal(v))
        }
        'N' if src.is_text => named_escape(src),
        '0' => {
            text += &src.get_while(2, OCTDIGITS)?;
            Ok(Escaped::Literal(u32::from_str_radix(&text[1..], 8).unwrap_or(0)))
        }
        '1'..='9' => {
            if src.next_is(DIGITS) {
                if let Some(Tok::Ch(d)) = src.get()? {
                    text.push(ch(d));
                }
                let b = text.as_bytes();
                if OCTDIGITS.contains(b[1] as char) && OCTDIGITS.contains(b[2] as char) && src.next_is(OCTDIGITS) {
                    if let Some(Tok::Ch(d)) = src.get()? {
                        text.push(ch(d));
                    }
                    let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(src.error(format!("octal escape value {text} outside of range 0-0o377"), text.len()));
                    }
                    return Ok(Escaped::Literal(v));
                }
            }
            let group: usize = text[1..].parse().unwrap_or(usize::MAX);
            if group < state.groups() {
                if !state.check_group(group) {
                    return Err(src.error("cannot refer to an open group", text.len()));
                }
                state.check_lookbehind_group(group, src)?;
                return Ok(Escaped::GroupRef(group));
            }
            Err(src.error(format!("invalid group reference {group}"), text.len() - 1))
        }
        d if d.is_ascii_alphabetic() => Err(bad(src, &text)),
        _ => Ok(Escaped::Literal(c)),
    }
}

/// `\N{name}`: Ferrython has no Unicode name table yet, so every name is undefined.
fn named_escape(src: &mut Source) -> PResult<Escaped> {
    if !src.matches('{')? {
        return Err(src.error("missing {", 0));
    }
    let name = src.get_until('}', "character name")?;
    match super::names::lookup(&name) {
        Some(c) => Ok(Escaped::Literal(c)),
        None => Err(src.error(format!("undefined character name {}", py_repr(&name)), name.chars().count() + 4)),
    }
}

/// `_class_escape`: an escape inside a set; `Err` carries CPython's error.
fn class_escape(src: &mut Source, tok: Tok) -> PResult<SetItem> {
    let Tok::Esc(c) = tok else { unreachable!("escape of a plain token") };
    if let Some(v) = simple_escape(c) {
        return Ok(SetItem::Literal(v));
    }
    if let Some(Escaped::Set(cat)) = category(c) {
        return Ok(SetItem::Category(cat));
    }
    let mut text = tok.text();
    let bad = |src: &Source, text: &str| src.error(format!("bad escape {text}"), text.chars().count());
    match ch(c) {
        'x' | 'u' | 'U' if ch(c) == 'x' || src.is_text => {
            let n = match ch(c) {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            text += &src.get_while(n, HEXDIGITS)?;
            if text.chars().count() != n + 2 {
                return Err(src.error(format!("incomplete escape {text}"), text.chars().count()));
            }
            let v = u32::from_str_radix(&text[2..], 16).unwrap_or(u32::MAX);
            if ch(c) == 'U' && v > 0x10ffff {
                return Err(bad(src, &text));
            }
            Ok(SetItem::Literal(v))
        }
        'N' if src.is_text => match named_escape(src)? {
            Escaped::Literal(v) => Ok(SetItem::Literal(v)),
            _ => unreachable!("names are literals"),
        },
        '0'..='7' => {
            text += &src.get_while(2, OCTDIGITS)?;
            let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
            if v > 0o377 {
                return Err(src.error(format!("octal escape value {text} outside of range 0-0o377"), text.len()));
            }
            Ok(SetItem::Literal(v))
        }
        '8' | '9' => Err(bad(src, &text)),
        d if d.is_ascii_alphabetic() => Err(bad(src, &text)),
        _ => Ok(SetItem::Literal(c)),
    }
}

fn is_verbose_space(t: Tok) -> bool {
    matches!(t, Tok::Ch(c) if matches!(ch(c), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'))
}

/// `_parse`: a sequence of items up to `|`, `)` or the end.
fn parse_seq(src: &mut Source, state: &mut State, mut verbose: bool, nested: usize, first: bool) -> PResult<Vec<Node>> {
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = src.next {
        if this.is('|') || this.is(')') {
            break;
        }
        src.get()?;
        if verbose {
            if is_verbose_space(this) {
                continue;
            }
            if this.is('#') {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        let c = match this {
            Tok::Esc(_) => {
                seq.push(match escape(src, this, state)? {
                    Escaped::Literal(v) => Node::Literal(v),
                    Escaped::Set(cat) => Node::In { negate: false, items: vec![SetItem::Category(cat)] },
                    Escaped::At(a) => Node::At(a),
                    Escaped::GroupRef(g) => Node::GroupRef(g),
                });
                continue;
            }
            Tok::Ch(c) => c,
        };
        match ch(c) {
            '[' => seq.push(parse_set(src, state)?),
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max) = match ch(c) {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if src.next == Some(Tok::Ch('}' as u32)) {
                            seq.push(Node::Literal(c));
                            continue;
                        }
                        let mut lo = String::new();
                        let mut hi = String::new();
                        while src.next_is(DIGITS) {
                            lo.push_str(&src.get()?.map(Tok::text).unwrap_or_default());
                        }
                        if src.matches(',')? {
                            while src.next_is(DIGITS) {
                                hi.push_str(&src.get()?.map(Tok::text).unwrap_or_default());
                            }
                        } else {
                            hi = lo.clone();
                        }
                        if !src.matches('}')? {
                            seq.push(Node::Literal(c));
                            src.seek(here)?;
                            continue;
                        }
                        let mut min = 0;
                        let mut max = MAXREPEAT;
                        if !lo.is_empty() {
                            min = repeat_number(&lo)?;
                        }
                        if !hi.is_empty() {
                            max = repeat_number(&hi)?;
                            if max < min {
                                return Err(src.error("min repeat greater than max repeat", src.tell() - here));
                            }
                        }
                        (min, max)
                    }
                };
                let item = match seq.last() {
                    None | Some(Node::At(_)) => return Err(src.error("nothing to repeat", src.tell() - here + 1)),
                    Some(n) if n.is_repeat() => return Err(src.error("multiple repeat", src.tell() - here + 1)),
                    Some(_) => seq.pop().expect("checked"),
                };
                let body = match item {
                    Node::Subpattern { group: None, add_flags: 0, del_flags: 0, body } => body,
                    other => vec![other],
                };
                let kind = if src.matches('?')? {
                    RepeatKind::Lazy
                } else if src.matches('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat { min, max, kind, body });
            }
            '.' => seq.push(Node::Any),
            '(' => {
                if let Some(node) = parse_group(src, state, &mut verbose, nested, first, seq.is_empty())? {
                    seq.push(node);
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            _ => seq.push(Node::Literal(c)),
        }
    }
    // Non-capturing groups without flags are spliced into the sequence.
    let mut out = Vec::with_capacity(seq.len());
    for n in seq {
        match n {
            Node::Subpattern { group: None, add_flags: 0, del_flags: 0, body } => out.extend(body),
            other => out.push(other),
        }
    }
    Ok(out)
}

fn repeat_number(digits: &str) -> PResult<u32> {
    match digits.parse::<u64>() {
        Ok(v) if v < u64::from(MAXREPEAT) => Ok(v as u32),
        _ => Err(ParseError::Overflow("the repetition number is too large")),
    }
}

/// A character set after its `[`.
fn parse_set(src: &mut Source, state: &mut State) -> PResult<Node> {
    let here = src.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    if src.next == Some(Tok::Ch('[' as u32)) {
        state.warnings.push((true, format!("Possible nested set at position {}", src.tell())));
    }
    let negate = src.matches('^')?;
    let unterminated = |src: &Source| src.error("unterminated character set", src.tell() - here);
    loop {
        let Some(this) = src.get()? else { return Err(unterminated(src)) };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = match this {
            Tok::Esc(_) => class_escape(src, this)?,
            Tok::Ch(c) => {
                let kind = match ch(c) {
                    '-' => "difference",
                    '&' => "intersection",
                    '~' => "symmetric difference",
                    '|' => "union",
                    _ => "",
                };
                if !set.is_empty() && !kind.is_empty() && src.next == Some(this) {
                    state.warnings.push((true, format!("Possible set {kind} at position {}", src.tell() - 1)));
                }
                SetItem::Literal(c)
            }
        };
        if src.matches('-')? {
            let Some(that) = src.get()? else { return Err(unterminated(src)) };
            if that.is(']') {
                set.push(code1);
                set.push(SetItem::Literal('-' as u32));
                break;
            }
            let code2 = match that {
                Tok::Esc(_) => class_escape(src, that)?,
                Tok::Ch(c) => {
                    if ch(c) == '-' {
                        state.warnings.push((true, format!("Possible set difference at position {}", src.tell() - 2)));
                    }
                    SetItem::Literal(c)
                }
            };
            let range_err = |src: &Source| src.error(format!("bad character range {}-{}", this.text(), that.text()), this.len() + 1 + that.len());
            let (SetItem::Literal(lo), SetItem::Literal(hi)) = (code1, code2) else { return Err(range_err(src)) };
            if hi < lo {
                return Err(range_err(src));
            }
            set.push(SetItem::Range(lo, hi));
        } else {
            set.push(code1);
        }
    }
    let mut uniq: Vec<SetItem> = Vec::with_capacity(set.len());
    for i in set {
        if !uniq.contains(&i) {
            uniq.push(i);
        }
    }
    if let [SetItem::Literal(c)] = uniq.as_slice() {
        return Ok(if negate { Node::NotLiteral(*c) } else { Node::Literal(*c) });
    }
    Ok(Node::In { negate, items: uniq })
}

/// A group after its `(`; None for a comment or global flags.
fn parse_group(src: &mut Source, state: &mut State, verbose: &mut bool, nested: usize, first: bool, seq_empty: bool) -> PResult<Option<Node>> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut add_flags = 0;
    let mut del_flags = 0;
    let unterminated = |src: &Source| src.error("missing ), unterminated subpattern", src.tell() - start);
    if src.matches('?')? {
        let Some(c) = src.get()? else { return Err(src.error("unexpected end of pattern", 0)) };
        match c {
            Tok::Ch(c) if ch(c) == 'P' => {
                if src.matches('<')? {
                    let n = src.get_until('>', "group name")?;
                    src.check_group_name(state, &n, 1)?;
                    name = Some(n);
                } else if src.matches('=')? {
                    let n = src.get_until(')', "group name")?;
                    src.check_group_name(state, &n, 1)?;
                    let len = n.chars().count();
                    let Some(gid) = state.group_named(&n) else {
                        return Err(src.error(format!("unknown group name {}", py_repr(&n)), len + 1));
                    };
                    if !state.check_group(gid) {
                        return Err(src.error("cannot refer to an open group", len + 1));
                    }
                    state.check_lookbehind_group(gid, src)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(c) = src.get()? else { return Err(src.error("unexpected end of pattern", 0)) };
                    return Err(src.error(format!("unknown extension ?P{}", c.text()), c.len() + 2));
                }
            }
            Tok::Ch(c) if ch(c) == ':' => capture = false,
            Tok::Ch(c) if ch(c) == '#' => {
                loop {
                    if src.next.is_none() {
                        return Err(src.error("missing ), unterminated comment", src.tell() - start));
                    }
                    if src.get()?.is_some_and(|t| t.is(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            Tok::Ch(c) if matches!(ch(c), '=' | '!' | '<') => {
                let mut kind = c;
                let mut behind = false;
                let mut outer_lookbehind = None;
                if ch(c) == '<' {
                    let Some(k) = src.get()? else { return Err(src.error("unexpected end of pattern", 0)) };
                    if !(k.is('=') || k.is('!')) {
                        return Err(src.error(format!("unknown extension ?<{}", k.text()), k.len() + 2));
                    }
                    let Tok::Ch(k) = k else { unreachable!("checked") };
                    kind = k;
                    behind = true;
                    outer_lookbehind = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let body = parse_sub(src, state, *verbose, nested + 1)?;
                if let Some(None) = outer_lookbehind {
                    state.lookbehind_groups = None;
                }
                if !src.matches(')')? {
                    return Err(unterminated(src));
                }
                return Ok(Some(Node::Assert { behind, negate: ch(kind) == '!', body }));
            }
            Tok::Ch(c) if ch(c) == '(' => {
                let condname = src.get_until(')', "group name")?;
                let len = condname.chars().count();
                let condgroup = if is_identifier(&condname) {
                    src.check_group_name(state, &condname, 1)?;
                    match state.group_named(&condname) {
                        Some(g) => g,
                        None => return Err(src.error(format!("unknown group name {}", py_repr(&condname)), len + 1)),
                    }
                } else {
                    let g =
                        parse_py_int(&condname).ok_or_else(|| src.error(format!("bad character in group name {}", py_repr(&condname)), len + 1))?;
                    if g == 0 {
                        return Err(src.error("bad group number", len + 1));
                    }
                    if g >= MAXGROUPS as u128 {
                        return Err(src.error(format!("invalid group reference {g}"), len + 1));
                    }
                    let g = g as usize;
                    if !state.groupref_pos.iter().any(|(x, _)| *x == g) {
                        state.groupref_pos.push((g, src.tell() - len - 1));
                    }
                    if !condname.bytes().all(|b| b.is_ascii_digit()) {
                        let shown = if src.is_text { py_repr(&condname) } else { ascii_repr(&condname) };
                        state.warnings.push((false, format!("bad character in group name {shown} at position {}", src.tell() - len - 1)));
                    }
                    g
                };
                state.check_lookbehind_group(condgroup, src)?;
                let yes = parse_seq(src, state, *verbose, nested + 1, false)?;
                let no = if src.matches('|')? {
                    let no = parse_seq(src, state, *verbose, nested + 1, false)?;
                    if src.next == Some(Tok::Ch('|' as u32)) {
                        return Err(src.error("conditional backref with more than two branches", 0));
                    }
                    Some(no)
                } else {
                    None
                };
                if !src.matches(')')? {
                    return Err(unterminated(src));
                }
                return Ok(Some(Node::GroupRefExists { group: condgroup, yes, no }));
            }
            Tok::Ch(c) if ch(c) == '>' => {
                capture = false;
                atomic = true;
            }
            Tok::Ch(c) if flag_of(c).is_some() || ch(c) == '-' => match parse_flags(src, state, c)? {
                None => {
                    if !first || !seq_empty {
                        return Err(src.error("global flags not at the start of the expression", src.tell() - start));
                    }
                    *verbose = state.flags & FLAG_VERBOSE != 0;
                    return Ok(None);
                }
                Some((add, del)) => {
                    add_flags = add;
                    del_flags = del;
                    capture = false;
                }
            },
            other => return Err(src.error(format!("unknown extension ?{}", other.text()), other.len() + 1)),
        }
    }
    let group = if capture {
        match state.open_group(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => return Err(src.error(msg, name.as_deref().map_or(0, |n| n.chars().count()) + 1)),
        }
    } else {
        None
    };
    let sub_verbose = (*verbose || add_flags & FLAG_VERBOSE != 0) && del_flags & FLAG_VERBOSE == 0;
    let body = parse_sub(src, state, sub_verbose, nested + 1)?;
    if !src.matches(')')? {
        return Err(unterminated(src));
    }
    if let Some(g) = group {
        state.group_widths[g] = Some(width(&body, &state.group_widths));
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Subpattern { group, add_flags, del_flags, body }))
}

/// `int(s)` for a group number written in a pattern or template (`' 1'`, `'+1'`, `'1_0'` are
/// accepted like Python's `int`); None if it is not an int or is negative.
pub fn parse_py_int(s: &str) -> Option<u128> {
    let t = s.trim_matches(|c: char| ferrython_vm::types::str::unicode::is_space(c));
    let t = t.strip_prefix('+').unwrap_or(t);
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let mut v: u128 = 0;
    for c in t.chars() {
        if c == '_' {
            continue;
        }
        let d = ferrython_vm::format::decimal_value(c)?;
        v = v.saturating_mul(10).saturating_add(u128::from(d));
    }
    Some(v)
}

/// `_parse_flags`, after the first flag character `c`: `None` for global flags `(?i)`, else
/// the flags a scoped group `(?i-m:...)` adds and removes.
fn parse_flags(src: &mut Source, state: &mut State, mut c: u32) -> PResult<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    if ch(c) != '-' {
        loop {
            let flag = flag_of(c).expect("caller checked");
            if src.is_text {
                if ch(c) == 'L' {
                    return Err(src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
            } else if ch(c) == 'u' {
                return Err(src.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
            }
            let Some(t) = src.get()? else { return Err(src.error("missing -, : or )", 0)) };
            if t.is(')') || t.is('-') || t.is(':') {
                c = match t {
                    Tok::Ch(x) => x,
                    Tok::Esc(_) => unreachable!("checked"),
                };
                break;
            }
            match t {
                Tok::Ch(x) if flag_of(x).is_some() => c = x,
                _ => {
                    let msg = if is_alpha_tok(t) { "unknown flag" } else { "missing -, : or )" };
                    return Err(src.error(msg, t.len()));
                }
            }
        }
    }
    if ch(c) == ')' {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch(c) == '-' {
        let Some(t) = src.get()? else { return Err(src.error("missing flag", 0)) };
        let mut c = match t {
            Tok::Ch(x) if flag_of(x).is_some() => x,
            _ => {
                let msg = if is_alpha_tok(t) { "unknown flag" } else { "missing flag" };
                return Err(src.error(msg, t.len()));
            }
        };
        loop {
            let flag = flag_of(c).expect("checked");
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
            }
            del |= flag;
            let Some(t) = src.get()? else { return Err(src.error("missing :", 0)) };
            if t.is(':') {
                break;
            }
            match t {
                Tok::Ch(x) if flag_of(x).is_some() => c = x,
                _ => {
                    let msg = if is_alpha_tok(t) { "unknown flag" } else { "missing :" };
                    return Err(src.error(msg, t.len()));
                }
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// `char.isalpha()` of a token's text (a two-character escape token is never alphabetic).
fn is_alpha_tok(t: Tok) -> bool {
    match t {
        Tok::Ch(c) => ferrython_vm::types::str::unicode::is_alpha(ch(c)),
        Tok::Esc(_) => false,
    }
}
