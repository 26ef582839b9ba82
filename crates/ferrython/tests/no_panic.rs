//! No Rust panic is reachable from a source file: run `ferrython` on mutants of every conformance case
//! (single files, and one file of a multi-file case's program or its modules; lines deleted,
//! duplicated, swapped, truncated, characters replaced) and check that each run ends as a Python
//! program does (any exit status, or a timeout of a program that now loops) and never with
//! a panic or a signal.
//!
//! The mutants come from a fixed-seed generator, so a failure names a reproducible mutant; set
//! `FERRYTHON_MUTANTS=N` to run more of them.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "+",
    "*",
    "**",
    "-",
    "/",
    "%",
    "<",
    ">",
    "!",
    "not ",
    "lambda ",
    "yield ",
    "return ",
    "await ",
    "*a",
    "**k",
    "'",
    "\"",
    "\"\"\"",
    "\\",
    "\t",
    "\n",
    "    ",
    "def ",
    "class ",
    "if ",
    "else",
    "try:",
    "finally:",
    "except:",
    "with ",
    "del ",
    "global x",
    "nonlocal x",
    "import ",
    "from . import x",
    "@",
    "f'{",
    "}'",
    "0x",
    "1e999",
    "9",
    "_",
    "é",
    "\u{0}",
    "async ",
    "match x:\n case 1: pass\n",
    "raise",
    "assert ",
    ";",
    "...",
    "None",
    "__class__",
    "super()",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = src.lines().map(|l| l.to_string()).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    for _ in 0..1 + rng.below(3) {
        let n = lines.len();
        match rng.below(6) {
            0 if n > 1 => {
                lines.remove(rng.below(n));
            }
            1 => {
                let l = lines[rng.below(n)].clone();
                lines.insert(rng.below(n + 1), l);
            }
            2 if n > 1 => {
                let (a, b) = (rng.below(n), rng.below(n));
                lines.swap(a, b);
            }
            3 => {
                let i = rng.below(n);
                let chars: Vec<char> = lines[i].chars().collect();
                let cut = rng.below(chars.len() + 1);
                lines[i] = chars[..cut].iter().collect();
                lines.truncate(i + 1);
            }
            _ => {
                let i = rng.below(n);
                let chars: Vec<char> = lines[i].chars().collect();
                let at = rng.below(chars.len() + 1);
                let piece = PIECES[rng.below(PIECES.len())];
                let mut s: String = chars[..at].iter().collect();
                s.push_str(piece);
                let skip = rng.below(3).min(chars.len() - at);
                s.extend(&chars[at + skip..]);
                lines[i] = s;
            }
        }
    }
    lines.join("\n") + "\n"
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

/// Every `.py` file under `dir`, relative to it.
fn py_files(dir: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let name = rel.join(entry.file_name());
        if path.is_dir() {
            py_files(&path, &name, out);
        } else if path.extension().is_some_and(|x| x == "py") {
            out.push(name);
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("copy dir");
    for entry in std::fs::read_dir(from).expect("readable case").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copy file");
        }
    }
}

#[test]
fn mutants_never_panic() {
    // Single-file cases, and folder cases (a program with its modules and packages: one of their
    // files is mutated, so damaged modules are imported, reloaded and cached too).
    let mut cases: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("tests/cases exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py") || p.join("main.py").is_file())
        .collect();
    cases.sort();
    let total: usize = std::env::var("FERRYTHON_MUTANTS").ok().and_then(|v| v.parse().ok()).unwrap_or(600);
    let dir = std::env::temp_dir().join(format!("ferrython-mutants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    for k in 0..total {
        let case = &cases[rng.below(cases.len())];
        let name = case.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let (script, cwd, mutated) = if case.is_dir() {
            let copy = dir.join(format!("f{k}"));
            copy_tree(case, &copy);
            let mut files = Vec::new();
            py_files(&copy, Path::new(""), &mut files);
            files.sort();
            let target = copy.join(&files[rng.below(files.len())]);
            (copy.join("main.py"), copy, target)
        } else {
            let path = dir.join(format!("m{k}.py"));
            std::fs::copy(case, &path).expect("copy case");
            (path.clone(), dir.clone(), path)
        };
        let src = std::fs::read_to_string(&mutated).unwrap_or_default();
        let mutant = mutate(&src, &mut rng);
        std::fs::write(&mutated, &mutant).expect("write mutant");
        if let Some(problem) = run(&script, &cwd) {
            let file = mutated.strip_prefix(&dir).unwrap_or(&mutated).display().to_string();
            failures.push(format!("mutant {k} of {name} ({file}): {problem}\n--- source ---\n{mutant}"));
        }
        if cwd == dir {
            let _ = std::fs::remove_file(&script);
        } else {
            let _ = std::fs::remove_dir_all(&cwd);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{} mutants crashed:\n{}", failures.len(), failures.join("\n"));
}

/// Run one mutant; `Some(description)` when it ended like a crash.
fn run(path: &Path, cwd: &Path) -> Option<String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ferrython"))
        .arg(path)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ferrython");
    let mut stderr = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.by_ref().take(1 << 20).read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).to_string()
    });
    let start = Instant::now();
    let status = loop {
        if let Ok(Some(s)) = child.try_wait() {
            break Some(s);
        }
        if start.elapsed() > Duration::from_secs(3) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let err = reader.join().unwrap_or_default();
    if err.contains("panicked at") {
        return Some(format!("panic: {}", err.lines().find(|l| l.contains("panicked")).unwrap_or("")));
    }
    match status {
        None => None,
        // Any exit status is a Python outcome (`sys.exit(n)`); only a signal is a crash.
        Some(s) => match s.code() {
            Some(_) => None,
            None => Some(format!("killed by a signal ({s:?})")),
        },
    }
}
