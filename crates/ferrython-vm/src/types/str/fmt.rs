//! `str.format`, `str.format_map`, `str % args` and `bytes % args`: the VM side of the engines in
//! `crate::format` (argument lookup, conversions and `format()` calls run Python code here).

use num_bigint::BigInt;

use super::exact_str;
use crate::format::{
    CharArg, Conversion, ErrorKind, FormatError, FormatFields, PercentArgs, PercentOperand,
    format_template, percent_format,
};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::{PyErr, PyResult};

/// A failure inside an engine: a Python exception already raised, or one the engine describes.
pub enum FmtErr {
    Py(PyErr),
    Format(FormatError),
}

impl From<PyErr> for FmtErr {
    fn from(e: PyErr) -> Self {
        FmtErr::Py(e)
    }
}

impl From<FormatError> for FmtErr {
    fn from(e: FormatError) -> Self {
        FmtErr::Format(e)
    }
}

/// The Python exception for a [`FormatError`].
pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    let cls = match e.kind {
        ErrorKind::ValueError => &vm.exc.value_error,
        ErrorKind::OverflowError => &vm.exc.overflow_error,
        ErrorKind::TypeError => &vm.exc.type_error,
        ErrorKind::IndexError => &vm.exc.index_error,
        ErrorKind::MemoryError => {
            return PyErr::new(vm.new_exception_obj(&vm.exc.memory_error, vec![]));
        }
    };
    vm.new_error(cls, e.message)
}

impl FmtErr {
    pub fn into_py(self, vm: &Vm) -> PyErr {
        match self {
            FmtErr::Py(e) => e,
            FmtErr::Format(e) => format_error(vm, e),
        }
    }
}

/// `str.format(*args, **kwargs)` / `str.format_map(mapping)` field lookups.
struct Fields<'a> {
    vm: &'a mut Vm,
    positional: &'a [Value],
    /// `(name, value)` keyword arguments for `format`.
    kwargs: Option<(&'a [Value], &'a [Value])>,
    /// The mapping of `format_map`.
    mapping: Option<&'a Value>,
}

impl FormatFields for Fields<'_> {
    type Value = Value;
    type Error = FmtErr;

    fn positional(&mut self, index: usize) -> Option<Value> {
        self.positional.get(index).cloned()
    }

    fn has_positional(&self) -> bool {
        self.mapping.is_none()
    }

    fn keyword(&mut self, name: &str) -> Result<Value, FmtErr> {
        if let Some(m) = self.mapping {
            let key = self.vm.new_str(name);
            return Ok(self.vm.getitem(m, &key)?);
        }
        if let Some((names, values)) = self.kwargs {
            for (k, v) in names.iter().zip(values) {
                if Vm::str_of(k) == Some(name) {
                    return Ok(v.clone());
                }
            }
        }
        Err(FmtErr::Py(self.vm.key_error(self.vm.new_str(name))))
    }

    fn getattr(&mut self, obj: &Value, name: &str) -> Result<Value, FmtErr> {
        let n = self.vm.intern(name);
        Ok(self.vm.getattr(obj, &n)?)
    }

    fn getitem_index(&mut self, obj: &Value, index: usize) -> Result<Value, FmtErr> {
        Ok(self.vm.getitem(obj, &Value::Int(index as i64))?)
    }

    fn getitem_str(&mut self, obj: &Value, key: &str) -> Result<Value, FmtErr> {
        let k = self.vm.new_str(key);
        Ok(self.vm.getitem(obj, &k)?)
    }

    fn convert(&mut self, obj: Value, conversion: Conversion) -> Result<Value, FmtErr> {
        Ok(match conversion {
            Conversion::Str => Value::Obj(self.vm.to_str(&obj)?),
            Conversion::Repr => Value::Obj(self.vm.repr(&obj)?),
            Conversion::Ascii => {
                let r = self.vm.repr_string(&obj)?;
                self.vm.new_str(super::ascii_escape(&r))
            }
        })
    }

    fn format(&mut self, obj: &Value, spec: &str) -> Result<String, FmtErr> {
        // The common `{}` of a str or int needs no call.
        if spec.is_empty() {
            if let Some(s) = exact_str(obj) {
                return Ok(s.to_string());
            }
            if let Value::Int(i) = obj {
                return Ok(i.to_string());
            }
        }
        let spec = self.vm.new_str(spec);
        let r = self.vm.format(obj, &spec)?;
        Ok(Vm::str_of(&r).unwrap_or("").to_string())
    }
}

