//! `re.Pattern`: `_sre.compile` and the pattern methods (`match`, `search`, `fullmatch`,
//! `findall`, `finditer`, `split`, `sub`, `subn`), and the scanner behind `finditer`.

use std::cell::Cell;
use std::rc::Rc;

use ferrython_vm::object::Payload;
use ferrython_vm::objects::function::{Args, NativeFn};
use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyErr, PyRef, PyResult, Value, Vm};

use super::ast::*;
use super::match_obj::new_match;
use super::matcher::{Found, Interrupted};
use super::parser::{self, ParseError};
use super::program::Program;
use super::subject::{Kind, Output, Search, Subject};
use super::template::{self, Piece, TemplateError};
use super::{native, new_native_object};
use crate::pyargs::{Clinic, get_attr, int_arg};

pub struct PatternData {
    /// The source, a str or bytes (None only for patterns of no source).
    pub pattern: Value,
    pub flags: u32,
    pub prog: Program,
    pub is_bytes: bool,
    /// Named groups in definition order.
    pub groupindex: Vec<(String, usize)>,
    /// The dict behind `groupindex`'s mappingproxy.
    pub groupindex_dict: PyRef,
    pub match_cls: PyRef,
    pub scanner_cls: PyRef,
    pub error_cls: Value,
}

impl PatternData {
    pub fn groups(&self) -> usize {
        self.prog.groups
    }
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("match", pattern_match),
    ("search", pattern_search),
    ("fullmatch", pattern_fullmatch),
    ("findall", pattern_findall),
    ("finditer", pattern_finditer),
    ("scanner", pattern_scanner),
    ("split", pattern_split),
    ("sub", pattern_sub),
    ("subn", pattern_subn),
    ("__repr__", pattern_repr),
    ("__eq__", pattern_eq),
    ("__ne__", pattern_ne),
    ("__hash__", pattern_hash),
    ("__copy__", pattern_copy),
    ("__deepcopy__", pattern_deepcopy),
];

pub const GETTERS: &[(&str, NativeFn)] = &[("pattern", get_pattern), ("flags", get_flags), ("groups", get_groups), ("groupindex", get_groupindex)];

/// `re.error(msg, pattern, pos)`.
pub fn re_error(vm: &mut Vm, error_cls: &Value, msg: String, pattern: &Value, pos: Option<usize>) -> PyErr {
    let args = match pos {
        Some(p) => vec![vm.new_str(msg), pattern.clone(), Value::Int(p as i64)],
        None => vec![vm.new_str(msg)],
    };
    match vm.call(error_cls, &args, &[]) {
        Ok(Value::Obj(e)) => PyErr::new(e),
        Ok(_) => vm.type_error("re.error did not make an exception"),
        Err(e) => e,
    }
}

/// The code points of a str or bytes pattern or template.
fn units(v: &Value) -> Option<(Vec<u32>, bool)> {
    match v.payload() {
        Some(Payload::Str(s)) => Some((s.as_str().chars().map(u32::from).collect(), true)),
        _ => ferrython_vm::types::bytes::bytes_data(v).map(|b| (b.iter().map(|&c| u32::from(c)).collect(), false)),
    }
}

/// `warnings.warn(msg, cls)` attributed to the Python code that called into `re`.
pub fn warn(vm: &mut Vm, cls: &PyRef, msg: String) -> PyResult<()> {
    let warnings = vm.import_module("warnings")?;
    let name = vm.intern("warn");
    let f = vm.getattr(&warnings, &name)?;
    let msg = vm.new_str(msg);
    vm.call(&f, &[msg, Value::Obj(cls.clone()), Value::Int(1)], &[])?;
    Ok(())
}

