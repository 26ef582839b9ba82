//! The JSON encoder (CPython's `c_make_encoder`, and `_make_iterencode` when there is an indent):
//! a whole document into one `String`, with CPython's separators, indentation, key conversions,
//! circular-reference checks and messages.

use std::collections::HashSet;

use ferrython_vm::object::Payload;
use ferrython_vm::types::int::{int_ref, int_repr};
use ferrython_vm::{PyRef, PyResult, Value, Vm};

/// How str values are written.
pub enum StrEncoder {
    /// `encode_basestring_ascii`: everything outside printable ASCII escaped.
    Ascii,
    /// `encode_basestring`: only quotes, backslashes and control characters escaped.
    Unicode,
    /// Any other callable returning the encoded str.
    Custom(Value),
}

pub struct Encoder {
    /// Addresses of the containers being encoded, when circular references are checked.
    pub markers: Option<HashSet<usize>>,
    pub default: Value,
    pub encoder: StrEncoder,
    pub indent: Option<String>,
    pub key_separator: String,
    pub item_separator: String,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub allow_nan: bool,
    pub out: String,
}

const RECURSION: &str = " while encoding a JSON object";

impl Encoder {
    pub fn encode(&mut self, vm: &mut Vm, o: &Value, level: usize) -> PyResult<()> {
        match o {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::Float(f) => self.float(vm, *f)?,
            Value::Obj(obj) => match &obj.payload {
                Payload::Str(s) => self.string(vm, s.as_str(), o)?,
                Payload::Int(_) => {
                    let r = int_repr(vm, int_ref(o).expect("an int payload"))?;
                    self.out.push_str(&r);
                }
                Payload::Float(f) => self.float(vm, *f)?,
                Payload::List(_) | Payload::Tuple(_) => {
                    vm.enter_recursion(RECURSION)?;
                    let r = self.list(vm, obj, level);
                    vm.recursion_depth -= 1;
                    r?
                }
                Payload::Dict(_) => {
                    vm.enter_recursion(RECURSION)?;
                    let r = self.dict(vm, obj, level);
                    vm.recursion_depth -= 1;
                    r?
                }
                _ => {
                    vm.enter_recursion(RECURSION)?;
                    let r = self.other(vm, obj, o, level);
                    vm.recursion_depth -= 1;
                    r?
                }
            },
            Value::Null => self.out.push_str("null"),
        }
        Ok(())
    }

    fn float(&mut self, vm: &Vm, f: f64) -> PyResult<()> {
        let text = float_text(vm, f, self.allow_nan, self.indent.is_some())?;
        self.out.push_str(&text);
        Ok(())
    }

    fn string(&mut self, vm: &mut Vm, s: &str, o: &Value) -> PyResult<()> {
        match &self.encoder {
            StrEncoder::Ascii => encode_ascii(s, &mut self.out),
            StrEncoder::Unicode => encode_unicode(s, &mut self.out),
            StrEncoder::Custom(f) => {
                let f = f.clone();
                let r = vm.call(&f, std::slice::from_ref(o), &[])?;
                match Vm::str_of(&r) {
                    Some(t) => self.out.push_str(t),
                    None => return Err(vm.type_error(format!("encoder() must return a string, not {}", vm.type_name(&r)))),
                }
            }
        }
        Ok(())
    }

