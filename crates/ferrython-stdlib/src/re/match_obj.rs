//! `re.Match`: the groups of one match and the methods that read them.

use std::rc::Rc;

use ferrython_vm::object::Payload;
use ferrython_vm::objects::function::{Args, NativeFn};
use ferrython_vm::vm::dict_ops;
use ferrython_vm::{PyResult, Value, Vm};

use super::matcher::Found;
use super::native;
use super::pattern::{PatternData, compile_template, expand_into};
use super::subject::{Kind, Output, Subject};
use crate::pyargs::Clinic;

pub struct MatchData {
    pub pattern: Value,
    pub subject: Rc<Subject>,
    pub pos: usize,
    pub endpos: usize,
    /// Group 0 (the whole match) then each group; None if it did not participate.
    pub spans: Vec<Option<(usize, usize)>>,
    pub lastindex: Option<usize>,
}

pub fn new_match(data: &PatternData, pattern: &Value, subject: &Rc<Subject>, pos: usize, endpos: usize, start: usize, found: Found) -> Value {
    let mut spans = Vec::with_capacity(found.spans.len() + 1);
    spans.push(Some((start, found.end)));
    spans.extend(found.spans);
    let m = MatchData { pattern: pattern.clone(), subject: subject.clone(), pos, endpos, spans, lastindex: found.lastindex };
    super::new_native_object(&data.match_cls, m)
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("group", match_group),
    ("groups", match_groups),
    ("groupdict", match_groupdict),
    ("start", match_start),
    ("end", match_end),
    ("span", match_span),
    ("expand", match_expand),
    ("__getitem__", match_getitem),
    ("__repr__", match_repr),
    ("__copy__", match_copy),
    ("__deepcopy__", match_deepcopy),
];

pub const GETTERS: &[(&str, NativeFn)] = &[
    ("pos", get_pos),
    ("endpos", get_endpos),
    ("lastindex", get_lastindex),
    ("lastgroup", get_lastgroup),
    ("re", get_re),
    ("string", get_string),
    ("regs", get_regs),
];

fn this<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<(&'a Value, &'a MatchData, Args<'a>)> {
    let Some(first) = args.args.first() else { return Err(vm.type_error(format!("descriptor '{method}' of 're.Match' object needs an argument"))) };
    let Some(data) = native::<MatchData>(first) else {
        return Err(vm.type_error(format!("descriptor '{method}' for 're.Match' objects doesn't apply to a '{}' object", vm.type_name(first))));
    };
    Ok((first, data, Args { args: &args.args[1..], kwnames: args.kwnames }))
}

fn pattern_of(m: &MatchData) -> &PatternData {
    native::<PatternData>(&m.pattern).expect("a match keeps its pattern")
}

/// `match_getindex`: a group number or name; `IndexError('no such group')` otherwise.
fn group_index(vm: &mut Vm, m: &MatchData, g: &Value) -> PyResult<usize> {
    let n = m.spans.len();
    let no_such = |vm: &Vm| vm.index_error("no such group");
    let idx = match g {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => {
                let p = pattern_of(m);
                return p.groupindex.iter().find(|(name, _)| name == s.as_str()).map(|(_, g)| *g).ok_or_else(|| no_such(vm));
            }
            Payload::Int(_) => -1,
            _ => {
                let name = vm.intern("__index__");
                if vm.special(g, &name).is_some() {
                    vm.index_value(g)?
                } else {
                    return Err(no_such(vm));
                }
            }
        },
        _ => return Err(no_such(vm)),
    };
    if idx < 0 || idx as usize >= n {
        return Err(no_such(vm));
    }
    Ok(idx as usize)
}

fn group_value(vm: &Vm, m: &MatchData, g: usize, default: &Value) -> Value {
    match m.spans[g] {
        Some((s, e)) => m.subject.slice(vm, s, e),
        None => default.clone(),
    }
}

