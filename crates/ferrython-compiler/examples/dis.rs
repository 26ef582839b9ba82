//! `cargo run -p ferrython-compiler --example dis -- file.py [exec|eval|single]`: print the
//! disassembly of a file, or the CompileError.

use ferrython_compiler::{Mode, compile, disassemble};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: dis FILE [exec|eval|single]");
        std::process::exit(2);
    };
    let mode = match args.next().as_deref() {
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => Mode::Exec,
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    match compile(&source, &path, mode) {
        Ok(code) => print!("{}", disassemble(&code)),
        Err(e) => {
            println!("{:?}", e);
            std::process::exit(1);
        }
    }
}
