//! The `_json` module (CPython's `Modules/_json.c`): the JSON scanner and encoder that the Python
//! `json` package (`lib/json/`) runs on. `scanstring`, `encode_basestring` and
//! `encode_basestring_ascii` are CPython's functions; `_scan_once` and `_encode` are this
//! implementation's entry points for `json.scanner.make_scanner` and `JSONEncoder.iterencode`,
//! which pass the decoder's or encoder's settings explicitly (so no native object keeps Python
//! objects alive behind the cycle collector's back).

mod encoder;
mod scanner;

use ferrython_vm::objects::function::{Args, NativeFn};
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use encoder::{Encoder, StrEncoder};
use scanner::{Fail, Hooks, Scanner};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("scanstring", json_scanstring),
    ("encode_basestring", json_encode_basestring),
    ("encode_basestring_ascii", json_encode_basestring_ascii),
    ("_scan_once", json_scan_once),
    ("_encode", json_encode),
];

/// `import _json`.
pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("_json");
    crate::pyargs::add_functions(vm, &m, FUNCTIONS);
    Ok(m)
}

/// The text of a str argument: "first argument must be a string, not int".
fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ferrython_vm::objects::str::PyStr> {
    match v.as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("first argument must be a string, not {}", vm.type_name(v)))),
    }
}

fn json_encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = crate::pyargs::one_arg(vm, args, "encode_basestring_ascii")?;
    let mut out = String::new();
    encoder::encode_ascii(str_arg(vm, s)?.as_str(), &mut out);
    Ok(vm.new_str(out))
}

fn json_encode_basestring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = crate::pyargs::one_arg(vm, args, "encode_basestring")?;
    let mut out = String::new();
    encoder::encode_unicode(str_arg(vm, s)?.as_str(), &mut out);
    Ok(vm.new_str(out))
}

fn truth(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    vm.is_true(v)
}

/// `scanstring(string, end, strict=True, /)`: the str whose opening quote is at `end - 1`, and
/// the index after its closing quote.
fn json_scanstring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "scanstring")?;
    let pos = args.positional();
    if pos.len() < 2 || pos.len() > 3 {
        let (bound, n) = if pos.len() < 2 { ("at least 2", pos.len()) } else { ("at most 3", pos.len()) };
        return Err(vm.type_error(format!("scanstring() takes {bound} arguments ({n} given)")));
    }
    let text = str_arg(vm, &pos[0])?;
    let end = vm.index_value(&pos[1])?;
    let strict = match pos.get(2) {
        Some(v) => truth(vm, v)?,
        None => true,
    };
    if end < 0 || end as usize > text.char_len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let hooks = Hooks { strict, object_hook: None, object_pairs_hook: None, parse_float: None, parse_int: None, parse_constant: Value::None };
    let scanner = Scanner::new(text.as_str(), &pos[0], &hooks);
    let start = text.byte_offset(end as usize);
    match scanner.scan_string(vm, start) {
        Ok((s, after)) => {
            let after = scanner.char_index(after) as i64;
            let s = vm.new_str(s);
            Ok(vm.new_tuple(vec![s, Value::Int(after)]))
        }
        Err(Fail::Error(e)) => Err(e),
        Err(Fail::NoValue(at)) => Err(vm.stop_iteration(Value::Int(scanner.char_index(at) as i64))),
    }
}

/// A hook argument: None for "not given".
fn hook(v: &Value) -> Option<Value> {
    if v.is_none() { None } else { Some(v.clone()) }
}

/// `_scan_once(string, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant)`: `(value, end)` for the JSON value at `idx`, or `StopIteration(idx)` when none
/// starts there. `parse_float`/`parse_int` that are the built-in types are handled natively.
fn json_scan_once(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [string, idx, strict, object_hook, pairs_hook, parse_float, parse_int, parse_constant] = args.exact::<8>(vm, "_scan_once")?;
    let text = match string.as_obj().and_then(|o| o.as_str()) {
        Some(s) => s,
        None => return Err(vm.type_error(format!("first argument must be a string, not {}", vm.type_name(string)))),
    };
    let idx = vm.index_value(idx)?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    if idx as usize >= text.char_len() {
        return Err(vm.stop_iteration(Value::Int(idx)));
    }
    let is_type = |v: &Value, t: &PyRef| v.as_obj().is_some_and(|o| PyRef::ptr_eq(o, t));
    let hooks = Hooks {
        strict: truth(vm, strict)?,
        object_hook: hook(object_hook),
        object_pairs_hook: hook(pairs_hook),
        parse_float: if is_type(parse_float, &vm.types.float) { None } else { hook(parse_float) },
        parse_int: if is_type(parse_int, &vm.types.int) { None } else { hook(parse_int) },
        parse_constant: parse_constant.clone(),
    };
    let mut scanner = Scanner::new(text.as_str(), string, &hooks);
    match scanner.scan_once(vm, text.byte_offset(idx as usize)) {
        Ok((value, end)) => {
            let end = scanner.char_index(end) as i64;
            Ok(vm.new_tuple(vec![value, Value::Int(end)]))
        }
        Err(Fail::Error(e)) => Err(e),
        Err(Fail::NoValue(at)) => Err(vm.stop_iteration(Value::Int(scanner.char_index(at) as i64))),
    }
}

/// `_encode(o, level, check_circular, default, encoder, indent, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan)`: the JSON text of `o` as one str. `encoder` is the function that
/// writes strs (the two of this module are recognised and run natively); `indent` is None or a str.
fn json_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o, level, check_circular, default, str_encoder, indent, key_sep, item_sep, sort_keys, skipkeys, allow_nan] =
        args.exact::<11>(vm, "_encode")?;
    let level = vm.index_value(level)?.max(0) as usize;
    let native = |v: &Value, f: NativeFn| matches!(v.payload(), Some(ferrython_vm::object::Payload::Builtin(b)) if b.func as usize == f as usize);
    let encoder = if native(str_encoder, json_encode_basestring_ascii) {
        StrEncoder::Ascii
    } else if native(str_encoder, json_encode_basestring) {
        StrEncoder::Unicode
    } else {
        StrEncoder::Custom(str_encoder.clone())
    };
    let text_arg = |vm: &Vm, v: &Value, what: &str| match Vm::str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("make_encoder() argument {what} must be str, not {}", vm.type_name(v)))),
    };
    let indent = if indent.is_none() { None } else { Some(text_arg(vm, indent, "4")?) };
    let mut enc = Encoder {
        markers: if truth(vm, check_circular)? { Some(Default::default()) } else { None },
        default: default.clone(),
        encoder,
        indent,
        key_separator: text_arg(vm, key_sep, "5")?,
        item_separator: text_arg(vm, item_sep, "6")?,
        sort_keys: truth(vm, sort_keys)?,
        skipkeys: truth(vm, skipkeys)?,
        allow_nan: truth(vm, allow_nan)?,
        out: String::new(),
    };
    enc.encode(vm, o, level)?;
    Ok(vm.new_str(enc.out))
}
