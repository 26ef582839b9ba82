//! The bytecode cache format: every module of the conformance corpus survives a write/read round trip
//! unchanged, and a file for other source, from another build, or damaged anywhere is refused (never
//! trusted, never a panic).

use std::path::{Path, PathBuf};

use ferrython_compiler::cache_file::{self, Refusal};
use ferrython_compiler::{Mode, compile};

/// Every `.py` file under `tests/cases` (single-file cases and the modules of folder cases).
fn corpus() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("readable dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases"), &mut out);
    out.sort();
    out
}

#[test]
fn corpus_round_trips_and_passes_the_checks() {
    let mut compiled = 0;
    for path in corpus() {
        let source = std::fs::read(&path).expect("readable");
        let name = path.to_string_lossy().to_string();
        let Ok(code) = compile(&String::from_utf8_lossy(&source), &name, Mode::Exec) else { continue };
        let file = cache_file::write(&code, &source);
        let back = cache_file::read(&file, &source, &name).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, *code, "{name}");
        compiled += 1;
    }
    assert!(compiled > 300, "only {compiled} sources compiled");
}

#[test]
fn moved_source_renames_every_code_object() {
    let source = b"def f():\n    def g():\n        return 1\n    return g\n";
    let code = compile(std::str::from_utf8(source).unwrap(), "/old/m.py", Mode::Exec).unwrap();
    let back = cache_file::read(&cache_file::write(&code, source), source, "/new/m.py").unwrap();
    let renamed = compile(std::str::from_utf8(source).unwrap(), "/new/m.py", Mode::Exec).unwrap();
    assert_eq!(back, *renamed);
}

#[test]
fn other_source_and_other_files_are_refused() {
    let source = b"x = 1\n";
    let code = compile("x = 1\n", "m.py", Mode::Exec).unwrap();
    let file = cache_file::write(&code, source);
    // Same length, same second: only the content differs.
    assert_eq!(cache_file::read(&file, b"x = 2\n", "m.py"), Err(Refusal::Stale));
    assert_eq!(cache_file::read(&file, b"x = 1\n\n", "m.py"), Err(Refusal::Stale));
    assert_eq!(cache_file::read(b"", source, "m.py"), Err(Refusal::Foreign));
    assert_eq!(cache_file::read(b"\x6f\x0d\x0d\x0a\0\0\0\0", source, "m.py"), Err(Refusal::Foreign));
    let mut other_build = file.clone();
    other_build[4] ^= 1;
    assert_eq!(cache_file::read(&other_build, source, "m.py"), Err(Refusal::Foreign));
}

/// Flip, truncate and overwrite bytes everywhere in a real module's cache file: each result is
/// refused or decodes to exactly the original (never a panic, never different code).
#[test]
fn damaged_files_are_refused() {
    let source = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/bank.py")).unwrap();
    let code = compile(&String::from_utf8_lossy(&source), "bank.py", Mode::Exec).unwrap();
    let file = cache_file::write(&code, &source);
    for cut in 0..file.len() {
        assert!(cache_file::read(&file[..cut], &source, "bank.py").is_err());
    }
    for i in 0..file.len() {
        for mask in [0x01u8, 0x80, 0xff] {
            let mut bad = file.clone();
            bad[i] ^= mask;
            if let Ok(back) = cache_file::read(&bad, &source, "bank.py") {
                assert_eq!(back, *code, "byte {i} ^ {mask:#x} decoded to other code");
            }
        }
    }
}

/// The structural checks catch code that decodes but would index past a table or underflow the stack
/// (a file whose payload hash was recomputed by hand).
#[test]
fn inconsistent_code_is_refused_by_the_checks() {
    use ferrython_compiler::Instruction;
    let base = (*compile("x = 1\n", "m.py", Mode::Exec).unwrap()).clone();
    let mut bad_const = base.clone();
    bad_const.instructions[0] = Instruction::LoadConst(99);
    assert!(cache_file::check(&bad_const).is_err());
    let mut bad_jump = base.clone();
    bad_jump.instructions[0] = Instruction::Jump(1000);
    assert!(cache_file::check(&bad_jump).is_err());
    let mut underflow = base.clone();
    underflow.instructions[0] = Instruction::BinaryOp(ferrython_compiler::bytecode::BinaryOperator::Add);
    assert!(cache_file::check(&underflow).is_err());
    let mut short_locations = base.clone();
    short_locations.locations.pop();
    assert!(cache_file::check(&short_locations).is_err());
    assert_eq!(cache_file::check(&base), Ok(()));
}
