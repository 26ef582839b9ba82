//! Builtins: numeric group (`abs`, `round`, `divmod`, `pow`, `min`, `max`, `sum`, `bin`, `oct`,
//! `hex`, `chr`, `ord`), with Python/bltinmodule.c's fast paths and messages.

use ferrython_compiler::bytecode::{BinaryOperator, ComparisonOperator};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::PyResult;
use crate::builtins::add_function;
use crate::object::Payload;
use crate::objects::function::Args;
use crate::types::int::{IntRef, int_ref};
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    add_function(vm, "abs", builtin_abs);
    add_function(vm, "round", builtin_round);
    add_function(vm, "divmod", builtin_divmod);
    add_function(vm, "pow", builtin_pow);
    add_function(vm, "min", builtin_min);
    add_function(vm, "max", builtin_max);
    add_function(vm, "sum", builtin_sum);
    add_function(vm, "bin", builtin_bin);
    add_function(vm, "oct", builtin_oct);
    add_function(vm, "hex", builtin_hex);
    add_function(vm, "chr", builtin_chr);
    add_function(vm, "ord", builtin_ord);
}

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = args.exact::<1>(vm, "abs")?;
    match x {
        Value::Int(i) if *i != i64::MIN => return Ok(Value::Int(i.abs())),
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    match vm.call_special(x, &vm.names.__abs__.clone(), &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))),
    }
}

/// `round(number, ndigits=None)`: `type(number).__round__(number[, ndigits])`.
fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [number, ndigits] = args.bind(vm, "round", ["number", "ndigits"], 1)?;
    let number = number.unwrap_or(Value::None);
    let ndigits = ndigits.filter(|n| !n.is_none());
    if let (Value::Float(f), None) = (&number, &ndigits) {
        let r =
            crate::format::round_to_int(*f).map_err(|e| crate::types::int::format_error(vm, e))?;
        return Ok(vm.new_int(r));
    }
    if let (Value::Int(_), None) = (&number, &ndigits) {
        return Ok(number);
    }
    let Some(m) = vm.special(&number, &vm.names.__round__.clone()) else {
        return Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&number)
        )));
    };
    match ndigits {
        None => vm.call(&m, &[number], &[]),
        Some(n) => vm.call(&m, &[number, n], &[]),
    }
}

fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "divmod")?;
    if let (Value::Int(x), Value::Int(y)) = (a, b)
        && *y != 0
        && !(*x == i64::MIN && *y == -1)
    {
        let (q, r) = (
            num_integer::Integer::div_floor(x, y),
            num_integer::Integer::mod_floor(x, y),
        );
        return Ok(vm.new_tuple(vec![Value::Int(q), Value::Int(r)]));
    }
    let (l, r) = (vm.names.__divmod__.clone(), vm.names.__rdivmod__.clone());
    let res = vm.binary_op1(a, b, &l, &r)?;
    if vm.is_not_implemented_value(&res) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    Ok(res)
}

/// `pow(base, exp, mod=None)`.
fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [base, exp, modulus] = args.bind(vm, "pow", ["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    let modulus = match modulus {
        None | Some(Value::None) => return vm.binary_op(BinaryOperator::Power, &base, &exp),
        Some(m) => m,
    };
    ternary_pow(vm, &base, &exp, &modulus)
}

/// Three-argument `pow` (`ternary_op` over `nb_power`).
fn ternary_pow(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y), Some(z)) = (int_ref(a), int_ref(b), int_ref(m)) {
        return crate::types::int::int_pow_mod(vm, &x.to_big(), &y.to_big(), &z.to_big());
    }
    let pow_name = vm.names.__pow__.clone();
    if let Some(f) = vm.special(a, &pow_name) {
        let r = vm.call(&f, &[a.clone(), b.clone(), m.clone()], &[])?;
        if !vm.is_not_implemented_value(&r) {
            return Ok(r);
        }
    }
    let number = |v: &Value| {
        int_ref(v).is_some()
            || crate::types::float::float_of(v).is_some()
            || crate::types::complex::complex_of(v).is_some()
    };
    if number(a) && number(b) && number(m) {
        // Only the built-in number types are left: the float or complex one among them refuses.
        if [a, b, m]
            .iter()
            .any(|v| crate::types::complex::complex_of(v).is_some())
        {
            return Err(vm.value_error("complex modulo"));
        }
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(a),
        vm.type_name(b),
        vm.type_name(m)
    )))
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", ComparisonOperator::Less)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", ComparisonOperator::Greater)
}

