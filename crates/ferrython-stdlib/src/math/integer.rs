//! `math`'s integer functions: `factorial`, `gcd`, `lcm`, `comb`, `perm`, `isqrt`, with CPython's
//! argument conversion (`__index__`) and messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use ferrython_vm::objects::function::Args;
use ferrython_vm::types::int::index_big;
use ferrython_vm::{PyResult, Value, Vm};

use super::real::one_arg;

/// The product `lo * (lo+1) * ... * (hi-1)`, by splitting the range in halves so the big
/// multiplications stay balanced.
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::from(16) {
        let mut p = BigInt::one();
        let mut i = lo.clone();
        while &i < hi {
            p *= &i;
            i += 1;
        }
        return p;
    }
    let mid: BigInt = lo + (n >> 1usize);
    range_product(lo, &mid) * range_product(&mid, hi)
}

pub fn math_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "factorial")?;
    let n = index_big(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    if n > BigInt::from(i64::MAX) {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    }
    Ok(vm.new_int(range_product(&BigInt::one(), &(n + 1))))
}

fn all_ints(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    args.no_kwargs(vm, name)?;
    args.args.iter().map(|a| index_big(vm, a)).collect()
}

pub fn math_gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ints = all_ints(vm, &args, "gcd")?;
    let mut g = BigInt::zero();
    for i in &ints {
        g = g.gcd(i);
    }
    Ok(vm.new_int(g))
}

pub fn math_lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ints = all_ints(vm, &args, "lcm")?;
    let mut l = BigInt::one();
    for i in &ints {
        if i.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(i);
    }
    Ok(vm.new_int(l.abs()))
}

fn two_ints(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    required: usize,
) -> PyResult<(BigInt, Option<BigInt>)> {
    args.no_kwargs(vm, name)?;
    let a = args.args;
    if a.len() < required || a.len() > 2 {
        let msg = if required == 2 {
            format!("{name} expected 2 arguments, got {}", a.len())
        } else {
            format!("{name} expected at most 2 arguments, got {}", a.len())
        };
        let msg = if a.is_empty() && required == 1 {
            format!("{name} expected at least 1 argument, got 0")
        } else {
            msg
        };
        return Err(vm.type_error(msg));
    }
    let n = index_big(vm, &a[0])?;
    let k = match a.get(1) {
        Some(v) if !v.is_none() => Some(index_big(vm, v)?),
        _ => None,
    };
    Ok((n, k))
}

pub fn math_comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = two_ints(vm, &args, "comb", 2)?;
    let k = k.unwrap_or_default();
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let num = range_product(&(&n - &k + 1), &(&n + 1));
    let den = range_product(&BigInt::one(), &(k + 1));
    Ok(vm.new_int(num / den))
}

pub fn math_perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = two_ints(vm, &args, "perm", 1)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    let k = match k {
        Some(k) => k,
        None => n.clone(),
    };
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(vm.new_int(range_product(&(&n - &k + 1), &(&n + 1))))
}

pub fn math_isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "isqrt")?;
    let n = index_big(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}