/// `template.format(*positional, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    positional: &[Value],
    kwnames: &[Value],
    kwvalues: &[Value],
) -> PyResult<String> {
    let mut f = Fields {
        vm,
        positional,
        kwargs: Some((kwnames, kwvalues)),
        mapping: None,
    };
    let r = format_template(template, &mut f);
    r.map_err(|e| e.into_py(f.vm))
}

/// `template.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: &Value) -> PyResult<String> {
    let mut f = Fields {
        vm,
        positional: &[],
        kwargs: None,
        mapping: Some(mapping),
    };
    let r = format_template(template, &mut f);
    r.map_err(|e| e.into_py(f.vm))
}

/// `%` arguments for `str % args` (`bytes == false`) or `bytes % args` (a latin-1 view).
struct Percent<'a> {
    vm: &'a mut Vm,
    bytes: bool,
}

impl Percent<'_> {
    fn call_number(
        &mut self,
        v: &Value,
        name: &crate::value::PyRef,
    ) -> Result<Option<Value>, FmtErr> {
        Ok(self.vm.call_special(v, name, &[])?)
    }
}

fn as_int(v: &Value) -> Option<BigInt> {
    crate::types::int::as_bigint(v)
}

impl PercentArgs for Percent<'_> {
    type Value = Value;
    type Error = FmtErr;

    fn get_item(&mut self, mapping: &Value, key: &str) -> Result<Value, FmtErr> {
        let k = if self.bytes {
            let raw: Vec<u8> = key.chars().map(|c| u32::from(c) as u8).collect();
            self.vm.new_bytes(raw)
        } else {
            self.vm.new_str(key)
        };
        Ok(self.vm.getitem(mapping, &k)?)
    }

    fn str(&mut self, v: &Value) -> Result<String, FmtErr> {
        if !self.bytes {
            return Ok(self.vm.str_string(v)?);
        }
        // `%s`/`%b` of bytes: the buffer or `__bytes__`, shown through the latin-1 view.
        let bytes_name = self.vm.intern("__bytes__");
        let raw = match v.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => match self.call_number(v, &bytes_name)? {
                Some(r) => match r.payload() {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    _ => {
                        return Err(FmtErr::Py(self.vm.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            self.vm.type_name(&r)
                        ))));
                    }
                },
                None => {
                    return Err(FmtErr::Py(self.vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        self.vm.type_name(v)
                    ))));
                }
            },
        };
        Ok(raw.into_iter().map(char::from).collect())
    }

    fn repr(&mut self, v: &Value) -> Result<String, FmtErr> {
        let r = self.vm.repr_string(v)?;
        // `%r` of bytes is `ascii()`.
        Ok(if self.bytes {
            super::ascii_escape(&r)
        } else {
            r
        })
    }

    fn ascii(&mut self, v: &Value) -> Result<String, FmtErr> {
        let r = self.vm.repr_string(v)?;
        Ok(super::ascii_escape(&r))
    }

    fn int_value(&mut self, v: &Value, conversion: char) -> Result<Option<BigInt>, FmtErr> {
        if let Some(i) = as_int(v) {
            return Ok(Some(i));
        }
        let index = self.vm.names.__index__.clone();
        if let Some(r) = self.call_number(v, &index)? {
            return Ok(as_int(&r));
        }
        if matches!(conversion, 'o' | 'x' | 'X') {
            return Ok(None);
        }
        let f = match v {
            Value::Float(f) => Some(*f),
            _ => {
                let int_name = self.vm.intern("__int__");
                if let Some(r) = self.call_number(v, &int_name)? {
                    return Ok(as_int(&r));
                }
                let float_name = self.vm.intern("__float__");
                match self.call_number(v, &float_name)? {
                    Some(Value::Float(f)) => Some(f),
                    _ => None,
                }
            }
        };
        let Some(f) = f else { return Ok(None) };
        Ok(Some(crate::format::f64_to_bigint(f.trunc())?))
    }

    fn float_value(&mut self, v: &Value) -> Result<Option<f64>, FmtErr> {
        if let Value::Float(f) = v {
            return Ok(Some(*f));
        }
        if let Some(Payload::Float(f)) = v.payload() {
            return Ok(Some(*f));
        }
        if let Some(i) = as_int(v) {
            return Ok(Some(crate::format::bigint_to_f64(&i)?));
        }
        let float_name = self.vm.intern("__float__");
        if let Some(r) = self.call_number(v, &float_name)? {
            return Ok(match r {
                Value::Float(f) => Some(f),
                _ => None,
            });
        }
        let index = self.vm.names.__index__.clone();
        if let Some(r) = self.call_number(v, &index)? {
            return match as_int(&r) {
                Some(i) => Ok(Some(crate::format::bigint_to_f64(&i)?)),
                None => Ok(None),
            };
        }
        Ok(None)
    }

    fn char_value(&mut self, v: &Value) -> Result<CharArg, FmtErr> {
        if self.bytes {
            // `%c` of bytes: an int in range(256) or a bytes/bytearray of length 1.
            let byte = match v.payload() {
                Some(Payload::Bytes(b)) if b.len() == 1 => Some(b[0]),
                Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => b.borrow().first().copied(),
                _ => as_int(v).and_then(|i| u8::try_from(&i).ok()),
            };
            return match byte {
                Some(b) => Ok(CharArg::Char(char::from(b))),
                None if as_int(v).is_some() => Err(FmtErr::Py(
                    self.vm.overflow_error("%c arg not in range(256)"),
                )),
                None => Err(FmtErr::Py(self.vm.type_error(
                    "%c requires an integer in range(256) or a single byte",
                ))),
            };
        }
        if let Some(s) = Vm::str_of(v) {
            let mut it = s.chars();
            return Ok(match (it.next(), it.next()) {
                (Some(c), None) => CharArg::Char(c),
                _ => CharArg::Neither,
            });
        }
        if let Some(i) = as_int(v) {
            return Ok(CharArg::Int(i));
        }
        let index = self.vm.names.__index__.clone();
        if let Some(i) = self.call_number(v, &index)?.as_ref().and_then(as_int) {
            return Ok(CharArg::Int(i));
        }
        Ok(CharArg::Neither)
    }

    fn exact_int(&mut self, v: &Value) -> Option<BigInt> {
        as_int(v)
    }

    fn type_name(&mut self, v: &Value) -> String {
        self.vm.type_name(v)
    }
}

