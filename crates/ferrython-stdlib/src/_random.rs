//! The `_random` module (CPython's `Modules/_randommodule.c`): the `Random` type, a Mersenne Twister
//! whose `random()`, `seed()`, `getrandbits()`, `getstate()` and `setstate()` give CPython's exact
//! sequences. `random.py` (in `lib/`) builds everything else on top of it in Python.

mod mt;

use std::cell::RefCell;
use std::io::Read;

use ferrython_vm::object::{Payload, PyObject};
use ferrython_vm::objects::function::{Args, BuiltinKind};
use ferrython_vm::objects::types::Layout;
use ferrython_vm::types::int::{IntRef, int_ref};
use ferrython_vm::{PyRef, PyResult, Value, Vm};
use num_bigint::{BigInt, BigUint, Sign};

pub use mt::MersenneTwister;

/// The state an instance of `_random.Random` (or a subclass) carries.
type State = RefCell<MersenneTwister>;

/// `import _random`.
pub fn init(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.new_module("_random");
    let object = vm.types.object.clone();
    let ty = ferrython_vm::vm::types::new_builtin_type(&vm.types.type_, "Random", Layout::Object, &[object]);
    *ty.dict.borrow_mut() = Some(vm.new_dict());
    let module_name = vm.new_str("_random");
    vm.set_type_attr(&ty, "__module__", module_name);
    let doc = vm.new_str("Random() -> create a random number generator with its own internal state.");
    vm.set_type_attr(&ty, "__doc__", doc);
    vm.add_native(&ty, "__new__", random_new, BuiltinKind::StaticMethod);
    vm.add_method(&ty, "__init__", random_init);
    vm.add_method(&ty, "random", random_random);
    vm.add_method(&ty, "seed", random_seed);
    vm.add_method(&ty, "getstate", random_getstate);
    vm.add_method(&ty, "setstate", random_setstate);
    vm.add_method(&ty, "getrandbits", random_getrandbits);
    vm.add_method(&ty, "_randbelow_with_getrandbits", random_randbelow);
    crate::pyargs::set_attr(vm, &m, "Random", Value::Obj(ty));
    Ok(m)
}

/// The generator of `args`' receiver, with CPython's message for a wrong receiver.
fn this<'a>(vm: &Vm, args: &'a Args, method: &str) -> PyResult<&'a State> {
    if let Some(Value::Obj(o)) = args.args.first()
        && let Payload::Native(state) = &o.payload
        && let Some(state) = state.downcast_ref::<State>()
    {
        return Ok(state);
    }
    let got = args.args.first().map(|v| vm.type_name(v)).unwrap_or_else(|| "NoneType".into());
    Err(vm.type_error(format!("descriptor '{method}' for '_random.Random' objects doesn't apply to a '{got}' object")))
}

/// `Random.__new__(cls, *args, **kwargs)`: an unseeded generator (`__init__` seeds it).
fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else {
        return Err(vm.type_error("Random.__new__(): not enough arguments"));
    };
    let Some(td) = cls.as_type() else {
        return Err(vm.type_error(format!("Random.__new__(X): X is not a type object ({})", vm.type_name(&args.args[0]))));
    };
    let payload = Payload::Native(Box::new(State::new(MersenneTwister::new())));
    let obj = if td.has_instance_dict { PyObject::with_dict(cls.clone(), payload, vm.new_dict()) } else { PyObject::new(cls.clone(), payload) };
    Ok(Value::Obj(obj))
}

/// `Random.__init__(self, x=None)`: seed from `x`.
fn random_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "__init__")?;
    args.no_kwargs(vm, "Random")?;
    let pos = &args.positional()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_from(vm, state, pos.first())?;
    Ok(Value::None)
}

fn random_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "random")?;
    crate::pyargs::no_args(vm, Args { args: &args.args[1..], kwnames: args.kwnames }, "Random.random")?;
    Ok(Value::Float(state.borrow_mut().next_f64()))
}

/// `seed(n=None, /)`: an int seeds with the 32-bit words of its absolute value, None with fresh
/// entropy, anything else with its hash (as an unsigned machine word).
fn random_seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "seed")?;
    args.no_kwargs(vm, "Random.seed")?;
    let pos = &args.positional()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!("seed expected at most 1 argument, got {}", pos.len())));
    }
    seed_from(vm, state, pos.first())?;
    Ok(Value::None)
}

fn seed_from(vm: &mut Vm, state: &State, arg: Option<&Value>) -> PyResult<()> {
    let key: Vec<u32> = match arg {
        None | Some(Value::None) => entropy_key(),
        Some(v) => match int_ref(v) {
            Some(IntRef::Small(i)) => u64_words(i.unsigned_abs()),
            Some(IntRef::Big(b)) => b.magnitude().to_u32_digits(),
            None => u64_words(vm.hash(v)? as u64),
        },
    };
    state.borrow_mut().init_by_array(&key);
    Ok(())
}

/// The 32-bit words of `n`, least significant first (none for 0).
fn u64_words(n: u64) -> Vec<u32> {
    match n {
        0 => vec![],
        n if n <= u32::MAX as u64 => vec![n as u32],
        n => vec![n as u32, (n >> 32) as u32],
    }
}

