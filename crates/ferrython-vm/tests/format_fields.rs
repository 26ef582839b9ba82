//! `str.format` parsing and rendering against CPython 3.11 (data/format/fields.tsv): the markup
//! iterator against `_string.formatter_parser`, field names against
//! `_string.formatter_field_name_split`, and whole templates against `str.format` over a small
//! stand-in for the VM's values.

#[path = "format_support/table.rs"]
mod table;

use ferrython_vm::format::{
    Conversion, FieldAccessor, FieldKey, FormatError, FormatFields, FormatStringParser, float_repr, format_float, format_int, format_str,
    format_template, parse_format_spec, split_field_name,
};
use num_bigint::BigInt;
use table::{Checker, load};

/// The few Python values the templates use.
#[derive(Clone, Debug)]
enum Value {
    Int(BigInt),
    Float(f64),
    Str(String),
    List(Vec<Value>),
    Dict(Vec<(String, Value)>),
}

/// A Python exception: class name and `str(e)`.
#[derive(Debug)]
struct PyErr(String, String);

impl From<FormatError> for PyErr {
    fn from(e: FormatError) -> Self {
        PyErr(e.kind.name().to_owned(), e.message)
    }
}

fn int(v: i64) -> Value {
    Value::Int(BigInt::from(v))
}

fn s(v: &str) -> Value {
    Value::Str(v.to_owned())
}

/// gen_format_cases.py's FIELD_ARGS and FIELD_KWARGS.
fn arguments() -> (Vec<Value>, Vec<(String, Value)>) {
    let args = vec![
        int(42),
        s("spam"),
        Value::Float(-1.5),
        s("x"),
        int(1234567),
        Value::List(vec![int(10), s("two"), Value::Float(3.25)]),
        Value::Dict(vec![("k".into(), s("v")), ("n".into(), int(5)), ("0".into(), s("zero"))]),
    ];
    let kwargs = vec![
        ("name".into(), s("Bob")),
        ("w".into(), int(10)),
        ("p".into(), int(3)),
        ("f".into(), Value::Float(2.5)),
        ("n".into(), int(-7)),
        ("lst".into(), Value::List(vec![int(1), s("two")])),
        ("d".into(), Value::Dict(vec![("a".into(), s("b"))])),
        ("c".into(), s("\u{e9}")),
    ];
    (args, kwargs)
}

impl Value {
    fn type_name(&self) -> &'static str {
        match self {
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
        }
    }

    fn repr(&self) -> String {
        match self {
            // The test strings have no quotes, backslashes or unprintable characters.
            Value::Str(v) => format!("'{v}'"),
            Value::List(items) => {
                let items: Vec<String> = items.iter().map(Value::repr).collect();
                format!("[{}]", items.join(", "))
            }
            Value::Dict(items) => {
                let items: Vec<String> = items.iter().map(|(k, v)| format!("'{k}': {}", v.repr())).collect();
                format!("{{{}}}", items.join(", "))
            }
            other => other.str(),
        }
    }

    fn str(&self) -> String {
        match self {
            Value::Int(v) => v.to_string(),
            Value::Float(v) => float_repr(*v),
            Value::Str(v) => v.clone(),
            other => other.repr(),
        }
    }
}

struct Fields {
    args: Option<Vec<Value>>,
    kwargs: Vec<(String, Value)>,
}

impl FormatFields for Fields {
    type Value = Value;
    type Error = PyErr;

    fn positional(&mut self, index: usize) -> Option<Value> {
        self.args.as_ref().and_then(|a| a.get(index).cloned())
    }

    fn has_positional(&self) -> bool {
        self.args.is_some()
    }

    fn keyword(&mut self, name: &str) -> Result<Value, PyErr> {
        let found = self.kwargs.iter().find(|(k, _)| k == name);
        found.map(|(_, v)| v.clone()).ok_or_else(|| PyErr("KeyError".into(), name.into()))
    }

    fn getattr(&mut self, obj: &Value, name: &str) -> Result<Value, PyErr> {
        match (obj, name) {
            (Value::Int(_) | Value::Float(_), "real") => Ok(obj.clone()),
            (Value::Int(_), "imag") => Ok(int(0)),
            (Value::Float(_), "imag") => Ok(Value::Float(0.0)),
            _ => Err(PyErr("AttributeError".into(), format!("'{}' object has no attribute '{name}'", obj.type_name()))),
        }
    }

