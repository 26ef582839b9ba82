//! `format(value, spec)` for int, float, str and complex, against CPython 3.11's answers in
//! data/format/spec.tsv (written by gen_format_cases.py).

#[path = "format_support/table.rs"]
mod table;

use ferrython_vm::format::{FormatError, format_complex, format_float, format_int, format_str, parse_format_spec};
use num_bigint::BigInt;
use table::{Checker, load, render};

fn float_of(s: &str) -> f64 {
    s.parse().expect("float in table")
}

fn run(kind: &str, value: &str, spec: &str) -> Result<String, FormatError> {
    match kind {
        "int" => {
            let v: BigInt = value.parse().expect("int in table");
            format_int(&v, &parse_format_spec(spec, "int")?, "int")
        }
        "float" => format_float(float_of(value), &parse_format_spec(spec, "float")?, "float"),
        "str" => format_str(value, &parse_format_spec(spec, "str")?, "str"),
        "complex" => {
            let (re, im) = value.split_once(',').expect("complex in table");
            let spec = parse_format_spec(spec, "complex")?;
            format_complex(float_of(re), float_of(im), &spec, "complex")
        }
        // Subclasses: the VM passes the instance's type name; the value here is always 1-ish.
        "typename" => {
            let name = value;
            let parsed = parse_format_spec(spec, name)?;
            match name {
                "MyFloat" => format_float(1.0, &parsed, name),
                "MyStr" => format_str("a", &parsed, name),
                "MyComplex" => format_complex(0.0, 1.0, &parsed, name),
                _ => format_int(&BigInt::from(1), &parsed, name),
            }
        }
        other => panic!("unknown case kind {other}"),
    }
}

#[test]
fn format_spec_matches_cpython() {
    let mut checker = Checker::default();
    for case in load("spec.tsv") {
        let actual = render(run(&case.kind, &case.inputs[0], &case.inputs[1]));
        checker.check(&case, actual);
    }
    checker.finish("spec.tsv");
}
