//! Conformance corpus: every `tests/cases/<name>.py` (and `examples/<name>.py`) is
//! run through the built `ferrython` binary and its stdout, stderr and exit status
//! are compared byte for byte with what CPython 3.11 printed for it
//! (`<name>.out`, `<name>.err`, `<name>.code`, written by `tests/regen.py`).
//! No `python3` is needed here.
//!
//! A case is run the way `tests/regen.py` runs CPython (keep the two in step):
//! cwd is the case's folder; the arguments are the lines of `<name>.cmd` if it
//! exists, else `<name>.py` followed by the lines of `<name>.args`; stdin is
//! `<name>.stdin` or empty; the environment drops every `PYTHON*` variable and
//! sets [`ENV`]; the process is killed after [`TIMEOUT`]. CPython prints the
//! absolute script path in tracebacks, so both sides drop the absolute path of the
//! case folder plus a slash from stdout and stderr ([`normalize`]). Some messages
//! name the interpreter by its absolute path (`-m`'s `<sys.executable>: No module
//! named x`), so both sides first replace the path of the interpreter they ran (as
//! given and with symlinks resolved) with [`EXECUTABLE_PLACEHOLDER`].
//!
//! A folder `tests/cases/<name>/` of modules and packages is a multi-file case when
//! it holds a `main.py` or has a `<name>.cmd` beside it, with its expectations
//! `<name>.out/.err/.code` (and optional `<name>.cmd`, `<name>.args`, `<name>.stdin`)
//! beside the folder. Before each run the folder is copied to a fresh temporary
//! directory, which is the cwd; the arguments are the lines of
//! `<name>.cmd` if it exists (`-m` then `pkg`, say, and then no `main.py` is
//! needed), else `main.py` then the lines of `<name>.args`. A program may rewrite
//! its own modules (reload cases): the checked-in files never change and runs are
//! independent. CPython prints absolute module paths (`__file__`, module reprs,
//! tracebacks), so both sides replace the temporary directory's absolute path with
//! [`CASE_PLACEHOLDER`]: expectations read `<module 'm' from '<case>/m.py'>`.
//!
//! `tests/cases/XFAIL` names the cases known not to pass yet. Those are run too
//! and must fail: one that passes fails the run ("unexpectedly passed"), so the
//! list can only shrink by fixing the interpreter.
//!
//! `FERRYTHON_BIN=/path/to/python3.11 cargo test ...` runs the corpus through another
//! interpreter instead; with CPython every case must pass (a check of the harness).
//!
//! Every case is its own test: `cargo test -p ferrython --test conformance -- --list`
//! lists them, `-- str_methods` runs the ones whose name contains `str_methods`.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use similar::TextDiff;

/// The same fixed environment `tests/regen.py` gives CPython.
const ENV: &[(&str, &str)] = &[
    ("PYTHONHASHSEED", "0"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
    ("PYTHONIOENCODING", "utf-8"),
    ("LC_ALL", "C.UTF-8"),
    ("FERRYTHON_CONFORMANCE", "1"),
];

/// What the temporary directory of a folder case reads as in both outputs.
const CASE_PLACEHOLDER: &str = "<case>";

/// What the absolute path of the interpreter under test reads as in both outputs.
const EXECUTABLE_PLACEHOLDER: &str = "<python>";

/// A case still running after this is killed and fails.
const TIMEOUT: Duration = Duration::from_secs(20);

/// Diffs longer than this many lines are cut, so one runaway case stays readable.
const MAX_DIFF_LINES: usize = 200;

/// One program with its recorded CPython behaviour.
#[derive(Clone)]
struct Case {
    /// Test name: the file stem for `tests/cases`, `examples/<stem>` for examples.
    name: String,
    /// The folder the case runs in and where its files live.
    dir: PathBuf,
    stem: String,
    /// For a folder case, the folder whose copy the case runs in.
    folder: Option<PathBuf>,
}

impl Case {
    fn file(&self, suffix: &str) -> PathBuf {
        self.dir.join(format!("{}{suffix}", self.stem))
    }

    /// The argument list: `<stem>.cmd` replaces the script name (`<stem>.py`, or a folder
    /// case's `main.py`), `<stem>.args` follows it.
    fn args(&self) -> Result<Vec<String>, Failed> {
        if let Some(lines) = read_lines(&self.file(".cmd"))? {
            return Ok(lines);
        }
        let script = if self.folder.is_some() { "main.py".to_owned() } else { format!("{}.py", self.stem) };
        let mut args = vec![script];
        args.extend(read_lines(&self.file(".args"))?.unwrap_or_default());
        Ok(args)
    }
}

/// What a run produced (or what CPython produced, for the expectation).
#[derive(PartialEq)]
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: String,
}

fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// The interpreter under test: the binary of this crate, unless `FERRYTHON_BIN`
/// names another one (pointing it at CPython checks the corpus and the harness).
fn interpreter() -> PathBuf {
    std::env::var_os("FERRYTHON_BIN").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ferrython")))
}

fn read_lines(path: &Path) -> Result<Option<Vec<String>>, Failed> {
    match fs::read_to_string(path) {
        Ok(text) => {
            let text = text.strip_suffix('\n').unwrap_or(&text);
            Ok(Some(text.split('\n').map(str::to_owned).collect()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display()).into()),
    }
}

/// Every `<stem>.py` or `<stem>.cmd` in `dir`, and every folder `<stem>/` holding a `main.py`
/// or with a `<stem>.cmd` beside it, named `<prefix><stem>`.
fn discover(dir: &Path, prefix: &str) -> Vec<Case> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: std::collections::BTreeMap<String, Option<PathBuf>> = std::collections::BTreeMap::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            if let Some(stem) = path.file_name().and_then(|s| s.to_str())
                && (path.join("main.py").is_file() || dir.join(format!("{stem}.cmd")).is_file())
            {
                found.insert(stem.to_owned(), Some(path.clone()));
            }
            continue;
        }
        let Some(ext) = path.extension().and_then(|e| e.to_str()) else { continue };
        if (ext == "py" || ext == "cmd")
            && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
        {
            found.entry(stem.to_owned()).or_insert(None);
        }
    }
    found.into_iter().map(|(stem, folder)| Case { name: format!("{prefix}{stem}"), dir: dir.to_owned(), stem, folder }).collect()
}

/// A fresh temporary directory holding a copy of a folder case, removed when dropped.
struct CaseCopy {
    path: PathBuf,
}

impl CaseCopy {
    fn new(folder: &Path) -> Result<CaseCopy, Failed> {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("ferrython-case-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        copy_tree(folder, &path).map_err(|e| format!("cannot copy {} to {}: {e}", folder.display(), path.display()))?;
        Ok(CaseCopy { path })
    }
}

impl Drop for CaseCopy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// The names listed in `XFAIL`: one per line, `#` starts a comment.
fn read_xfail(path: &Path) -> BTreeSet<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

fn expected(case: &Case) -> Result<Outcome, Failed> {
    let read = |suffix: &str| {
        fs::read(case.file(suffix)).map_err(|e| {
            Failed::from(format!("missing expectation {}: {e}\nrun `python3 tests/regen.py {}`", case.file(suffix).display(), case.name))
        })
    };
    let code = String::from_utf8_lossy(&read(".code")?).trim().to_owned();
    Ok(Outcome { stdout: read(".out")?, stderr: read(".err")?, code })
}

fn describe_status(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("killed by signal {signal}");
        }
    }
    format!("{status}")
}

/// Run the binary on the case, killing it after [`TIMEOUT`].
fn run(case: &Case) -> Result<Outcome, Failed> {
    let copy = match &case.folder {
        Some(folder) => Some(CaseCopy::new(folder)?),
        None => None,
    };
    let cwd = copy.as_ref().map_or(case.dir.clone(), |c| c.path.clone());
    let mut command = Command::new(interpreter());
    command.args(case.args()?).current_dir(&cwd);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(key);
        }
    }
    command.envs(ENV.iter().copied());
    let stdin = case.file(".stdin");
    command.stdin(match fs::File::open(&stdin) {
        Ok(file) => Stdio::from(file),
        Err(_) => Stdio::null(),
    });
    command.stdout(Stdio::piped()).stderr(Stdio::piped());

    let mut child = command.spawn().map_err(|e| format!("cannot start {}: {e}", interpreter().display()))?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));

    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("wait failed: {e}"))? {
            break Some(status);
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    };
    let (stdout, stderr) = (stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default());
    let (stdout, stderr) = match interpreter() {
        exe if exe.is_absolute() => (replace_path(&exe, EXECUTABLE_PLACEHOLDER, stdout), replace_path(&exe, EXECUTABLE_PLACEHOLDER, stderr)),
        _ => (stdout, stderr),
    };
    let (stdout, stderr) = match &copy {
        Some(copy) => (placeholder(&copy.path, stdout), placeholder(&copy.path, stderr)),
        None => (normalize(&case.dir, stdout), normalize(&case.dir, stderr)),
    };
    let code = match status {
        Some(status) => describe_status(status),
        None => format!("timed out after {} s (killed)", TIMEOUT.as_secs()),
    };
    Ok(Outcome { stdout, stderr, code })
}

