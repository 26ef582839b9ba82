//! `hash()` of numbers and tuples, bit-for-bit as CPython 3.11 on a 64-bit build
//! (Python/pyhash.c, Objects/longobject.c, Objects/complexobject.c, Objects/tupleobject.c).
//!
//! Numbers hash by their value modulo the Mersenne prime `2**61 - 1`, so that `hash(1) ==
//! hash(1.0) == hash(1+0j)`; a result of -1 (CPython's error marker) becomes -2.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::decompose;

/// `_PyHASH_BITS`.
const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS`: `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`: `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;
/// `_PyHASH_IMAG`: the multiplier of the imaginary part's hash.
pub const HASH_IMAG: u64 = 1_000_003;

fn signed(magnitude_mod: u64, negative: bool) -> i64 {
    let h = if negative { -(magnitude_mod as i64) } else { magnitude_mod as i64 };
    if h == -1 { -2 } else { h }
}

/// `hash(v)` for an int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let magnitude = v.magnitude() % HASH_MODULUS;
    signed(magnitude.to_u64().unwrap_or(0), v.sign() == Sign::Minus)
}

/// `hash(v)` for an int that fits in an `i64` (the same value as [`hash_bigint`]).
pub fn hash_i64(v: i64) -> i64 {
    signed(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// `_Py_HashDouble`: `hash(x)` for a float. Integral floats hash like the equal int and
/// `inf`/`-inf` as `±314159`. `None` for a nan, whose hash since 3.10 is its identity hash
/// (`_Py_HashPointer(obj)`), which only the VM knows.
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if x == 0.0 {
        return Some(0);
    }
    // |x| = mantissa * 2**exp exactly, and 2**61 == 1 (mod 2**61 - 1), so multiplying by
    // 2**exp is a rotation by exp mod 61 within 61 bits.
    let (mantissa, exp) = decompose(x.abs());
    let rotation = exp.rem_euclid(i64::from(HASH_BITS)) as u32;
    let m = u128::from(mantissa % HASH_MODULUS);
    let h = ((m << rotation) % u128::from(HASH_MODULUS)) as u64;
    Some(signed(h, x < 0.0))
}

/// `hash(complex(real, imag))`: `hash(real) + 1000003 * hash(imag)` in wrapping 64-bit
/// arithmetic. A nan part hashes as `nan_hash`, the complex object's identity hash that the VM
/// supplies (CPython hashes the object pointer for it).
pub fn hash_complex(real: f64, imag: f64, nan_hash: i64) -> i64 {
    let part = |x: f64| hash_float(x).unwrap_or(nan_hash) as u64;
    let combined = part(real).wrapping_add(HASH_IMAG.wrapping_mul(part(imag)));
    let h = combined as i64;
    if h == -1 { -2 } else { h }
}

/// `_Py_HashPointer`: the identity hash CPython gives an object at `address` (used for nan and
/// by `object.__hash__`): the address rotated right by 4 bits, -1 becoming -2.
pub fn hash_pointer(address: usize) -> i64 {
    let h = (address as u64).rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `tuplehash` (3.8+, derived from xxHash): the hash of a tuple whose items hash to
/// `item_hashes`, in order. The VM stops and propagates the error if an item is unhashable.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &lane in item_hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    // "Add input length, mangled to keep the historical value of hash(())."
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}
