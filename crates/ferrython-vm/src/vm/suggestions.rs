//! "Did you mean: 'x'?" for uncaught `NameError` and `AttributeError`, CPython 3.11's
//! `Python/suggestions.c`: the closest candidate by a weighted Levenshtein distance.

use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::Vm;
use crate::vm::dict_ops;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) { CASE_COST } else { MOVE_COST }
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best suggestion for `name` among `candidates`.
pub fn calculate(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn str_keys(d: &PyRef) -> Vec<String> {
    d.as_dict().map(|d| d.borrow().keys()).unwrap_or_default().iter().filter_map(|k| Vm::str_of(k).map(|s| s.to_string())).collect()
}

impl Vm {
    /// The suggestion CPython would append to this exception's message, if any.
    pub fn offer_suggestion(&mut self, exc: &PyRef) -> Option<String> {
        let cls = exc.class();
        let d = exc.dict()?;
        let name = dict_ops::get_str(&d, &self.names.name)?;
        let name = Vm::str_of(&name)?.to_string();
        if crate::vm::attr::is_subtype(&cls, &self.exc.name_error.clone()) {
            let Payload::Exception(data) = &exc.payload else { return None };
            let mut tb = data.traceback.borrow().clone()?;
            loop {
                let next = match &tb.payload {
                    Payload::Traceback(t) => t.next.borrow().clone(),
                    _ => None,
                };
                match next {
                    Some(n) => tb = n,
                    None => break,
                }
            }
            let Payload::Traceback(t) = &tb.payload else { return None };
            let locals: Vec<String> = t.code.code.varnames.iter().map(|s| s.to_string()).collect();
            if let Some(s) = calculate(&locals, &name) {
                return Some(s);
            }
            if let Some(g) = &t.globals
                && let Some(s) = calculate(&str_keys(g), &name)
            {
                return Some(s);
            }
            return calculate(&str_keys(&self.builtins_dict.clone()), &name);
        }
        if crate::vm::attr::is_subtype(&cls, &self.exc.attribute_error.clone()) {
            let obj = dict_ops::get_str(&d, &self.names.obj)?;
            let dir = self.builtin("dir")?;
            let names = self.call(&dir, &[obj], &[]).ok()?;
            let names: Vec<String> = self.collect_iterable(&names).ok()?.iter().filter_map(|v| Vm::str_of(v).map(|s| s.to_string())).collect();
            return calculate(&names, &name);
        }
        let _ = Value::None;
        None
    }
}