    fn mark(&mut self, vm: &Vm, obj: &PyRef) -> PyResult<()> {
        if let Some(markers) = &mut self.markers
            && !markers.insert(PyRef::as_ptr(obj) as usize)
        {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(())
    }

    fn unmark(&mut self, obj: &PyRef) {
        if let Some(markers) = &mut self.markers {
            markers.remove(&(PyRef::as_ptr(obj) as usize));
        }
    }

    /// `(separator between items, text before the closing bracket)`, after writing the text that
    /// follows the opening bracket.
    fn open(&mut self, level: usize) -> (String, String) {
        match &self.indent {
            Some(indent) => {
                let newline_indent = format!("\n{}", indent.repeat(level + 1));
                self.out.push_str(&newline_indent);
                (format!("{}{newline_indent}", self.item_separator), format!("\n{}", indent.repeat(level)))
            }
            None => (self.item_separator.clone(), String::new()),
        }
    }

    fn list(&mut self, vm: &mut Vm, obj: &PyRef, level: usize) -> PyResult<()> {
        let items: Vec<Value> = match &obj.payload {
            Payload::List(l) => l.borrow().clone(),
            Payload::Tuple(t) => t.to_vec(),
            _ => unreachable!("a list or tuple"),
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.mark(vm, obj)?;
        self.out.push('[');
        let (separator, close) = self.open(level);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&separator);
            }
            self.encode(vm, item, level + 1)?;
        }
        self.out.push_str(&close);
        self.out.push(']');
        self.unmark(obj);
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, obj: &PyRef, level: usize) -> PyResult<()> {
        let exact = PyRef::ptr_eq(&obj.class(), &vm.types.dict);
        if obj.as_dict().is_some_and(|d| d.borrow().is_empty()) {
            self.out.push_str("{}");
            return Ok(());
        }
        self.mark(vm, obj)?;
        let mut items: Vec<(Value, Value)> = if exact {
            obj.as_dict().expect("a dict").borrow().items()
        } else {
            // A subclass's own items() decides what is encoded, as PyMapping_Items does.
            let r = vm.call_method(&Value::Obj(obj.clone()), "items", &[])?;
            let list = vm.call(&Value::Obj(vm.types.list.clone()), &[r], &[])?;
            let pairs = list.as_obj().and_then(|l| l.as_list()).map(|l| l.borrow().clone()).unwrap_or_default();
            let mut items = Vec::with_capacity(pairs.len());
            for p in pairs {
                match p.as_obj().and_then(|t| t.as_tuple()) {
                    Some([k, v]) => items.push((k.clone(), v.clone())),
                    _ => return Err(vm.value_error("items must return 2-tuples")),
                }
            }
            items
        };
        if self.sort_keys {
            items = sorted_items(vm, items)?;
        }
        self.out.push('{');
        let (separator, close) = self.open(level);
        let mut first = true;
        for (key, value) in &items {
            let Some(key_text) = self.key_text(vm, key)? else { continue };
            if !first {
                self.out.push_str(&separator);
            }
            first = false;
            match key_text {
                KeyText::Str => self.string(vm, Vm::str_of(key).expect("a str key"), key)?,
                KeyText::Text(t) => {
                    let s = vm.new_str(t);
                    self.string(vm, Vm::str_of(&s).expect("a str"), &s)?
                }
            }
            self.out.push_str(&self.key_separator.clone());
            self.encode(vm, value, level + 1)?;
        }
        self.out.push_str(&close);
        self.out.push('}');
        self.unmark(obj);
        Ok(())
    }

    /// What a dict key is written as, or None to skip it (`skipkeys`).
    fn key_text(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<KeyText>> {
        Ok(Some(match key {
            _ if Vm::str_of(key).is_some() => KeyText::Str,
            Value::Float(f) => KeyText::Text(float_text(vm, *f, self.allow_nan, self.indent.is_some())?),
            Value::Obj(o) if matches!(o.payload, Payload::Float(_)) => {
                let Payload::Float(f) = o.payload else { unreachable!("checked") };
                KeyText::Text(float_text(vm, f, self.allow_nan, self.indent.is_some())?)
            }
            Value::Bool(true) => KeyText::Text("true".into()),
            Value::Bool(false) => KeyText::Text("false".into()),
            Value::None => KeyText::Text("null".into()),
            _ if int_ref(key).is_some() => KeyText::Text(int_repr(vm, int_ref(key).expect("an int"))?),
            _ if self.skipkeys => return Ok(None),
            _ => {
                return Err(vm.type_error(format!("keys must be str, int, float, bool or None, not {}", vm.type_name(key))));
            }
        }))
    }

    /// An object JSON has no form for: encode what `default(o)` returns instead.
    fn other(&mut self, vm: &mut Vm, obj: &PyRef, o: &Value, level: usize) -> PyResult<()> {
        self.mark(vm, obj)?;
        let default = self.default.clone();
        let replacement = vm.call(&default, std::slice::from_ref(o), &[])?;
        self.encode(vm, &replacement, level)?;
        self.unmark(obj);
        Ok(())
    }
}

enum KeyText {
    /// The key is a str: written with the string encoder as it is.
    Str,
    Text(String),
}

/// The items in the order `sorted(d.items())` gives (tuples compare keys, then values).
fn sorted_items(vm: &mut Vm, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let tuples: Vec<Value> = items.into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect();
    let list = vm.new_list(tuples);
    vm.call_method(&list, "sort", &[])?;
    let sorted = list.as_obj().and_then(|l| l.as_list()).map(|l| l.borrow().clone()).unwrap_or_default();
    Ok(sorted
        .iter()
        .filter_map(|t| match t.as_obj().and_then(|t| t.as_tuple()) {
            Some([k, v]) => Some((k.clone(), v.clone())),
            _ => None,
        })
        .collect())
}

/// `float.__repr__`, or JSON's names for the special values. CPython's C encoder (no indent) and its
/// Python one (with an indent) word the error for them differently.
fn float_text(vm: &Vm, f: f64, allow_nan: bool, python_encoder: bool) -> PyResult<String> {
    let special = if f.is_nan() {
        "NaN"
    } else if f == f64::INFINITY {
        "Infinity"
    } else if f == f64::NEG_INFINITY {
        "-Infinity"
    } else {
        return Ok(ferrython_vm::format::float_repr(f));
    };
    if !allow_nan {
        let msg = "Out of range float values are not JSON compliant";
        return Err(vm.value_error(if python_encoder { format!("{msg}: {}", ferrython_vm::format::float_repr(f)) } else { msg.to_string() }));
    }
    Ok(special.to_string())
}

/// The short escapes JSON has for some characters.
fn short_escape(c: char) -> Option<&'static str> {
    Some(match c {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\u{8}' => "\\b",
        '\u{c}' => "\\f",
        _ => return None,
    })
}

/// `encode_basestring_ascii`: `"..."` with only printable ASCII inside.
pub fn encode_ascii(s: &str, out: &mut String) {
    use std::fmt::Write as _;
    out.reserve(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if let Some(e) = short_escape(c) {
            out.push_str(e);
        } else if (' '..='~').contains(&c) {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{:04x}", u);
            }
        }
    }
    out.push('"');
}

/// `encode_basestring`: `"..."` escaping quotes, backslashes and control characters.
pub fn encode_unicode(s: &str, out: &mut String) {
    use std::fmt::Write as _;
    out.reserve(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if let Some(e) = short_escape(c) {
            out.push_str(e);
        } else if c < ' ' {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out.push('"');
}
