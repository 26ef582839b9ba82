//! Reads the tables that gen_format_cases.py writes from CPython 3.11 and compares outcomes.
#![allow(dead_code, reason = "each test binary uses a different part of this helper")]

use ferrython_vm::format::FormatError;

/// One line of a table: its kind, its input fields (unescaped) and CPython's outcome.
pub struct Case {
    pub line: usize,
    pub kind: String,
    pub inputs: Vec<String>,
    pub expected: String,
}

/// Undoes the generator's escaping: `\\` and `\u{hex}`.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("bad \\u escape in table");
                out.push(char::from_u32(cp).expect("surrogate in table"));
            }
            other => panic!("bad escape \\{other:?} in table"),
        }
    }
    out
}

pub fn load(name: &str) -> Vec<Case> {
    let path = format!("{}/tests/data/format/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            let (expected, inputs) = fields[1..].split_last().expect("short line in table");
            Case { line: i + 1, kind: fields[0].to_owned(), inputs: inputs.iter().map(|f| unescape(f)).collect(), expected: unescape(expected) }
        })
        .collect()
}

/// Renders an outcome the way the table spells it.
pub fn render<T: AsRef<str>>(result: Result<T, FormatError>) -> String {
    match result {
        Ok(s) => format!("ok:{}", s.as_ref()),
        Err(e) => format!("err:{}:{}", e.kind.name(), e.message),
    }
}

/// Collects mismatches and fails with CPython's answer next to ours for the first few.
#[derive(Default)]
pub struct Checker {
    checked: usize,
    failures: Vec<String>,
}

impl Checker {
    pub fn check(&mut self, case: &Case, actual: String) {
        self.checked += 1;
        if actual != case.expected {
            self.failures
                .push(format!("line {} {} {:?}\n    cpython:   {:?}\n    ferrython: {:?}", case.line, case.kind, case.inputs, case.expected, actual));
        }
    }

    pub fn finish(self, table: &str) {
        assert!(self.checked > 0, "{table}: no case was checked");
        if !self.failures.is_empty() {
            let shown: Vec<&String> = self.failures.iter().take(40).collect();
            panic!(
                "{table}: {} of {} cases differ from CPython 3.11:\n{}",
                self.failures.len(),
                self.checked,
                shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
            );
        }
    }
}

/// Parses a float as the tables write it: `float.hex()` for finite values, else `inf`/`nan`.
pub fn parse_hex_float(s: &str) -> f64 {
    match s {
        "inf" => return f64::INFINITY,
        "-inf" => return f64::NEG_INFINITY,
        "nan" => return f64::NAN,
        _ => {}
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let body = body.strip_prefix("0x").expect("hex float");
    let (mantissa, exp) = body.split_once('p').expect("hex float exponent");
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut bits: u64 = u64::from_str_radix(int_part, 16).expect("hex int part");
    for c in frac_part.chars() {
        bits = bits * 16 + c.to_digit(16).expect("hex digit") as u64;
    }
    let exp: i32 = exp.parse::<i32>().expect("exp") - 4 * frac_part.len() as i32;
    // float.hex() mantissas have at most 53 significant bits, so this is exact (done in two
    // steps so that subnormal results are not flushed by an out-of-range power of two).
    let value = (bits as f64) * 2f64.powi(exp / 2) * 2f64.powi(exp - exp / 2);
    if negative { -value } else { value }
}

/// Python's `float.hex()`, to print results in the tables' spelling.
pub fn hex_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    let frac = format!("{fraction:013x}");
    let exp_sign = if exp < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{frac}p{exp_sign}{}", exp.abs())
}