/// Compile a str or bytes `pattern` into a new Pattern object (`module` is `_sre`).
pub fn compile_value(vm: &mut Vm, module: &PyRef, pattern: &Value, flags: i64) -> PyResult<Value> {
    let flags = u32::try_from(flags & 0xffff_ffff).unwrap_or(0);
    let Some((code, is_text)) = units(pattern) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let module = module.clone();
    let error_cls = get_attr(vm, &module, "error").unwrap_or_else(|| Value::Obj(vm.exc.value_error.clone()));
    // CPython's parser runs about eight Python frames below the caller of re.compile.
    let max_nested = vm.recursion_limit.saturating_sub(vm.recursion_depth + 8);
    let mut warnings = Vec::new();
    let parsed = parser::parse(&code, is_text, flags, max_nested, &mut warnings);
    for (future, msg) in warnings {
        let cls = if future { vm.exc.future_warning.clone() } else { vm.exc.deprecation_warning.clone() };
        warn(vm, &cls, msg)?;
    }
    let parsed = parsed.and_then(|p| {
        let prog = super::compiler::compile(&p.nodes, p.state.flags, &p.state.group_widths)?;
        Ok((p, prog))
    });
    let (parsed, prog) = match parsed {
        Ok(v) => v,
        Err(ParseError::Re { msg, pos }) => return Err(re_error(vm, &error_cls, msg, pattern, pos)),
        Err(ParseError::Overflow(m)) => return Err(vm.overflow_error(m)),
        Err(ParseError::Value(m)) => return Err(vm.value_error(m)),
        Err(ParseError::Recursion) => return Err(vm.new_error(&vm.exc.recursion_error.clone(), "maximum recursion depth exceeded")),
    };
    let d = vm.new_dict();
    for (name, g) in &parsed.state.groupdict {
        let k = vm.new_str(name.as_str());
        dict_ops::set_item(vm, &d, k, Value::Int(*g as i64))?;
    }
    let cls = |vm: &mut Vm, name: &str| crate::pyargs::module_class(vm, Some(&module), name);
    let pattern_cls = cls(vm, "Pattern")?;
    let data = PatternData {
        pattern: match pattern.payload() {
            Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => pattern.clone(),
            Some(Payload::ByteArray(b)) => vm.new_bytes(b.borrow().clone()),
            _ => pattern.clone(),
        },
        flags: parsed.state.flags,
        prog,
        is_bytes: !is_text,
        groupindex: parsed.state.groupdict,
        groupindex_dict: d,
        match_cls: cls(vm, "Match")?,
        scanner_cls: cls(vm, "SRE_Scanner")?,
        error_cls,
    };
    Ok(new_native_object(&pattern_cls, data))
}

/// The receiver of a Pattern method.
pub fn this<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<(&'a Value, &'a PatternData, Args<'a>)> {
    let Some(first) = args.args.first() else { return Err(vm.type_error(format!("descriptor '{method}' of 're.Pattern' object needs an argument"))) };
    let Some(data) = native::<PatternData>(first) else {
        return Err(vm.type_error(format!("descriptor '{method}' for 're.Pattern' objects doesn't apply to a '{}' object", vm.type_name(first))));
    };
    Ok((first, data, Args { args: &args.args[1..], kwnames: args.kwnames }))
}

fn interrupted(vm: &Vm, _: Interrupted) -> PyErr {
    match vm.check_signals() {
        Err(e) => e,
        Ok(()) => vm.runtime_error("regular expression matching interrupted"),
    }
}

/// `pos` and `endpos` clamped to the string as `state_init` does.
fn bounds(vm: &mut Vm, pos: Option<Value>, endpos: Option<Value>, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| if v < 0 { 0 } else { (v as usize).min(len) };
    let pos = match pos {
        Some(v) => clamp(ssize_arg(vm, &v)?),
        None => 0,
    };
    let endpos = match endpos {
        Some(v) => clamp(ssize_arg(vm, &v)?),
        None => len,
    };
    Ok((pos, endpos))
}

/// An index argument (`Py_ssize_t`), with CPython's overflow message.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    int_arg(vm, v)
        .map_err(|e| if vm.err_matches(&e, &vm.exc.overflow_error) { vm.overflow_error("Python int too large to convert to C ssize_t") } else { e })
}

const MATCH_SIG: [&str; 3] = ["string", "pos", "endpos"];

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Match,
    Search,
    FullMatch,
}

fn one_match(vm: &mut Vm, args: Args, fname: &'static str, mode: Mode) -> PyResult<Value> {
    let (pat, data, rest) = this(vm, &args, fname)?;
    let [string, pos, endpos] = Clinic { fname, names: MATCH_SIG, positional: 3, required: 1 }.bind(vm, rest)?;
    let subject = Subject::new(vm, string.as_ref().expect("required"), data.is_bytes)?;
    let (pos, endpos) = bounds(vm, pos, endpos, subject.len)?;
    if pos > endpos {
        return Ok(Value::None);
    }
    let found = subject.with_matcher(&data.prog, endpos, |m| {
        m.set_match_all(mode == Mode::FullMatch);
        match mode {
            Mode::Search => m.search(pos),
            _ => m.match_at(pos).map(|f| f.map(|f| (pos, f))),
        }
    });
    match found.map_err(|e| interrupted(vm, e))? {
        Some((start, f)) => Ok(new_match(data, pat, &subject, pos, endpos, start, f)),
        None => Ok(Value::None),
    }
}

