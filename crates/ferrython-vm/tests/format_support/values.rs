//! A stand-in for the VM's values in tests: the Python literals the tables use, read from their
//! `repr()`, with `str`/`repr`/`ascii` as CPython prints them.
#![allow(dead_code, reason = "each test binary uses a different part of this helper")]

use ferrython_vm::format::float_repr;
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Dict(Vec<(Value, Value)>),
}

impl Value {
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
        }
    }

    pub fn repr(&self) -> String {
        let join = |items: &[Value]| items.iter().map(Value::repr).collect::<Vec<_>>().join(", ");
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(v) => v.to_string(),
            Value::Float(v) => float_repr(*v),
            Value::Str(s) => str_repr(s),
            Value::List(items) => format!("[{}]", join(items)),
            Value::Tuple(items) if items.len() == 1 => format!("({},)", items[0].repr()),
            Value::Tuple(items) => format!("({})", join(items)),
            Value::Dict(items) => {
                let items: Vec<String> = items.iter().map(|(k, v)| format!("{}: {}", k.repr(), v.repr())).collect();
                format!("{{{}}}", items.join(", "))
            }
        }
    }

    pub fn str(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            other => other.repr(),
        }
    }

    pub fn ascii(&self) -> String {
        self.repr()
            .chars()
            .map(|c| match u32::from(c) {
                0..=0x7f => c.to_string(),
                cp @ 0x80..=0xff => format!("\\x{cp:02x}"),
                cp @ 0x100..=0xffff => format!("\\u{cp:04x}"),
                cp => format!("\\U{cp:08x}"),
            })
            .collect()
    }
}

/// `repr(str)` for the tables' strings: single quotes (double when only `'` occurs), escapes
/// for backslashes, quotes and ASCII control characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::from(quote);
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
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Reads the `repr()` of a literal made of None, bools, ints, floats, strs, lists, tuples, dicts.
pub fn parse_literal(s: &str) -> Value {
    let chars: Vec<char> = s.chars().collect();
    let mut pos = 0;
    let v = parse_value(&chars, &mut pos);
    assert_eq!(pos, chars.len(), "trailing text in literal {s:?}");
    v
}

fn skip_spaces(c: &[char], pos: &mut usize) {
    while *pos < c.len() && c[*pos] == ' ' {
        *pos += 1;
    }
}

fn parse_seq(c: &[char], pos: &mut usize, close: char) -> (Vec<Value>, bool) {
    let mut items = Vec::new();
    let mut trailing_comma = false;
    loop {
        skip_spaces(c, pos);
        if c[*pos] == close {
            *pos += 1;
            return (items, trailing_comma);
        }
        items.push(parse_value(c, pos));
        skip_spaces(c, pos);
        trailing_comma = c[*pos] == ',';
        if trailing_comma {
            *pos += 1;
        }
    }
}

fn parse_value(c: &[char], pos: &mut usize) -> Value {
    skip_spaces(c, pos);
    match c[*pos] {
        '(' => {
            *pos += 1;
            Value::Tuple(parse_seq(c, pos, ')').0)
        }
        '[' => {
            *pos += 1;
            Value::List(parse_seq(c, pos, ']').0)
        }
        '{' => {
            *pos += 1;
            let mut items = Vec::new();
            loop {
                skip_spaces(c, pos);
                if c[*pos] == '}' {
                    *pos += 1;
                    return Value::Dict(items);
                }
                let key = parse_value(c, pos);
                skip_spaces(c, pos);
                assert_eq!(c[*pos], ':');
                *pos += 1;
                let value = parse_value(c, pos);
                items.push((key, value));
                skip_spaces(c, pos);
                if c[*pos] == ',' {
                    *pos += 1;
                }
            }
        }
        q @ ('\'' | '"') => {
            *pos += 1;
            let mut s = String::new();
            while c[*pos] != q {
                if c[*pos] == '\\' {
                    *pos += 1;
                    match c[*pos] {
                        'x' => {
                            let hex: String = c[*pos + 1..*pos + 3].iter().collect();
                            s.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                            *pos += 2;
                        }
                        'n' => s.push('\n'),
                        't' => s.push('\t'),
                        'r' => s.push('\r'),
                        other => s.push(other),
                    }
                } else {
                    s.push(c[*pos]);
                }
                *pos += 1;
            }
            *pos += 1;
            Value::Str(s)
        }
        _ => {
            let start = *pos;
            while *pos < c.len() && !matches!(c[*pos], ',' | ')' | ']' | '}' | ':' | ' ') {
                *pos += 1;
            }
            let word: String = c[start..*pos].iter().collect();
            match word.as_str() {
                "None" => Value::None,
                "True" => Value::Bool(true),
                "False" => Value::Bool(false),
                "inf" => Value::Float(f64::INFINITY),
                "-inf" => Value::Float(f64::NEG_INFINITY),
                "nan" => Value::Float(f64::NAN),
                w if w.contains(['.', 'e']) => Value::Float(w.parse().expect("float literal")),
                w => Value::Int(w.parse().expect("int literal")),
            }
        }
    }
}
