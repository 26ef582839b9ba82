//! `int`'s named methods and attributes: `bit_length`, `bit_count`, `to_bytes`, `from_bytes`,
//! `as_integer_ratio`, `__round__`, `__format__`, `real`/`imag`/`numerator`/`denominator`
//! (Objects/longobject.c, Objects/clinic/longobject.c.h for the argument errors).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use super::dunders::this;
use super::{IntRef, arity, format_error};
use crate::PyResult;
use crate::objects::function::{Args, BuiltinKind};
use crate::value::{PyRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let int = vm.types.int.clone();
    vm.add_method(&int, "bit_length", int_bit_length);
    vm.add_method(&int, "bit_count", int_bit_count);
    vm.add_method(&int, "to_bytes", int_to_bytes);
    vm.add_native(&int, "from_bytes", int_from_bytes, BuiltinKind::ClassMethod);
    vm.add_method(&int, "as_integer_ratio", int_as_integer_ratio);
    vm.add_method(&int, "__round__", int_round);
    vm.add_method(&int, "__format__", int_format);
    vm.add_method(&int, "__sizeof__", int_sizeof);
    vm.add_method(&int, "__getnewargs__", int_getnewargs);
    add_getter(vm, &int, "real", int_exact_getter);
    add_getter(vm, &int, "numerator", int_exact_getter);
    add_getter(vm, &int, "imag", int_zero_getter);
    add_getter(vm, &int, "denominator", int_one_getter);
}

/// A read-only attribute computed by a native getter (CPython's getset descriptors).
pub fn add_getter(
    vm: &mut Vm,
    ty: &PyRef,
    name: &'static str,
    getter: crate::objects::function::NativeFn,
) {
    let fget = vm.new_native(name, getter, BuiltinKind::Function, Some(ty.clone()));
    let doc = Value::None;
    let prop = crate::types::misc::property::new_property(vm, [Value::Obj(fget), Value::None, Value::None, doc]);
    vm.set_type_attr(ty, name, prop);
}

fn int_exact_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = this(vm, args.args, "real")?;
    Ok(a.to_value(vm))
}

fn int_zero_getter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_one_getter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = this(vm, args.args, "bit_length")?;
    arity::<0>(vm, rest)?;
    Ok(Value::Int(match a {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = this(vm, args.args, "bit_count")?;
    arity::<0>(vm, rest)?;
    Ok(Value::Int(match a {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    }))
}

/// `byteorder` of `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match Vm::str_of(v) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// Split off the keyword-only `signed` argument, which `bind` does not know about.
fn split_signed<'a>(vm: &mut Vm, args: Args<'a>) -> PyResult<(Vec<Value>, Vec<Value>, bool)> {
    let mut signed = false;
    let mut kwnames = Vec::new();
    let mut values: Vec<Value> = args.positional().to_vec();
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        if Vm::str_of(k) == Some("signed") {
            signed = vm.is_true(v)?;
        } else {
            kwnames.push(k.clone());
            values.push(v.clone());
        }
    }
    Ok((values, kwnames, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (values, kwnames, signed) = split_signed(vm, args)?;
    let a = this(vm, &values, "to_bytes")?.0.to_big();
    let inner = Args {
        args: &values[1..],
        kwnames: &kwnames,
    };
    let [length, order] = inner.bind(vm, "to_bytes", ["length", "byteorder"], 0)?;
    let length = match &length {
        Some(l) => {
            let l = super::index_big(vm, l)?;
            if l.is_negative() {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            usize::try_from(&l)
                .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))?
        }
        None => 1,
    };
    let little = byteorder(vm, "to_bytes", order.as_ref())?;
    if !signed && a.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        a.to_signed_bytes_le()
    } else {
        a.to_bytes_le().1
    };
    if a.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if a.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod: subclasses get
/// `cls(value)`).
fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (values, kwnames, signed) = split_signed(vm, args)?;
    let Some(Value::Obj(cls)) = values.first().cloned() else {
        return Err(vm.type_error("from_bytes() needs a class"));
    };
    let inner = Args {
        args: &values[1..],
        kwnames: &kwnames,
    };
    let [data, order] = inner.bind(vm, "from_bytes", ["bytes", "byteorder"], 1)?;
    let data = data.unwrap_or(Value::None);
    let little = byteorder(vm, "from_bytes", order.as_ref())?;
    let mut bytes = bytes_like(vm, &data)?;
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types.int) {
        return Ok(vm.new_int(v));
    }
    let v = vm.new_int(v);
    vm.call(&Value::Obj(cls), &[v], &[])
}