/// A key of 624 words from the system's entropy source, or from the time and process id when
/// there is none (CPython's `random_seed_urandom` and `random_seed_time_pid`).
fn entropy_key() -> Vec<u32> {
    let mut bytes = vec![0u8; mt::N * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)).is_ok();
    if ok {
        return bytes.chunks_exact(4).map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]])).collect();
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let secs = now.as_secs();
    vec![secs as u32, (secs >> 32) as u32, now.subsec_nanos(), std::process::id()]
}

fn random_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "getstate")?;
    crate::pyargs::no_args(vm, Args { args: &args.args[1..], kwnames: args.kwnames }, "Random.getstate")?;
    let mt = state.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(vm.new_tuple(items))
}

fn random_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "setstate")?;
    let tuple = crate::pyargs::one_arg(vm, Args { args: &args.args[1..], kwnames: args.kwnames }, "Random.setstate")?;
    let items: Vec<Value> = match tuple {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => unreachable!("checked"),
        },
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != mt::N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; mt::N];
    for (w, v) in words.iter_mut().zip(&items) {
        *w = unsigned_long(vm, v)? as u32;
    }
    let index = vm.index_value(&items[mt::N])?;
    if !(0..=mt::N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let mut mt = state.borrow_mut();
    mt.state = words;
    mt.index = index as usize;
    Ok(Value::None)
}

/// `PyLong_AsUnsignedLong`: an int in [0, 2**64), with CPython's errors.
fn unsigned_long(vm: &Vm, v: &Value) -> PyResult<u64> {
    match int_ref(v) {
        Some(IntRef::Small(i)) if i >= 0 => Ok(i as u64),
        Some(IntRef::Big(b)) if b.sign() != Sign::Minus => {
            num_traits::ToPrimitive::to_u64(b).ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long"))
        }
        Some(_) => Err(vm.overflow_error("can't convert negative value to unsigned int")),
        None => Err(vm.type_error("an integer is required")),
    }
}

/// `getrandbits(k, /)`: an int of `k` random bits.
fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "getrandbits")?;
    let k = crate::pyargs::one_arg(vm, Args { args: &args.args[1..], kwnames: args.kwnames }, "Random.getrandbits")?;
    let k = match int_ref(k) {
        Some(IntRef::Small(i)) => i32::try_from(i).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?,
        Some(IntRef::Big(_)) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        None => {
            let k = k.clone();
            let i = vm.index_value(&k)?;
            i32::try_from(i).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?
        }
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let mut mt = state.borrow_mut();
    if k <= 32 {
        return Ok(Value::Int((mt.next_u32() >> (32 - k)) as i64));
    }
    let words = mt.bits_words(k as u64);
    drop(mt);
    Ok(vm.new_int(BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&words))))
}

/// `_randbelow_with_getrandbits(n)`, random.py's rejection sampling written natively: `k =
/// n.bit_length()`, then `getrandbits(k)` until the draw is below `n`. A subclass's own
/// `getrandbits` is called as Python code; the native one is run directly (the same draws).
fn random_randbelow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args, "_randbelow_with_getrandbits")?;
    let n = crate::pyargs::one_arg(vm, Args { args: &args.args[1..], kwnames: args.kwnames }, "Random._randbelow_with_getrandbits")?.clone();
    let receiver = args.args[0].clone();
    let name = vm.intern("getrandbits");
    let cls = vm.class_of(&receiver);
    let ours: ferrython_vm::objects::function::NativeFn = random_getrandbits;
    let native = matches!(
        ferrython_vm::vm::attr::lookup_type(&cls, &name).as_ref().and_then(|v| v.payload()),
        Some(Payload::Builtin(b)) if std::ptr::fn_addr_eq(b.func, ours)
    );
    let Some(n_big) = ferrython_vm::types::int::as_bigint(&n) else {
        let attr = vm.intern("bit_length");
        vm.getattr(&n, &attr)?;
        return Err(vm.type_error(format!("'{}' object is not an int", vm.type_name(&n))));
    };
    if n_big.sign() != Sign::Plus {
        // CPython's loop never ends for n <= 0; its callers never pass one.
        return Err(vm.value_error("_randbelow() needs a positive bound"));
    }
    let k = n_big.bits();
    if !native {
        let getrandbits = vm.getattr(&receiver, &name)?;
        let k = Value::Int(k as i64);
        loop {
            let r = vm.call(&getrandbits, std::slice::from_ref(&k), &[])?;
            // `while r >= n`, with Python's comparison
            let ge = vm.compare(ferrython_compiler::bytecode::ComparisonOperator::GreaterEqual, &r, &n)?;
            if !vm.is_true(&ge)? {
                return Ok(r);
            }
        }
    }
    let mut mt = state.borrow_mut();
    if k <= 64 {
        let n = num_traits::ToPrimitive::to_u64(&n_big).unwrap_or(u64::MAX);
        loop {
            let r = if k <= 32 {
                (mt.next_u32() >> (32 - k)) as u64
            } else {
                let w = mt.bits_words(k);
                w[0] as u64 | (w[1] as u64) << 32
            };
            if r < n {
                drop(mt);
                return Ok(if r > i64::MAX as u64 { vm.new_int(BigInt::from(r)) } else { Value::Int(r as i64) });
            }
        }
    }
    let n = n_big.magnitude().clone();
    loop {
        let r = BigUint::from_slice(&mt.bits_words(k));
        if r < n {
            drop(mt);
            return Ok(vm.new_int(BigInt::from_biguint(Sign::Plus, r)));
        }
    }
}
