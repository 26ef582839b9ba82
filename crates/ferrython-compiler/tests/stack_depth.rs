//! Every code object the compiler produces for the golden sources has a consistent stack depth on all
//! paths, exception handlers included (a codegen bug shows up here before the VM sees it).

use std::path::Path;

use ferrython_compiler::{CodeObject, Constant, Mode, compile, max_stack_depth};

fn check_all(code: &CodeObject, errors: &mut Vec<String>) {
    if let Err(e) = max_stack_depth(code) {
        errors.push(e.to_string());
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            check_all(inner, errors);
        }
    }
}

#[test]
fn golden_sources_have_consistent_stack_depths() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let mut errors = Vec::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/dis exists") {
        let path = entry.expect("dir entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !name.ends_with(".py") {
            continue;
        }
        let mode = if name.ends_with(".eval.py") {
            Mode::Eval
        } else if name.ends_with(".single.py") {
            Mode::Single
        } else {
            Mode::Exec
        };
        let source = std::fs::read_to_string(&path).expect("readable");
        let code = compile(&source, &name, mode).expect("golden sources compile");
        check_all(&code, &mut errors);
        count += 1;
    }
    assert!(count > 10);
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn max_depth_of_a_simple_expression() {
    let code = compile("x = a + b * c", "t.py", Mode::Exec).expect("compiles");
    assert_eq!(max_stack_depth(&code), Ok(3));
}