/// The bytes of a bytes-like object or of an iterable of ints (what `bytes(x)` accepts).
fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    use crate::object::Payload;
    match v.payload() {
        Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
        Some(Payload::Str(_)) => return Err(vm.type_error("cannot convert 'str' object to bytes")),
        _ => {}
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(v)
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let n = super::index_big(vm, &item)?;
        match u8::try_from(&n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = this(vm, args.args, "as_integer_ratio")?;
    arity::<0>(vm, rest)?;
    let n = a.to_value(vm);
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}

/// `int.__round__(ndigits=None)`: ints round to themselves unless `ndigits` is negative, then to
/// the nearest multiple of `10**-ndigits`, ties to even (`_PyLong_DivmodNear`).
fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = this(vm, args.args, "__round__")?;
    let nd = match rest {
        [] => return Ok(a.to_value(vm)),
        [nd] if nd.is_none() => return Ok(a.to_value(vm)),
        [nd] => super::index_big(vm, nd)?,
        _ => {
            return Err(vm.type_error(format!(
                "__round__ expected at most 1 argument, got {}",
                rest.len()
            )));
        }
    };
    if !nd.is_negative() {
        return Ok(a.to_value(vm));
    }
    let x = a.to_big();
    // 10**k > 2*|x| rounds everything to zero; |x| < 2**bits <= 10**(bits*0.302+1).
    let digits_bound = x.bits() * 30103 / 100_000 + 2;
    let k = -nd;
    if k > BigInt::from(digits_bound) {
        return Ok(Value::Int(0));
    }
    let k = u32::try_from(&k).unwrap_or(u32::MAX);
    Ok(vm.new_int(round_to_multiple(
        &x,
        &num_traits::pow(BigInt::from(10), k as usize),
    )))
}

/// `x` rounded to the nearest multiple of `p > 0`, ties to the even quotient.
pub fn round_to_multiple(x: &BigInt, p: &BigInt) -> BigInt {
    let (mut q, r) = x.div_mod_floor(p);
    let twice: BigInt = &r * 2;
    if twice > *p || (twice == *p && q.is_odd()) {
        q += BigInt::one();
    }
    q * p
}

/// `int.__format__(spec)`; an empty spec is `str(self)`.
fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, rest) = this(vm, args.args, "__format__")?;
    let [spec] = arity::<1>(vm, rest)?;
    let Some(spec) = Vm::str_of(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    if spec.is_empty() {
        let this = args.args[0].clone();
        return Ok(Value::Obj(vm.to_str(&this)?));
    }
    let tname = vm.type_name(&args.args[0]);
    let parsed = crate::format::parse_format_spec(spec, &tname).map_err(|e| format_error(vm, e))?;
    let s =
        crate::format::format_int(&a.to_big(), &parsed, &tname).map_err(|e| format_error(vm, e))?;
    Ok(vm.new_str(s))
}

fn int_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = this(vm, args.args, "__sizeof__")?;
    // CPython: 24 bytes of header plus 4 per 30-bit digit (at least one digit).
    let bits = match a {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => b.bits(),
    };
    Ok(Value::Int(24 + 4 * bits.div_ceil(30) as i64))
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, _) = this(vm, args.args, "__getnewargs__")?;
    let v = a.to_value(vm);
    Ok(vm.new_tuple(vec![v]))
}