fn match_group(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, rest) = this(vm, &args, "group")?;
    rest.no_kwargs(vm, "Match.group")?;
    let pos = rest.positional();
    match pos {
        [] => Ok(group_value(vm, m, 0, &Value::None)),
        [g] => {
            let i = group_index(vm, m, g)?;
            Ok(group_value(vm, m, i, &Value::None))
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for g in many {
                let i = group_index(vm, m, g)?;
                out.push(group_value(vm, m, i, &Value::None));
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn match_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, rest) = this(vm, &args, "__getitem__")?;
    let g = match rest.args {
        [g] => g,
        other => return Err(vm.type_error(format!("expected 1 argument, got {}", other.len()))),
    };
    let i = group_index(vm, m, g)?;
    Ok(group_value(vm, m, i, &Value::None))
}

fn match_groups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, rest) = this(vm, &args, "groups")?;
    let [default] = Clinic { fname: "groups", names: ["default"], positional: 1, required: 0 }.bind(vm, rest)?;
    let default = default.unwrap_or(Value::None);
    let items = (1..m.spans.len()).map(|g| group_value(vm, m, g, &default)).collect();
    Ok(vm.new_tuple(items))
}

fn match_groupdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, rest) = this(vm, &args, "groupdict")?;
    let [default] = Clinic { fname: "groupdict", names: ["default"], positional: 1, required: 0 }.bind(vm, rest)?;
    let default = default.unwrap_or(Value::None);
    let d = vm.new_dict();
    for (name, g) in &pattern_of(m).groupindex {
        let k = vm.new_str(name.as_str());
        let v = group_value(vm, m, *g, &default);
        dict_ops::set_item(vm, &d, k, v)?;
    }
    Ok(Value::Obj(d))
}

fn span_of(vm: &mut Vm, args: Args, fname: &'static str) -> PyResult<(i64, i64)> {
    let (_, m, rest) = this(vm, &args, fname)?;
    // METH_VARARGS with `_PyArg_CheckPositional`: CPython's own wording.
    rest.no_kwargs(vm, &format!("Match.{fname}"))?;
    let i = match rest.positional() {
        [] => 0,
        [g] => group_index(vm, m, g)?,
        more => return Err(vm.type_error(format!("{fname} expected at most 1 argument, got {}", more.len()))),
    };
    Ok(match m.spans[i] {
        Some((s, e)) => (s as i64, e as i64),
        None => (-1, -1),
    })
}

fn match_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, args, "start")?.0))
}

fn match_end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, args, "end")?.1))
}

fn match_span(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, e) = span_of(vm, args, "span")?;
    Ok(vm.new_tuple(vec![Value::Int(s), Value::Int(e)]))
}

fn match_expand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, rest) = this(vm, &args, "expand")?;
    let [template] = Clinic { fname: "expand", names: ["template"], positional: 1, required: 1 }.bind(vm, rest)?;
    let template = template.expect("required");
    let p = pattern_of(m);
    let pieces = compile_template(vm, p, &template)?;
    let text = m.subject.kind == Kind::Str;
    let mut out = if text { Output::Text(String::new()) } else { Output::Bytes(Vec::new()) };
    expand_into(&mut out, &pieces, &m.subject, &m.spans);
    Ok(match out {
        Output::Text(s) => vm.new_str(s),
        Output::Bytes(b) => vm.new_bytes(b),
    })
}

fn match_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, _) = this(vm, &args, "__repr__")?;
    let (s, e) = m.spans[0].unwrap_or((0, 0));
    let g = m.subject.slice(vm, s, e);
    let r = vm.repr_string(&g)?;
    let r: String = r.chars().take(50).collect();
    Ok(vm.new_str(format!("<re.Match object; span=({s}, {e}), match={r}>")))
}

fn match_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, _, _) = this(vm, &args, "__copy__")?;
    Ok(me.clone())
}

fn match_deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, _, rest) = this(vm, &args, "__deepcopy__")?;
    crate::pyargs::one_arg(vm, rest, "__deepcopy__")?;
    Ok(me.clone())
}

fn get_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "pos")?.1.pos as i64))
}

fn get_endpos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "endpos")?.1.endpos as i64))
}

fn get_lastindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match this(vm, &args, "lastindex")?.1.lastindex {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    })
}

fn get_lastgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, _) = this(vm, &args, "lastgroup")?;
    let Some(i) = m.lastindex else { return Ok(Value::None) };
    Ok(match pattern_of(m).groupindex.iter().find(|(_, g)| *g == i) {
        Some((name, _)) => vm.new_str(name.as_str()),
        None => Value::None,
    })
}

fn get_re(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "re")?.1.pattern.clone())
}

fn get_string(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args, "string")?.1.subject.value.clone())
}

fn get_regs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, m, _) = this(vm, &args, "regs")?;
    let items = m
        .spans
        .iter()
        .map(|s| {
            let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
            vm.new_tuple(vec![Value::Int(a), Value::Int(b)])
        })
        .collect();
    Ok(vm.new_tuple(items))
}
