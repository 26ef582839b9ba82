//! `str.maketrans` and `str.translate` (`unicode_maketrans_impl`, `_PyUnicode_TranslateCharmap`).

use std::collections::HashMap;

use super::args::{one_arg, unpack};
use super::{as_pystr, this};
use crate::PyResult;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{Vm, dict_ops};

fn ord_value(c: char) -> Value {
    Value::Int(i64::from(u32::from(c)))
}

pub fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = unpack(vm, args, "str.maketrans", "maketrans", 1, 3)?;
    let out = vm.new_dict();
    if let [x] = pos {
        let Some(d) = x.as_obj().and_then(|o| o.as_dict()) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items = d.borrow().items();
        for (k, v) in items {
            let key = match (&k, as_pystr(&k)) {
                (_, Some(s)) => {
                    let mut chars = s.as_str().chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => ord_value(c),
                        _ => {
                            return Err(vm.value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                }
                (Value::Int(_) | Value::Bool(_), None) => k.clone(),
                (Value::Obj(o), None) if matches!(o.payload, Payload::Int(_)) => k.clone(),
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            dict_ops::set_item(vm, &out, key, v)?;
        }
        return Ok(Value::Obj(out));
    }
    let Some(x) = as_pystr(&pos[0]) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let str_at = |vm: &Vm, i: usize| -> PyResult<Option<&str>> {
        match pos.get(i) {
            None => Ok(None),
            Some(v) => match as_pystr(v) {
                Some(s) => Ok(Some(s.as_str())),
                None => Err(vm.type_error(format!(
                    "maketrans() argument {} must be str, not {}",
                    i + 1,
                    vm.type_name(v)
                ))),
            },
        }
    };
    let y = str_at(vm, 1)?.unwrap_or("");
    let z = str_at(vm, 2)?;
    if x.char_len() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.chars()) {
        dict_ops::set_item(vm, &out, ord_value(a), ord_value(b))?;
    }
    for c in z.unwrap_or("").chars() {
        dict_ops::set_item(vm, &out, ord_value(c), Value::None)?;
    }
    Ok(Value::Obj(out))
}

/// What one character translates to.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

fn lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let key = ord_value(c);
    let r = match vm.getitem(table, &key) {
        Ok(r) => r,
        Err(e) if vm.err_matches(&e, &vm.exc.lookup_error.clone()) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if r.is_none() {
        return Ok(Mapped::Delete);
    }
    if let Some(s) = as_pystr(&r) {
        return Ok(Mapped::Text(s.as_str().to_string()));
    }
    match crate::types::int::as_bigint(&r) {
        Some(i) => {
            let c = u32::try_from(&i).ok().and_then(char::from_u32);
            match c {
                Some(c) => Ok(Mapped::Text(c.to_string())),
                None => Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        }
        None => Err(vm.type_error("character mapping must return integer, None or str")),
    }
}

pub fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, s, rest) = this(vm, args, "translate")?;
    let table = one_arg(vm, rest, "str.translate")?;
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let mapped = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = lookup(vm, table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match mapped {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(vm.new_str(out))
}
