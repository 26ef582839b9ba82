//! Exact `CompileError` fields for invalid programs: each `tests/syntax_errors/NAME.py` has
//! `NAME.expected` with what CPython 3.11 reported (regenerate with `generate.py` there).

use std::path::Path;

use ferrython_compiler::{CompileErrorKind, Mode, compile};

fn escape(text: Option<&str>) -> String {
    match text {
        None => "None".to_string(),
        Some(t) => t
            .replace('\\', "\\\\")
            .replace('\n', "\\n")
            .replace('\r', "\\r")
            .replace('\t', "\\t"),
    }
}

fn render(source: &str, name: &str) -> String {
    match compile(source, name, Mode::Exec) {
        Ok(_) => "compiled without error\n".to_string(),
        Err(e) if e.kind == CompileErrorKind::RecursionError => {
            format!("RecursionError\nmsg: {}\n", e.msg)
        }
        Err(e) => format!(
            "{:?}\nmsg: {}\nposition: {}:{}-{}:{}\ntext: {}\n",
            e.kind,
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
            escape(e.text.as_deref())
        ),
    }
}

#[test]
fn syntax_errors_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/syntax_errors exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter(|p| p.file_name().is_some_and(|n| n != "generate.py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for path in &cases {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let source = std::fs::read_to_string(path).expect("readable case");
        let expected = std::fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{name}: missing .expected (run generate.py)"));
        let actual = render(&source, name);
        if actual != expected {
            failures.push(format!(
                "--- {name}\nexpected:\n{expected}actual:\n{actual}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
