//! `int(s, base)`, `float(s)`, `bin`/`oct`/`hex` and `str(int)` against CPython 3.11
//! (data/format/parse.tsv).

#[path = "format_support/table.rs"]
mod table;

use ferrython_vm::format::{
    DEFAULT_INT_MAX_STR_DIGITS, FormatError, int_to_bin, int_to_decimal_string_with_limit, int_to_hex, int_to_oct, invalid_float_literal,
    parse_float, parse_int, parse_int_with_limit,
};
use num_bigint::BigInt;
use table::{Checker, hex_float, load, render};

/// Reads Python's `hex(v)` spelling.
fn from_hex(s: &str) -> BigInt {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let digits = digits.strip_prefix("0x").expect("hex literal");
    let v = BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex digits");
    if negative { -v } else { v }
}

fn ok(s: String) -> Result<String, FormatError> {
    Ok(s)
}

#[test]
fn number_parsing_matches_cpython() {
    let mut checker = Checker::default();
    for case in load("parse.tsv") {
        let input = &case.inputs[0];
        let actual = match case.kind.as_str() {
            "int" => {
                let base: u32 = case.inputs[1].parse().expect("base");
                let repr = &case.inputs[2];
                let limited = parse_int_with_limit(input, base, DEFAULT_INT_MAX_STR_DIGITS);
                // Without a limit, only the limit error goes away.
                let unlimited = parse_int(input, base);
                match &limited {
                    Ok(v) => assert_eq!(unlimited.as_ref(), Some(v)),
                    Err(ferrython_vm::format::ParseIntError::Invalid) => {
                        assert_eq!(unlimited, None, "{input:?}")
                    }
                    Err(_) => {}
                }
                render(limited.map(|v| int_to_hex(&v)).map_err(|e| e.to_error(base, repr)))
            }
            "float" => {
                let repr = &case.inputs[1];
                render(parse_float(input).map(hex_float).ok_or_else(|| invalid_float_literal(repr)))
            }
            "bin" => render(ok(int_to_bin(&from_hex(input)))),
            "oct" => render(ok(int_to_oct(&from_hex(input)))),
            "hex" => render(ok(int_to_hex(&from_hex(input)))),
            "str" => render(int_to_decimal_string_with_limit(&from_hex(input), DEFAULT_INT_MAX_STR_DIGITS)),
            other => panic!("unknown case kind {other}"),
        };
        checker.check(&case, actual);
    }
    checker.finish("parse.tsv");
}
