//! The module-level functions of `re` (`re.match`, `re.sub`, ...) and their pattern cache,
//! native for speed (CPython writes them in Python; `re.py` re-exports these). Each compiles
//! through the cache and calls the Pattern method, as `re/__init__.py` does; argument errors
//! have the wording of Python functions.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

use ferrython_vm::object::Payload;
use ferrython_vm::objects::function::{Args, NativeFn};
use ferrython_vm::{PyRef, PyResult, Value, Vm};

use super::pattern::{self, PatternData, compile_value};
use super::{native, new_native_object};
use crate::pyargs::{Signature, get_attr, int_arg, set_attr, split_module};

/// `re._MAXCACHE`: the oldest pattern is dropped when the cache is full.
const MAXCACHE: usize = 512;

type Key = (bool, Box<[u8]>, i64);

#[derive(Default)]
pub struct Cache {
    map: HashMap<Key, Value>,
    order: VecDeque<Key>,
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("match", re_match),
    ("fullmatch", re_fullmatch),
    ("search", re_search),
    ("sub", re_sub),
    ("subn", re_subn),
    ("split", re_split),
    ("findall", re_findall),
    ("finditer", re_finditer),
    ("compile", re_compile),
    ("purge", re_purge),
];

/// Put an empty cache in `_sre`.
pub fn install_cache(vm: &mut Vm, module: &PyRef) {
    let holder = new_native_object(&vm.types.object.clone(), RefCell::new(Cache::default()));
    set_attr(vm, module, "_cache_state", holder);
}

fn cache_of(vm: &mut Vm, module: &PyRef) -> Option<Value> {
    get_attr(vm, module, "_cache_state")
}

/// The cache key of an exact str or bytes pattern.
fn key_of(vm: &Vm, pattern: &Value, flags: i64) -> Option<Key> {
    if !vm.class_of(pattern).as_type().is_some_and(|t| t.builtin) {
        return None;
    }
    match pattern.payload() {
        Some(Payload::Str(s)) => Some((false, s.as_str().as_bytes().into(), flags)),
        Some(Payload::Bytes(b)) => Some((true, b.clone(), flags)),
        _ => None,
    }
}

/// `re._compile(pattern, flags)`.
fn compiled(vm: &mut Vm, module: &Option<PyRef>, pattern: &Value, flags: Option<&Value>) -> PyResult<Value> {
    let module = module.clone().ok_or_else(|| vm.type_error("re functions need their module"))?;
    // CPython looks the cache up first, hashing `(type(pattern), pattern, flags)`.
    let is_text = matches!(pattern.payload(), Some(Payload::Str(_) | Payload::Bytes(_)));
    if !is_text {
        vm.hash(pattern)?;
    }
    if let Some(f @ Value::Obj(_)) = flags {
        vm.hash(f)?;
    }
    if native::<PatternData>(pattern).is_some() {
        if let Some(f) = flags
            && vm.is_true(f)?
        {
            return Err(vm.value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(pattern.clone());
    }
    let flags = match flags {
        None => 0,
        Some(f @ (Value::Int(_) | Value::Bool(_))) => int_arg(vm, f)?,
        Some(f @ Value::Obj(o)) if matches!(o.payload, Payload::Int(_)) => int_arg(vm, f).unwrap_or(i64::MAX),
        Some(f) => {
            if !is_text {
                return Err(vm.type_error("first argument must be string or compiled pattern"));
            }
            return Err(vm.type_error(format!("unsupported operand type(s) for &: '{}' and 'RegexFlag'", vm.type_name(f))));
        }
    };
    if !is_text {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    }
    // `_sre.compile` takes the flags as a C int.
    if i32::try_from(flags).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let key = key_of(vm, pattern, flags);
    let holder = cache_of(vm, &module);
    let cache = holder.as_ref().and_then(native::<RefCell<Cache>>);
    if let (Some(k), Some(c)) = (&key, cache)
        && let Some(p) = c.borrow().map.get(k)
    {
        return Ok(p.clone());
    }
    let p = compile_value(vm, &module, pattern, flags)?;
    if let (Some(k), Some(c)) = (key, cache) {
        let mut c = c.borrow_mut();
        if c.map.len() >= MAXCACHE
            && let Some(old) = c.order.pop_front()
        {
            c.map.remove(&old);
        }
        c.order.push_back(k.clone());
        c.map.insert(k, p.clone());
    }
    Ok(p)
}

/// Call Pattern method `method` on the compiled pattern with `rest`.
fn call(vm: &mut Vm, method: NativeFn, pat: Value, rest: &[Value]) -> PyResult<Value> {
    let mut args = Vec::with_capacity(rest.len() + 1);
    args.push(pat);
    args.extend_from_slice(rest);
    method(vm, Args { args: &args, kwnames: &[] })
}

const MATCH_SIG: [&str; 3] = ["pattern", "string", "flags"];

macro_rules! match_like {
    ($($name:ident, $fname:literal, $method:path;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (module, args) = split_module(args);
                let [p, s, f] = Signature { fname: $fname, names: MATCH_SIG, positional: 3, required: 2 }.bind(vm, args)?;
                let pat = compiled(vm, &module, p.as_ref().expect("required"), f.as_ref())?;
                call(vm, $method, pat, &[s.expect("required")])
            }
        )*
    };
}

match_like! {
    re_match, "match", pattern::pattern_match;
    re_fullmatch, "fullmatch", pattern::pattern_fullmatch;
    re_search, "search", pattern::pattern_search;
    re_findall, "findall", pattern::pattern_findall;
    re_finditer, "finditer", pattern::pattern_finditer;
}

fn sub_like(vm: &mut Vm, args: Args, fname: &'static str, method: NativeFn) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let [p, r, s, c, f] = Signature { fname, names: ["pattern", "repl", "string", "count", "flags"], positional: 5, required: 3 }.bind(vm, args)?;
    let pat = compiled(vm, &module, p.as_ref().expect("required"), f.as_ref())?;
    call(vm, method, pat, &[r.expect("required"), s.expect("required"), c.unwrap_or(Value::Int(0))])
}

fn re_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sub_like(vm, args, "sub", pattern::pattern_sub)
}

fn re_subn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sub_like(vm, args, "subn", pattern::pattern_subn)
}

fn re_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let [p, s, m, f] = Signature { fname: "split", names: ["pattern", "string", "maxsplit", "flags"], positional: 4, required: 2 }.bind(vm, args)?;
    let pat = compiled(vm, &module, p.as_ref().expect("required"), f.as_ref())?;
    call(vm, pattern::pattern_split, pat, &[s.expect("required"), m.unwrap_or(Value::Int(0))])
}

fn re_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    let [p, f] = Signature { fname: "compile", names: ["pattern", "flags"], positional: 2, required: 1 }.bind(vm, args)?;
    compiled(vm, &module, p.as_ref().expect("required"), f.as_ref())
}

fn re_purge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (module, args) = split_module(args);
    Signature::<0> { fname: "purge", names: [], positional: 0, required: 0 }.bind(vm, args)?;
    if let Some(m) = module
        && let Some(holder) = cache_of(vm, &m)
        && let Some(c) = native::<RefCell<Cache>>(&holder)
    {
        *c.borrow_mut() = Cache::default();
    }
    Ok(Value::None)
}