/// Replace the absolute path of a folder case's temporary copy by [`CASE_PLACEHOLDER`], as
/// `tests/regen.py` does.
fn placeholder(dir: &Path, data: Vec<u8>) -> Vec<u8> {
    replace_path(dir, CASE_PLACEHOLDER, data)
}

/// Replace `path` (as given and with symlinks resolved) by `with`, as `tests/regen.py` does.
fn replace_path(path: &Path, with: &str, data: Vec<u8>) -> Vec<u8> {
    let mut paths = vec![path.to_path_buf()];
    if let Ok(real) = path.canonicalize() {
        paths.push(real);
    }
    paths.sort_by_key(|p| std::cmp::Reverse(p.as_os_str().len()));
    paths.dedup();
    paths.iter().fold(data, |data, p| replace(&data, p.display().to_string().as_bytes(), with.as_bytes()))
}

/// Remove every occurrence of `<absolute case folder>/`, as `tests/regen.py` does.
fn normalize(dir: &Path, data: Vec<u8>) -> Vec<u8> {
    let prefix = format!("{}/", dir.display()).into_bytes();
    replace(&data, &prefix, b"")
}

/// `data` with every occurrence of `pattern` replaced by `with`.
fn replace(data: &[u8], pattern: &[u8], with: &[u8]) -> Vec<u8> {
    if pattern.len() < 2 || data.len() < pattern.len() {
        return data.to_vec();
    }
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(pattern) {
            out.extend_from_slice(with);
            i += pattern.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

/// A unified diff of one stream, expected (CPython) against actual (Ferrython).
fn diff_stream(out: &mut String, label: &str, expected: &[u8], actual: &[u8]) {
    if expected == actual {
        return;
    }
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let diff = TextDiff::from_lines(expected.as_ref(), actual.as_ref());
    let text = diff
        .unified_diff()
        .context_radius(3)
        .missing_newline_hint(true)
        .header(&format!("{label} (CPython 3.11)"), &format!("{label} (ferrython)"))
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    let _ = writeln!(out, "--- {label} differs:");
    for line in lines.iter().take(MAX_DIFF_LINES) {
        let _ = writeln!(out, "    {line}");
    }
    if lines.len() > MAX_DIFF_LINES {
        let _ = writeln!(out, "    ... {} more diff lines", lines.len() - MAX_DIFF_LINES);
    }
}

/// `None` when the run matches; otherwise a readable account of every difference.
fn compare(case: &Case, expected: &Outcome, actual: &Outcome) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut report = String::new();
    let args = case.args().unwrap_or_default();
    let _ = writeln!(
        report,
        "case {} differs from CPython 3.11\n    (cd {} && ferrython {})",
        case.name,
        case.folder.as_ref().unwrap_or(&case.dir).display(),
        args.iter().map(|a| format!("{a:?}")).collect::<Vec<_>>().join(" ")
    );
    if expected.code != actual.code {
        let _ = writeln!(report, "--- exit status differs: CPython {}, ferrython {}", expected.code, actual.code);
    }
    diff_stream(&mut report, "stdout", &expected.stdout, &actual.stdout);
    diff_stream(&mut report, "stderr", &expected.stderr, &actual.stderr);
    Some(report)
}

fn check(case: &Case, xfail: bool) -> Result<(), Failed> {
    let expected = expected(case)?;
    let actual = run(case)?;
    match (compare(case, &expected, &actual), xfail) {
        (None, false) | (Some(_), true) => Ok(()),
        (Some(report), false) => Err(report.into()),
        (None, true) => Err(format!("{} unexpectedly passed: remove it from tests/cases/XFAIL", case.name).into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = repo_root();
    let cases_dir = root.join("tests/cases");
    let mut cases = discover(&cases_dir, "");
    cases.extend(discover(&root.join("examples"), "examples/"));
    let xfail = read_xfail(&cases_dir.join("XFAIL"));

    let known: BTreeSet<String> = cases.iter().map(|c| c.name.clone()).collect();
    let stale: Vec<String> = xfail.difference(&known).cloned().collect();
    let mut trials = vec![Trial::test("XFAIL_names_existing_cases", move || {
        if stale.is_empty() { Ok(()) } else { Err(format!("tests/cases/XFAIL names no such case: {}", stale.join(", ")).into()) }
    })];
    if cases.is_empty() {
        trials.push(Trial::test("corpus_is_present", move || Err(format!("no cases found in {}", cases_dir.display()).into())));
    }
    trials.extend(cases.into_iter().map(|case| {
        let is_xfail = xfail.contains(&case.name);
        let kind = if is_xfail { "xfail" } else { "" };
        Trial::test(case.name.clone(), move || check(&case, is_xfail)).with_kind(kind)
    }));
    libtest_mimic::run(&args, trials).exit();
}
