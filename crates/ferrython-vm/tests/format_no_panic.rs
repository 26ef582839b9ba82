//! Every entry point on arbitrary input: errors are fine, panics are bugs (a panic reachable from
//! Python source would crash the interpreter).

#[path = "format_support/values.rs"]
mod values;

use ferrython_vm::format::{
    CharArg, FormatError, FormatStringParser, PercentArgs, PercentOperand, float_repr, format_complex, format_float, format_int, format_str,
    parse_float, parse_format_spec, parse_int, percent_format, round_float, split_field_name,
};
use num_bigint::BigInt;
use values::Value;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn text(&mut self, alphabet: &[char], max_len: usize) -> String {
        let len = self.below(max_len + 1);
        (0..len).map(|_| alphabet[self.below(alphabet.len())]).collect()
    }

    fn float(&mut self) -> f64 {
        match self.below(4) {
            0 => f64::from_bits(self.next()),
            1 => [0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 5e-324, f64::MAX][self.below(7)],
            _ => (self.next() % 2_000_001) as f64 / 1000.0 - 1000.0,
        }
    }
}

/// True when a digit run is long enough to ask for a gigantic (but legitimate) allocation.
fn has_long_digit_run(s: &str) -> bool {
    let mut run = 0;
    for c in s.chars() {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        if run > 4 {
            return true;
        }
    }
    false
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '=', '^', '+', '-', ' ', 'z', '#', '0', '1', '5', '9', ',', '_', '.', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'b', 'c', 'd', 'o', 'x',
    'X', 's', 'r', '{', '}', '\u{e9}', '\u{663}', '\0', '*',
];

#[test]
fn format_spec_functions_never_panic() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    for _ in 0..40_000 {
        let spec_text = rng.text(SPEC_CHARS, 10);
        let Ok(spec) = parse_format_spec(&spec_text, "T") else {
            continue;
        };
        if spec.width.is_some_and(|w| w > 10_000) || spec.precision.is_some_and(|p| p > 10_000) {
            continue;
        }
        let x = rng.float();
        let big = BigInt::from(rng.next() as i64) * BigInt::from(rng.next());
        let small = BigInt::from(rng.below(0x11_0000 + 10) as i64 - 5);
        let _ = format_float(x, &spec, "float");
        let _ = format_int(&big, &spec, "int");
        let _ = format_int(&small, &spec, "int");
        let _ = format_str(&spec_text, &spec, "str");
        let _ = format_complex(x, rng.float(), &spec, "complex");
        let _ = float_repr(x);
        let _ = round_float(x, rng.below(700) as i64 - 350);
    }
}

#[test]
fn number_parsers_never_panic() {
    let chars = &[
        '0', '1', '7', '9', 'a', 'f', 'x', 'o', 'b', 'e', 'E', '.', '_', '+', '-', ' ', '\t', 'i', 'n', 'N', 'F', '\u{663}', '\u{3000}', '\u{e9}',
        '\0', '\u{1c}',
    ];
    let mut rng = Rng(0xDEAD_BEEF_CAFE_F00D);
    for _ in 0..50_000 {
        let s = rng.text(chars, 12);
        let _ = parse_float(&s);
        for base in [0, 1, 2, 8, 10, 16, 36, 37] {
            let _ = parse_int(&s, base);
        }
    }
}

#[test]
fn template_parsers_never_panic() {
    let chars = &['{', '}', '!', ':', '[', ']', '.', '0', '1', 'a', 'r', 's', 'x', '>', '\u{e9}'];
    let mut rng = Rng(0x0BAD_5EED_0BAD_5EED);
    for _ in 0..50_000 {
        let s = rng.text(chars, 14);
        for piece in FormatStringParser::new(&s) {
            let Ok(piece) = piece else { break };
            if let Some(Ok((_, accessors))) = piece.field.map(|f| split_field_name(f.name, None)) {
                accessors.for_each(drop);
            }
        }
    }
}

struct Vm;

impl PercentArgs for Vm {
    type Value = Value;
    type Error = FormatError;

    fn get_item(&mut self, _: &Value, key: &str) -> Result<Value, FormatError> {
        Ok(Value::Str(key.to_owned()))
    }
    fn str(&mut self, v: &Value) -> Result<String, FormatError> {
        Ok(v.str())
    }
    fn repr(&mut self, v: &Value) -> Result<String, FormatError> {
        Ok(v.repr())
    }
    fn ascii(&mut self, v: &Value) -> Result<String, FormatError> {
        Ok(v.ascii())
    }
    fn int_value(&mut self, v: &Value, _: char) -> Result<Option<BigInt>, FormatError> {
        Ok(match v {
            Value::Int(i) => Some(i.clone()),
            _ => None,
        })
    }
    fn float_value(&mut self, v: &Value) -> Result<Option<f64>, FormatError> {
        Ok(match v {
            Value::Float(x) => Some(*x),
            _ => None,
        })
    }
    fn char_value(&mut self, v: &Value) -> Result<CharArg, FormatError> {
        Ok(match v {
            Value::Int(i) => CharArg::Int(i.clone()),
            _ => CharArg::Neither,
        })
    }
    fn exact_int(&mut self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(i.clone()),
            _ => None,
        }
    }
    fn type_name(&mut self, v: &Value) -> String {
        v.type_name().to_owned()
    }
}

#[test]
fn percent_format_never_panics() {
    let chars =
        &['%', '%', '(', ')', 'a', '-', '+', ' ', '#', '0', '5', '*', '.', 'h', 'l', 'd', 'x', 'X', 'o', 'e', 'f', 'g', 'c', 's', 'r', 'y', '\u{e9}'];
    let mut rng = Rng(0xFEED_FACE_1234_4321);
    for _ in 0..50_000 {
        let template = rng.text(chars, 10);
        if has_long_digit_run(&template) {
            continue;
        }
        let items: Vec<Value> = (0..rng.below(4))
            .map(|_| match rng.below(4) {
                0 => Value::Int(BigInt::from(rng.below(200_000) as i64 - 100_000)),
                1 => Value::Float(rng.float()),
                2 => Value::Str("ab".into()),
                _ => Value::None,
            })
            .collect();
        let _ = percent_format(&template, PercentOperand::Tuple(&items), &mut Vm);
        let _ = percent_format(&template, PercentOperand::Mapping(Value::Dict(vec![])), &mut Vm);
        let _ = percent_format(&template, PercentOperand::Other(Value::Int(BigInt::from(7))), &mut Vm);
    }
}