pub(super) fn pattern_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_match(vm, args, "match", Mode::Match)
}

pub(super) fn pattern_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_match(vm, args, "search", Mode::Search)
}

pub(super) fn pattern_fullmatch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_match(vm, args, "fullmatch", Mode::FullMatch)
}

/// Every match from `pos`, with CPython 3.7+'s rule for empty matches (one may follow a
/// non-empty match at the same place, but not another empty match); `f` returns false to stop.
fn each_match(m: &mut dyn Search, pos: usize, endpos: usize, mut f: impl FnMut(usize, Found) -> bool) -> Result<(), Interrupted> {
    let mut start = pos;
    let mut must_advance = false;
    while start <= endpos {
        m.set_must_advance(must_advance);
        let Some((b, found)) = m.search(start)? else { break };
        let e = found.end;
        if !f(b, found) {
            break;
        }
        must_advance = e == b;
        start = e;
    }
    Ok(())
}

/// Run `f` on every match (see [`each_match`]) until it returns false or an error.
fn for_each_match(
    vm: &mut Vm,
    subject: &Subject,
    prog: &Program,
    pos: usize,
    endpos: usize,
    mut f: impl FnMut(&mut Vm, usize, Found) -> PyResult<bool>,
) -> PyResult<()> {
    if pos > endpos {
        return Ok(());
    }
    let mut failed = None;
    let r = subject.with_matcher(prog, endpos, |m| {
        each_match(m, pos, endpos, |b, found| match f(vm, b, found) {
            Ok(go_on) => go_on,
            Err(e) => {
                failed = Some(e);
                false
            }
        })
    });
    if let Some(e) = failed {
        return Err(e);
    }
    r.map_err(|e| interrupted(vm, e))
}

pub(super) fn pattern_findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, rest) = this(vm, &args, "findall")?;
    let [string, pos, endpos] = Clinic { fname: "findall", names: MATCH_SIG, positional: 3, required: 1 }.bind(vm, rest)?;
    let subject = Subject::new(vm, string.as_ref().expect("required"), data.is_bytes)?;
    let (pos, endpos) = bounds(vm, pos, endpos, subject.len)?;
    let groups = data.groups();
    let mut items = Vec::new();
    for_each_match(vm, &subject, &data.prog, pos, endpos, |vm, b, f| {
        let group = |g: &Option<(usize, usize)>| match g {
            Some((s, e)) => subject.slice(vm, *s, *e),
            None => subject.slice(vm, 0, 0),
        };
        items.push(match groups {
            0 => subject.slice(vm, b, f.end),
            1 => group(&f.spans[0]),
            _ => vm.new_tuple(f.spans.iter().map(group).collect()),
        });
        Ok(true)
    })?;
    Ok(vm.new_list(items))
}

/// The state of a scanner (`Pattern.scanner`, behind `finditer`).
pub struct ScannerData {
    pattern: Value,
    subject: Rc<Subject>,
    pos: usize,
    endpos: usize,
    start: Cell<usize>,
    must_advance: Cell<bool>,
    done: Cell<bool>,
}

pub const SCANNER_METHODS: &[(&str, NativeFn)] = &[("match", scanner_match), ("search", scanner_search)];
pub const SCANNER_GETTERS: &[(&str, NativeFn)] = &[("pattern", scanner_pattern)];

fn new_scanner(vm: &mut Vm, args: Args, fname: &'static str) -> PyResult<Value> {
    let (pat, data, rest) = this(vm, &args, fname)?;
    let [string, pos, endpos] = Clinic { fname, names: MATCH_SIG, positional: 3, required: 1 }.bind(vm, rest)?;
    let subject = Subject::new(vm, string.as_ref().expect("required"), data.is_bytes)?;
    let (pos, endpos) = bounds(vm, pos, endpos, subject.len)?;
    let state = ScannerData {
        pattern: pat.clone(),
        subject,
        pos,
        endpos,
        start: Cell::new(pos),
        must_advance: Cell::new(false),
        done: Cell::new(pos > endpos),
    };
    Ok(new_native_object(&data.scanner_cls, state))
}

