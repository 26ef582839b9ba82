//! `repr(float)` and `repr(complex)` against CPython 3.11 (data/format/repr.tsv).

#[path = "format_support/table.rs"]
mod table;

use ferrython_vm::format::{complex_repr, float_repr, float_str};
use table::{Checker, load, parse_hex_float};

#[test]
fn float_and_complex_repr_match_cpython() {
    let mut checker = Checker::default();
    for case in load("repr.tsv") {
        let actual = match case.kind.as_str() {
            "repr" => {
                let x = parse_hex_float(&case.inputs[0]);
                assert_eq!(float_str(x), float_repr(x));
                float_repr(x)
            }
            "complex_repr" => complex_repr(parse_hex_float(&case.inputs[0]), parse_hex_float(&case.inputs[1])),
            other => panic!("unknown case kind {other}"),
        };
        checker.check(&case, format!("ok:{actual}"));
    }
    checker.finish("repr.tsv");
}
