//! `cargo run -p ferrython-compiler --example parse_errors -- file.py`: print ruff's raw parse errors
//! (for mapping them to CPython's wording).

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    let parsed = ruff_python_parser::parse_unchecked(&source, ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module));
    for e in parsed.errors() {
        println!("{:?} at {:?}", e.error, e.location);
    }
}