    fn getitem_index(&mut self, obj: &Value, index: usize) -> Result<Value, PyErr> {
        match obj {
            Value::List(items) => items.get(index).cloned().ok_or_else(|| PyErr("IndexError".into(), "list index out of range".into())),
            Value::Dict(_) => Err(PyErr("KeyError".into(), index.to_string())),
            other => Err(PyErr("TypeError".into(), format!("'{}' object is not subscriptable", other.type_name()))),
        }
    }

    fn getitem_str(&mut self, obj: &Value, key: &str) -> Result<Value, PyErr> {
        match obj {
            Value::Dict(items) => items.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).ok_or_else(|| PyErr("KeyError".into(), key.into())),
            other => Err(PyErr("TypeError".into(), format!("'{}' object is not subscriptable", other.type_name()))),
        }
    }

    fn convert(&mut self, obj: Value, conversion: Conversion) -> Result<Value, PyErr> {
        Ok(Value::Str(match conversion {
            Conversion::Str => obj.str(),
            Conversion::Repr => obj.repr(),
            Conversion::Ascii => obj.repr().chars().map(|c| if c.is_ascii() { c.to_string() } else { format!("\\x{:02x}", c as u32) }).collect(),
        }))
    }

    fn format(&mut self, obj: &Value, spec: &str) -> Result<String, PyErr> {
        let name = obj.type_name();
        Ok(match obj {
            Value::Int(v) => format_int(v, &parse_format_spec(spec, name)?, name)?,
            Value::Float(v) => format_float(*v, &parse_format_spec(spec, name)?, name)?,
            Value::Str(v) => format_str(v, &parse_format_spec(spec, name)?, name)?,
            // object.__format__
            _ if spec.is_empty() => obj.str(),
            _ => {
                return Err(PyErr("TypeError".into(), format!("unsupported format string passed to {name}.__format__")));
            }
        })
    }
}

fn render<T: AsRef<str>>(result: Result<T, PyErr>) -> String {
    match result {
        Ok(v) => format!("ok:{}", v.as_ref()),
        Err(PyErr(kind, message)) => format!("err:{kind}:{message}"),
    }
}

/// `_string.formatter_parser(template)`, serialized as the generator does.
fn parse_pieces(template: &str) -> Result<String, PyErr> {
    let mut pieces = Vec::new();
    for piece in FormatStringParser::new(template) {
        let piece = piece?;
        let none = "\0".to_owned();
        let (name, spec, conversion) = match piece.field {
            Some(f) => (f.name.to_owned(), f.spec.to_owned(), f.conversion.map_or(none, |c| c.to_string())),
            None => (none.clone(), none.clone(), none),
        };
        pieces.push([piece.literal.to_owned(), name, spec, conversion].join("\u{1f}"));
    }
    Ok(pieces.join("\u{1e}"))
}

/// `_string.formatter_field_name_split(name)`, serialized as the generator does.
fn split_name(name: &str) -> Result<String, PyErr> {
    let (first, accessors) = split_field_name(name, None)?;
    let mut parts = vec![match first {
        FieldKey::Index(i) => format!("i:{i}"),
        FieldKey::Name(n) => format!("s:{n}"),
    }];
    for accessor in accessors {
        parts.push(match accessor? {
            FieldAccessor::Attr(a) => format!("a:{a}"),
            FieldAccessor::Index(i) => format!("i:{i}"),
            FieldAccessor::Key(k) => format!("k:{k}"),
        });
    }
    Ok(parts.join("|"))
}

#[test]
fn str_format_matches_cpython() {
    let mut checker = Checker::default();
    for case in load("fields.tsv") {
        let input = &case.inputs[0];
        let (args, kwargs) = arguments();
        let actual = match case.kind.as_str() {
            "name" => render(split_name(input)),
            "parse" => render(parse_pieces(input)),
            "format" => render(format_template(input, &mut Fields { args: Some(args), kwargs })),
            "format_map" => render(format_template(input, &mut Fields { args: None, kwargs })),
            other => panic!("unknown case kind {other}"),
        };
        checker.check(&case, actual);
    }
    checker.finish("fields.tsv");
}
