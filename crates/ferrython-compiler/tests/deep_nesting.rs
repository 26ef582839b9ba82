//! Deeply nested source must fail cleanly (CPython: "too many nested parentheses", "too many levels of
//! indentation", or RecursionError during compilation), never overflow the Rust stack. These run on
//! the test harness's ordinary 2 MiB threads on purpose.

use ferrython_compiler::{CompileErrorKind, Mode, compile};

fn error_of(source: &str) -> (CompileErrorKind, String, u32, u32) {
    match compile(source, "deep.py", Mode::Exec) {
        Ok(_) => panic!("deeply nested source compiled"),
        Err(e) => (e.kind, e.msg, e.lineno, e.offset),
    }
}

const RECURSION: &str = "maximum recursion depth exceeded during compilation";

#[test]
fn nested_parentheses_stop_at_200_levels() {
    let src = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(
        error_of(&src),
        (
            CompileErrorKind::SyntaxError,
            "too many nested parentheses".to_string(),
            1,
            201
        )
    );
    let ok = format!("x = {}1{}", "(".repeat(199), ")".repeat(199));
    assert!(compile(&ok, "ok.py", Mode::Exec).is_ok());
}

#[test]
fn nested_lists_stop_at_200_levels() {
    let src = format!("{}1{}", "[".repeat(300), "]".repeat(300));
    assert_eq!(
        error_of(&src),
        (
            CompileErrorKind::SyntaxError,
            "too many nested parentheses".to_string(),
            1,
            201
        )
    );
}

#[test]
fn nested_blocks_stop_at_100_indentation_levels() {
    let mut src = String::new();
    for i in 0..5000 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(5000));
    src.push_str("pass\n");
    assert_eq!(
        error_of(&src),
        (
            CompileErrorKind::IndentationError,
            "too many levels of indentation".to_string(),
            101,
            1
        )
    );
}

#[test]
fn long_operator_chains_are_recursion_errors() {
    for src in [
        format!("{}1", "-".repeat(100_000)),
        format!("{}1", "not ".repeat(100_000)),
        format!("{}1", "1 + ".repeat(100_000)),
        format!("{}1", "1**".repeat(100_000)),
        format!("x = {}1", "lambda: ".repeat(100_000)),
        format!("{}1", "1 if 1 else ".repeat(100_000)),
        format!("a{}", ".a".repeat(100_000)),
        format!("f(){}", "()".repeat(100_000)),
    ] {
        assert_eq!(
            error_of(&src),
            (
                CompileErrorKind::RecursionError,
                RECURSION.to_string(),
                0,
                0
            )
        );
    }
}

#[test]
fn moderately_deep_expressions_compile() {
    // CPython compiles these too.
    let src = format!("{}1", "-".repeat(2000));
    assert!(compile(&src, "ok.py", Mode::Exec).is_ok());
}

#[test]
fn deeply_nested_scopes_compile_or_fail_cleanly() {
    // 1,400 nested lambdas are within CPython's limits; each is a scope and a code object.
    let src = format!("f = {}1", "lambda: ".repeat(1400));
    let code = compile(&src, "ok.py", Mode::Exec).expect("compiles");
    assert!(!ferrython_compiler::disassemble(&code).is_empty());
    drop(code);
    let src = format!("f = {}1", "lambda: ".repeat(5000));
    assert_eq!(
        error_of(&src),
        (
            CompileErrorKind::RecursionError,
            RECURSION.to_string(),
            0,
            0
        )
    );
}
