//! `hash()` of ints, floats, complex numbers and tuples against CPython 3.11
//! (data/format/hash.tsv).

#[path = "format_support/table.rs"]
mod table;

use ferrython_vm::format::{hash_bigint, hash_complex, hash_float, hash_i64, hash_pointer, hash_tuple};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use table::{Checker, load, parse_hex_float};

#[test]
fn hashes_match_cpython() {
    let mut checker = Checker::default();
    for case in load("hash.tsv") {
        let actual = match case.kind.as_str() {
            "int" => {
                let v: BigInt = case.inputs[0].parse().expect("int");
                let h = hash_bigint(&v);
                if let Some(small) = v.to_i64() {
                    assert_eq!(hash_i64(small), h, "hash_i64({small})");
                }
                h
            }
            "float" => hash_float(parse_hex_float(&case.inputs[0])).expect("not nan"),
            "complex" => hash_complex(parse_hex_float(&case.inputs[0]), parse_hex_float(&case.inputs[1]), 0),
            "tuple" => {
                let items: Vec<i64> = case.inputs[0].split_whitespace().map(|h| h.parse().expect("item hash")).collect();
                hash_tuple(&items)
            }
            other => panic!("unknown case kind {other}"),
        };
        checker.check(&case, format!("ok:{actual}"));
    }
    checker.finish("hash.tsv");
}

#[test]
fn nan_hashes_by_identity() {
    assert_eq!(hash_float(f64::NAN), None);
    // A nan part contributes the identity hash the VM passes in.
    assert_eq!(hash_complex(f64::NAN, 0.0, 12345), 12345);
    assert_eq!(hash_complex(0.0, f64::NAN, 1), 1_000_003);
    // _Py_HashPointer rotates the address right by four bits.
    assert_eq!(hash_pointer(0x1230), 0x123);
    assert_eq!(hash_pointer(0xf), (0xfu64 << 60) as i64);
}
