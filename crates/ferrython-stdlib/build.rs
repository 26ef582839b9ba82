//! Embeds the Python-written standard library (`lib/`) in the crate as frozen modules: writes
//! `frozen.rs` into `OUT_DIR`, a table of `(module name, is package, source)` with every source
//! `include_str!`-ed, so the binary needs no files beside it (CPython's frozen stdlib modules).

use std::fmt::Write as _;
use std::path::Path;

/// The modules under `dir`, as `(dotted name, is package, file)`: `x.py` is module `x`, a folder
/// with an `__init__.py` is package `x` and its contents are its submodules.
fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, bool, std::path::PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
        if path.is_dir() {
            let init = path.join("__init__.py");
            if init.is_file() {
                let name = format!("{prefix}{stem}");
                out.push((name.clone(), true, init));
                collect(&path, &format!("{name}."), out);
            }
        } else if path.extension().is_some_and(|e| e == "py") && stem != "__init__" {
            out.push((format!("{prefix}{stem}"), false, path));
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    let mut modules = Vec::new();
    collect(&lib, "", &mut modules);
    let mut table = String::from("pub static FROZEN: &[(&str, bool, &str)] = &[\n");
    for (name, is_package, file) in &modules {
        writeln!(table, "    ({name:?}, {is_package}, include_str!({:?})),", file.display().to_string()).unwrap();
    }
    table.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("frozen.rs");
    std::fs::write(out, table).unwrap();
    // Cargo scans the whole folder: an edited, new or removed file reruns this script.
    println!("cargo:rerun-if-changed=lib");
}
