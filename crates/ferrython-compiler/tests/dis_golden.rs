//! Golden disassembly tests: each `tests/dis/NAME.py` is compiled and its disassembly compared with
//! `tests/dis/NAME.dis`. `NAME.eval.py` compiles in eval mode, `NAME.single.py` in single mode.
//! Set `FERRYTHON_BLESS=1` to rewrite the expected files after reviewing the change.

use std::path::Path;

use ferrython_compiler::{Mode, compile, disassemble};

#[test]
fn golden_disassembly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let bless = std::env::var_os("FERRYTHON_BLESS").is_some_and(|v| v == "1");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/dis exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no golden cases found");
    let mut failures = Vec::new();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let mode = if name.ends_with(".eval.py") {
            Mode::Eval
        } else if name.ends_with(".single.py") {
            Mode::Single
        } else {
            Mode::Exec
        };
        let source = std::fs::read_to_string(&path).expect("readable case");
        let actual = match compile(&source, name, mode) {
            Ok(code) => disassemble(&code),
            Err(e) => format!("error: {e:?}\n"),
        };
        let expected_path = path.with_extension("dis");
        if bless {
            std::fs::write(&expected_path, &actual).expect("writable expected file");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{name}: disassembly differs (FERRYTHON_BLESS=1 to accept)\n{}",
                diff(&expected, &actual)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A small line diff: `-` expected, `+` actual, for the lines that differ in order.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("-{x}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!("+{y}\n"));
                }
            }
        }
    }
    out
}