fn pattern_scanner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_scanner(vm, args, "scanner")
}

/// `finditer`: `iter(scanner.search, None)`, as CPython builds it.
pub(super) fn pattern_finditer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let scanner = new_scanner(vm, args, "finditer")?;
    let name = vm.intern("search");
    let search = vm.getattr(&scanner, &name)?;
    let iter = vm.builtin("iter").ok_or_else(|| vm.runtime_error("no builtin iter"))?;
    vm.call(&iter, &[search, Value::None], &[])
}

fn scanner_step(vm: &mut Vm, args: Args, search: bool) -> PyResult<Value> {
    let fname = if search { "search" } else { "match" };
    let scanner = crate::pyargs::one_arg(vm, Args { args: &args.args[..1.min(args.args.len())], kwnames: &[] }, fname)?;
    if args.args.len() > 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no arguments ({} given)", args.args.len() - 1)));
    }
    let Some(s) = native::<ScannerData>(scanner) else { return Err(vm.type_error("expected a scanner")) };
    if s.done.get() {
        return Ok(Value::None);
    }
    let Some(data) = native::<PatternData>(&s.pattern) else { return Err(vm.type_error("scanner lost its pattern")) };
    let start = s.start.get();
    let found = s.subject.with_matcher(&data.prog, s.endpos, |m| {
        m.set_must_advance(s.must_advance.get());
        if search { m.search(start) } else { m.match_at(start).map(|f| f.map(|f| (start, f))) }
    });
    match found.map_err(|e| interrupted(vm, e))? {
        Some((b, f)) => {
            let e = f.end;
            s.must_advance.set(e == b);
            s.start.set(e);
            Ok(new_match(data, &s.pattern, &s.subject, s.pos, s.endpos, b, f))
        }
        None => {
            s.done.set(true);
            Ok(Value::None)
        }
    }
}

fn scanner_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    scanner_step(vm, args, false)
}

fn scanner_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    scanner_step(vm, args, true)
}

fn scanner_pattern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.first().and_then(native::<ScannerData>) {
        Some(s) => Ok(s.pattern.clone()),
        None => Err(vm.type_error("expected a scanner")),
    }
}

pub(super) fn pattern_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, rest) = this(vm, &args, "split")?;
    let [string, maxsplit] = Clinic { fname: "split", names: ["string", "maxsplit"], positional: 2, required: 1 }.bind(vm, rest)?;
    let subject = Subject::new(vm, string.as_ref().expect("required"), data.is_bytes)?;
    let maxsplit = match maxsplit {
        Some(v) => ssize_arg(vm, &v)?,
        None => 0,
    };
    let mut items = Vec::new();
    let mut last = 0;
    if maxsplit >= 0 {
        let mut n = 0i64;
        for_each_match(vm, &subject, &data.prog, 0, subject.len, |vm, b, f| {
            items.push(subject.slice(vm, last, b));
            for g in &f.spans {
                items.push(match g {
                    Some((s, e)) => subject.slice(vm, *s, *e),
                    None => Value::None,
                });
            }
            last = f.end;
            n += 1;
            Ok(maxsplit == 0 || n < maxsplit)
        })?;
    }
    items.push(subject.slice(vm, last, subject.len));
    Ok(vm.new_list(items))
}

/// How `sub` makes each replacement.
enum Repl {
    Callable(Value),
    /// A template of literal text and group references.
    Template(Vec<Piece>),
    /// A str or bytes replacement of the wrong kind for the subject: `join` rejects it.
    Mismatched(Value),
}

/// Parse a replacement template (str or bytes) for this pattern; errors as CPython's.
pub fn compile_template(vm: &mut Vm, data: &PatternData, template: &Value) -> PyResult<Vec<Piece>> {
    let Some((code, is_text)) = units(template) else {
        return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(template))));
    };
    let mut warnings = Vec::new();
    let parsed = template::parse(&code, is_text, data.groups(), &data.groupindex, &mut warnings);
    for msg in warnings {
        let cls = vm.exc.deprecation_warning.clone();
        warn(vm, &cls, msg)?;
    }
    match parsed {
        Ok(p) => Ok(p),
        Err(TemplateError::Index(msg)) => Err(vm.index_error(msg)),
        Err(TemplateError::Re { msg, pos }) => {
            let cls = data.error_cls.clone();
            Err(re_error(vm, &cls, msg, template, Some(pos)))
        }
    }
}

