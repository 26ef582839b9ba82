//! `round(x, n)` and `round(x)` against CPython 3.11 (data/format/round.tsv).

#[path = "format_support/table.rs"]
mod table;

use ferrython_vm::format::{bigint_to_f64, round_float, round_half_even, round_to_int};
use table::{Checker, hex_float, load, parse_hex_float, render};

#[test]
fn round_matches_cpython() {
    let mut checker = Checker::default();
    for case in load("round.tsv") {
        let x = parse_hex_float(&case.inputs[0]);
        let actual = match case.kind.as_str() {
            "round" => {
                let n: i64 = case.inputs[1].parse().expect("ndigits");
                render(round_float(x, n).map(hex_float))
            }
            // The table holds float(round(x)): the int converted back, so -0.0 comes back as 0.0.
            "round0" => {
                let as_int = round_to_int(x);
                if let Ok(i) = &as_int {
                    assert_eq!(round_half_even(x), bigint_to_f64(i).unwrap_or(f64::NAN));
                }
                render(as_int.and_then(|i| bigint_to_f64(&i)).map(hex_float))
            }
            other => panic!("unknown case kind {other}"),
        };
        checker.check(&case, actual);
    }
    checker.finish("round.tsv");
}