/// Classifies the right operand of `%` as CPython does.
fn operand(vm: &mut Vm, args: &Value) -> PercentOperand<'static, Value> {
    let is_mapping = match args.payload() {
        Some(Payload::Tuple(_) | Payload::Str(_)) => false,
        Some(Payload::Dict(_) | Payload::List(_)) => true,
        _ => vm.special(args, &vm.names.__getitem__.clone()).is_some(),
    };
    if is_mapping {
        PercentOperand::Mapping(args.clone())
    } else {
        PercentOperand::Other(args.clone())
    }
}

/// `template % args`.
pub fn str_percent(vm: &mut Vm, template: &str, args: &Value) -> PyResult<String> {
    match args.payload() {
        Some(Payload::Tuple(items)) => {
            let mut p = Percent { vm, bytes: false };
            let r = percent_format(template, PercentOperand::Tuple(items), &mut p);
            r.map_err(|e| e.into_py(p.vm))
        }
        _ => {
            let op = operand(vm, args);
            let mut p = Percent { vm, bytes: false };
            let r = percent_format(template, op, &mut p);
            r.map_err(|e| e.into_py(p.vm))
        }
    }
}

/// `template % args` for bytes: the engine runs on the latin-1 view of the template, with `%b`
/// read as `%s`, and the result is turned back into bytes.
pub fn bytes_percent(vm: &mut Vm, template: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let view = latin1_template(template);
    let mut p = Percent { vm, bytes: true };
    let r = match args.payload() {
        Some(Payload::Tuple(items)) => percent_format(&view, PercentOperand::Tuple(items), &mut p),
        _ => {
            let op = operand(p.vm, args);
            percent_format(&view, op, &mut p)
        }
    };
    match r {
        Ok(s) => Ok(s.chars().map(|c| u32::from(c) as u8).collect()),
        Err(e) => Err(e.into_py(p.vm)),
    }
}

/// The template's bytes as latin-1 characters, each `%b` conversion rewritten to `%s`.
fn latin1_template(template: &[u8]) -> String {
    let mut out: Vec<char> = template.iter().map(|&b| char::from(b)).collect();
    let mut i = 0;
    while i < out.len() {
        if out[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if out.get(i) == Some(&'(') {
            let mut depth = 0;
            while i < out.len() {
                match out[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        while i < out.len() && "-+ #0123456789*.hlL".contains(out[i]) {
            i += 1;
        }
        if out.get(i) == Some(&'b') {
            out[i] = 's';
        }
        i += 1;
    }
    out.into_iter().collect()
}