/// Append a template's expansion for one match.
pub fn expand_into(out: &mut Output, pieces: &[Piece], subject: &Subject, spans: &[Option<(usize, usize)>]) {
    for p in pieces {
        match p {
            Piece::Literal(l) => match out {
                Output::Text(s) => s.extend(l.iter().map(|&c| super::parser::ch(c))),
                Output::Bytes(b) => b.extend(l.iter().map(|&c| c as u8)),
            },
            Piece::Group(g) => {
                if let Some(Some((s, e))) = spans.get(*g) {
                    subject.push_slice(out, *s, *e);
                }
            }
        }
    }
}

fn join_error(vm: &Vm, text: bool, index: usize, item: &Value) -> PyErr {
    if text {
        vm.type_error(format!("sequence item {index}: expected str instance, {} found", vm.type_name(item)))
    } else {
        vm.type_error(format!("sequence item {index}: expected a bytes-like object, {} found", vm.type_name(item)))
    }
}

fn subx(vm: &mut Vm, args: Args, fname: &'static str) -> PyResult<(Value, usize)> {
    let (pat, data, rest) = this(vm, &args, fname)?;
    let [repl, string, count] = Clinic { fname, names: ["repl", "string", "count"], positional: 3, required: 2 }.bind(vm, rest)?;
    let (repl, string) = (repl.expect("required"), string.expect("required"));
    let subject = Subject::new(vm, &string, data.is_bytes)?;
    let count = match count {
        Some(v) => ssize_arg(vm, &v)?,
        None => 0,
    };
    let text = subject.kind == Kind::Str;
    let repl = if vm.is_callable(&repl) {
        Repl::Callable(repl)
    } else {
        let is_str = matches!(repl.payload(), Some(Payload::Str(_)));
        let is_bytes = ferrython_vm::types::bytes::bytes_data(&repl).is_some();
        if !is_str && !is_bytes {
            return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(&repl))));
        }
        let pieces = compile_template(vm, data, &repl)?;
        if is_str == text { Repl::Template(pieces) } else { Repl::Mismatched(repl) }
    };
    let mut out = if text { Output::Text(String::new()) } else { Output::Bytes(Vec::new()) };
    let mut last = 0;
    let mut n = 0usize;
    // How many pieces CPython's list would hold (its join errors name the item's index).
    let mut items = 0usize;
    let mut spans_buf: Vec<Option<(usize, usize)>> = Vec::new();
    if count >= 0 {
        for_each_match(vm, &subject, &data.prog, 0, subject.len, |vm, b, f| {
            if last < b {
                subject.push_slice(&mut out, last, b);
                items += 1;
            }
            let end = f.end;
            match &repl {
                Repl::Template(pieces) => {
                    spans_buf.clear();
                    spans_buf.push(Some((b, end)));
                    spans_buf.extend_from_slice(&f.spans);
                    expand_into(&mut out, pieces, &subject, &spans_buf);
                    items += 1;
                }
                Repl::Mismatched(v) => return Err(join_error(vm, text, items, v)),
                Repl::Callable(func) => {
                    let m = new_match(data, pat, &subject, 0, subject.len, b, f);
                    let r = vm.call(func, &[m], &[])?;
                    if !r.is_none() {
                        match (&mut out, r.payload()) {
                            (Output::Text(s), Some(Payload::Str(p))) => s.push_str(p.as_str()),
                            (Output::Bytes(o), _) if !matches!(r.payload(), Some(Payload::Str(_))) => {
                                match ferrython_vm::types::bytes::bytes_data(&r) {
                                    Some(bytes) => o.extend_from_slice(&bytes),
                                    None => return Err(join_error(vm, text, items, &r)),
                                }
                            }
                            _ => return Err(join_error(vm, text, items, &r)),
                        }
                        items += 1;
                    }
                }
            }
            last = end;
            n += 1;
            Ok(count == 0 || (n as i64) < count)
        })?;
    }
    if n == 0
        && matches!(string.payload(), Some(Payload::Str(_)) | Some(Payload::Bytes(_)))
        && vm.class_of(&string).as_type().is_some_and(|t| t.builtin)
    {
        return Ok((string, 0));
    }
    subject.push_slice(&mut out, last, subject.len);
    let result = match out {
        Output::Text(s) => vm.new_str(s),
        Output::Bytes(b) => vm.new_bytes(b),
    };
    Ok((result, n))
}

