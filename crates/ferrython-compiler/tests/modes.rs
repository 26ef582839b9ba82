//! `compile()` modes: what `eval` and `single` produce, and their errors (fields from CPython 3.11).

use ferrython_compiler::{CompileErrorKind, Constant, Instruction, Mode, compile};

fn error_fields(source: &str, mode: Mode) -> (CompileErrorKind, String, u32, u32, u32, u32) {
    let e = compile(source, "e.py", mode).expect_err("should not compile");
    (
        e.kind,
        e.msg,
        e.lineno,
        e.offset,
        e.end_lineno,
        e.end_offset,
    )
}

#[test]
fn eval_returns_the_expression_value() {
    let code = compile("a + 1", "e.py", Mode::Eval).expect("compiles");
    assert_eq!(&*code.name, "<module>");
    assert_eq!(
        code.instructions,
        vec![
            Instruction::LoadName(0),
            Instruction::LoadConst(0),
            Instruction::BinaryOp(ferrython_compiler::bytecode::BinaryOperator::Add),
            Instruction::ReturnValue,
        ]
    );
}

#[test]
fn single_prints_expression_statements() {
    let code = compile("x = 1; x", "<stdin>", Mode::Single).expect("compiles");
    assert!(code.instructions.contains(&Instruction::PrintExpr));
    // A string is printed, not taken as a docstring.
    let code = compile("'doc'", "<stdin>", Mode::Single).expect("compiles");
    assert_eq!(code.doc, None);
    assert_eq!(
        code.instructions[..2],
        [Instruction::LoadConst(0), Instruction::PrintExpr]
    );
}

#[test]
fn exec_module_docstring() {
    let code = compile("'''Module doc.'''\nx = 1\n", "m.py", Mode::Exec).expect("compiles");
    assert_eq!(code.doc.as_deref(), Some("Module doc."));
    assert_eq!(code.consts[0], Constant::Str("Module doc.".into()));
}

#[test]
fn single_rejects_several_statements() {
    assert_eq!(
        error_fields("x = 1\ny = 2", Mode::Single),
        (
            CompileErrorKind::SyntaxError,
            "multiple statements found while compiling a single statement".to_string(),
            1,
            6,
            1,
            6
        )
    );
    assert_eq!(
        error_fields("if x:\n  1\nz = 3", Mode::Single),
        (
            CompileErrorKind::SyntaxError,
            "invalid syntax".to_string(),
            3,
            1,
            3,
            2
        )
    );
}

#[test]
fn eval_rejects_statements() {
    assert_eq!(
        error_fields("x = 1", Mode::Eval),
        (
            CompileErrorKind::SyntaxError,
            "invalid syntax".to_string(),
            1,
            3,
            1,
            4
        )
    );
}
