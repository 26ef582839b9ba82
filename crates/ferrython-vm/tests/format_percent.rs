//! `str % args` against CPython 3.11 (data/format/percent.tsv), over a small stand-in for the
//! VM's values.

#[path = "format_support/table.rs"]
mod table;
#[path = "format_support/values.rs"]
mod values;

use ferrython_vm::format::{CharArg, FormatError, PercentArgs, PercentOperand, bigint_to_f64, f64_to_bigint, percent_format};
use num_bigint::BigInt;
use table::{Checker, load};
use values::{Value, parse_literal};

/// A Python exception: class name and `str(e)`.
#[derive(Debug)]
struct PyErr(String, String);

impl From<FormatError> for PyErr {
    fn from(e: FormatError) -> Self {
        PyErr(e.kind.name().to_owned(), e.message)
    }
}

struct Vm;

impl PercentArgs for Vm {
    type Value = Value;
    type Error = PyErr;

    fn get_item(&mut self, mapping: &Value, key: &str) -> Result<Value, PyErr> {
        match mapping {
            Value::Dict(items) => items
                .iter()
                .find(|(k, _)| *k == Value::Str(key.into()))
                .map(|(_, v)| v.clone())
                // The table records a KeyError by its argument, the key itself.
                .ok_or_else(|| PyErr("KeyError".into(), key.into())),
            other => Err(PyErr("TypeError".into(), format!("{} indices must be integers or slices, not str", other.type_name()))),
        }
    }

    fn str(&mut self, v: &Value) -> Result<String, PyErr> {
        Ok(v.str())
    }

    fn repr(&mut self, v: &Value) -> Result<String, PyErr> {
        Ok(v.repr())
    }

    fn ascii(&mut self, v: &Value) -> Result<String, PyErr> {
        Ok(v.ascii())
    }

    fn int_value(&mut self, v: &Value, conversion: char) -> Result<Option<BigInt>, PyErr> {
        Ok(match v {
            Value::Int(i) => Some(i.clone()),
            Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
            // int(float) for %d %i %u; floats have no __index__ for %o %x %X.
            Value::Float(x) if !matches!(conversion, 'o' | 'x' | 'X') => Some(f64_to_bigint(*x)?),
            _ => None,
        })
    }

    fn float_value(&mut self, v: &Value) -> Result<Option<f64>, PyErr> {
        Ok(match v {
            Value::Float(x) => Some(*x),
            Value::Int(i) => Some(bigint_to_f64(i)?),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            _ => None,
        })
    }

    fn char_value(&mut self, v: &Value) -> Result<CharArg, PyErr> {
        Ok(match v {
            Value::Str(s) if s.chars().count() == 1 => CharArg::Char(s.chars().next().unwrap()),
            Value::Int(i) => CharArg::Int(i.clone()),
            Value::Bool(b) => CharArg::Int(BigInt::from(u8::from(*b))),
            _ => CharArg::Neither,
        })
    }

    fn exact_int(&mut self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(i.clone()),
            Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        }
    }

    fn type_name(&mut self, v: &Value) -> String {
        v.type_name().to_owned()
    }
}

fn run(template: &str, args: &Value) -> Result<String, PyErr> {
    let operand = match args {
        Value::Tuple(items) => PercentOperand::Tuple(items),
        // PyMapping_Check: dicts, and lists too.
        Value::Dict(_) | Value::List(_) => PercentOperand::Mapping(args.clone()),
        other => PercentOperand::Other(other.clone()),
    };
    percent_format(template, operand, &mut Vm)
}

#[test]
fn percent_format_matches_cpython() {
    let mut checker = Checker::default();
    for case in load("percent.tsv") {
        let args = parse_literal(&case.inputs[1]);
        let actual = match run(&case.inputs[0], &args) {
            Ok(s) => format!("ok:{s}"),
            Err(PyErr(kind, message)) => format!("err:{kind}:{message}"),
        };
        checker.check(&case, actual);
    }
    checker.finish("percent.tsv");
}