pub(super) fn pattern_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(subx(vm, args, "sub")?.0)
}

pub(super) fn pattern_subn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, n) = subx(vm, args, "subn")?;
    Ok(vm.new_tuple(vec![s, Value::Int(n as i64)]))
}

/// The flag names `Pattern.__repr__` shows, in CPython's order.
const FLAG_NAMES: [(&str, u32); 9] = [
    ("re.TEMPLATE", FLAG_TEMPLATE),
    ("re.IGNORECASE", FLAG_IGNORECASE),
    ("re.LOCALE", FLAG_LOCALE),
    ("re.MULTILINE", FLAG_MULTILINE),
    ("re.DOTALL", FLAG_DOTALL),
    ("re.UNICODE", FLAG_UNICODE),
    ("re.VERBOSE", FLAG_VERBOSE),
    ("re.DEBUG", FLAG_DEBUG),
    ("re.ASCII", FLAG_ASCII),
];

fn pattern_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, _) = this(vm, &args, "__repr__")?;
    let mut flags = data.flags;
    if !data.is_bytes && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
        flags &= !FLAG_UNICODE;
    }
    let src = vm.repr_string(&data.pattern.clone())?;
    let src: String = src.chars().take(200).collect();
    if flags == 0 {
        return Ok(vm.new_str(format!("re.compile({src})")));
    }
    let mut names: Vec<String> = Vec::new();
    for (name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    Ok(vm.new_str(format!("re.compile({src}, {})", names.join("|"))))
}

fn other_pattern<'a>(args: &Args<'a>) -> Option<&'a PatternData> {
    args.positional().get(1).and_then(native::<PatternData>)
}

fn patterns_equal(vm: &mut Vm, a: &PatternData, b: &PatternData) -> PyResult<bool> {
    if a.flags != b.flags || a.is_bytes != b.is_bytes {
        return Ok(false);
    }
    vm.eq_bool(&a.pattern.clone(), &b.pattern.clone())
}

fn pattern_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, data, _) = this(vm, &args, "__eq__")?;
    let Some(other) = other_pattern(&args) else { return Ok(Value::Obj(vm.not_implemented.clone())) };
    if std::ptr::eq(data, other) || args.positional().get(1).is_some_and(|o| o.is(me)) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(patterns_equal(vm, data, other)?))
}

fn pattern_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, _) = this(vm, &args, "__ne__")?;
    let Some(other) = other_pattern(&args) else { return Ok(Value::Obj(vm.not_implemented.clone())) };
    Ok(Value::Bool(!patterns_equal(vm, data, other)?))
}

fn pattern_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, _) = this(vm, &args, "__hash__")?;
    let h = vm.hash(&data.pattern.clone())?;
    let mut h = h ^ (i64::from(data.flags).wrapping_mul(1_000_003));
    if h == -1 {
        h = -2;
    }
    Ok(Value::Int(h))
}

fn pattern_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, _, _) = this(vm, &args, "__copy__")?;
    Ok(me.clone())
}

fn pattern_deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, _, rest) = this(vm, &args, "__deepcopy__")?;
    crate::pyargs::one_arg(vm, rest, "__deepcopy__")?;
    Ok(me.clone())
}

fn get_pattern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, _) = this(vm, &args, "pattern")?;
    Ok(data.pattern.clone())
}

fn get_flags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, _) = this(vm, &args, "flags")?;
    Ok(Value::Int(i64::from(data.flags)))
}

fn get_groups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, _) = this(vm, &args, "groups")?;
    Ok(Value::Int(data.groups() as i64))
}

fn get_groupindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, data, _) = this(vm, &args, "groupindex")?;
    // CPython gives a plain empty dict to a pattern without named groups.
    if data.groupindex.is_empty() {
        return Ok(Value::Obj(vm.new_dict()));
    }
    let d = data.groupindex_dict.clone();
    Ok(Value::Obj(ferrython_vm::object::PyObject::new(vm.types.mappingproxy.clone(), Payload::MappingProxy(d))))
}