/// `min`/`max` (`min_max` in bltinmodule.c): one iterable or several arguments, `key=`, and
/// `default=` for an empty iterable. The first of equal items wins.
fn min_max(vm: &mut Vm, args: Args, name: &str, op: ComparisonOperator) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        match Vm::str_of(k).unwrap_or("") {
            "key" => key = Some(v.clone()).filter(|k| !k.is_none()),
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let pos = args.positional();
    let (iter, several) = match pos {
        [] => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        [iterable] => (Some(vm.get_iter(iterable)?), &[][..]),
        several => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            (None, several)
        }
    };
    let mut index = 0;
    let mut next_item = |vm: &mut Vm| -> PyResult<Option<Value>> {
        match &iter {
            Some(it) => vm.next(it),
            None => {
                index += 1;
                Ok(several.get(index - 1).cloned())
            }
        }
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = next_item(vm)? {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        best = match best {
            None => Some((item, k)),
            Some((bv, bk)) => {
                let better = match (&k, &bk) {
                    (Value::Int(x), Value::Int(y)) => crate::vm::compare::cmp_ord(op, x.cmp(y)),
                    _ => {
                        let r = vm.compare(op, &k, &bk)?;
                        vm.is_true(&r)?
                    }
                };
                if better {
                    Some((item, k))
                } else {
                    Some((bv, bk))
                }
            }
        };
    }
    match (best, default) {
        (Some((v, _)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// `sum(iterable, /, start=0)` with CPython 3.11's exact-int and exact-float loops (plain float
/// addition; compensated summation only arrived in 3.12).
fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let [iterable, start] = args.bind(vm, "sum", ["iterable", "start"], 1)?;
    let iterable = iterable.unwrap_or(Value::None);
    let mut result = start.unwrap_or(Value::Int(0));
    match result.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let it = vm.get_iter(&iterable)?;
    if let Value::Int(mut acc) = result {
        loop {
            let Some(item) = vm.next(&it)? else {
                return Ok(Value::Int(acc));
            };
            let small = match &item {
                Value::Int(b) => Some(*b),
                Value::Bool(b) => Some(*b as i64),
                _ => None,
            };
            if let Some(s) = small.and_then(|b| acc.checked_add(b)) {
                acc = s;
                continue;
            }
            result = vm.binary_op(BinaryOperator::Add, &Value::Int(acc), &item)?;
            break;
        }
    }
    if let Value::Float(mut acc) = result {
        loop {
            let Some(item) = vm.next(&it)? else {
                return Ok(Value::Float(acc));
            };
            match &item {
                Value::Float(f) => {
                    acc += f;
                    continue;
                }
                Value::Int(i) => {
                    acc += *i as f64;
                    continue;
                }
                Value::Bool(b) => {
                    acc += *b as i64 as f64;
                    continue;
                }
                Value::Obj(o) => {
                    if let Payload::Int(b) = &o.payload
                        && let Some(i) = b.to_i64()
                    {
                        acc += i as f64;
                        continue;
                    }
                }
                _ => {}
            }
            result = vm.binary_op(BinaryOperator::Add, &Value::Float(acc), &item)?;
            break;
        }
    }
    while let Some(item) = vm.next(&it)? {
        result = vm.binary_op(BinaryOperator::Add, &result, &item)?;
    }
    Ok(result)
}

fn radix(vm: &mut Vm, args: Args, name: &str, f: fn(&BigInt) -> String) -> PyResult<Value> {
    let [x] = args.exact::<1>(vm, name)?;
    let i = crate::types::int::index_int(vm, x)?;
    let s = match int_ref(&i) {
        Some(IntRef::Big(b)) => f(b),
        Some(IntRef::Small(s)) => f(&BigInt::from(s)),
        None => String::new(),
    };
    Ok(vm.new_str(s))
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", crate::format::int_to_bin)
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", crate::format::int_to_oct)
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", crate::format::int_to_hex)
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [x] = args.exact::<1>(vm, "chr")?;
    let i = crate::types::int::index_big(vm, x)?;
    let Some(i) = i.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        // Strings here are UTF-8 and cannot hold a lone surrogate.
        None => Err(vm.value_error(format!("chr() of a surrogate ({i:#x}) is not supported"))),
    }
}

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [c] = args.exact::<1>(vm, "ord")?;
    let (code, len) = match c.payload() {
        Some(Payload::Str(s)) => {
            let mut chars = s.as_str().chars();
            (chars.next().map(|ch| ch as i64), s.char_len())
        }
        Some(Payload::Bytes(b)) => (b.first().map(|&x| x as i64), b.len()),
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            (b.first().map(|&x| x as i64), b.len())
        }
        _ => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(c)
            )));
        }
    };
    match code {
        Some(code) if len == 1 => Ok(Value::Int(code)),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}
