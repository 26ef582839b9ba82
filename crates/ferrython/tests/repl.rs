//! The interactive prompt, typed at through a pseudo-terminal as a person types, and compared screen
//! for screen with what CPython 3.11's prompt showed for the same keys.
//!
//! Each `tests/repl/sessions/NAME.session` says what the person does, one step per line:
//!
//! ```text
//! # a comment
//! args -q                the interpreter's arguments (before the first step; none by default)
//! env NAME=VALUE         an environment variable for the interpreter
//! ignore REASON          don't run it against Ferrython yet (it is still recorded)
//! file NAME              write NAME in the working directory: the `|` lines that follow, less
//! | text                 their `| ` (edits between typed lines, as the article makes them)
//! type KEYS              type KEYS and Enter, then wait for the next prompt (or for the exit)
//! press KEYS             type KEYS, then wait for the next prompt (or for the exit)
//! send KEYS              type KEYS, and wait until the screen has stopped changing
//! run KEYS               type KEYS and Enter, wait until the line is taken and a moment more
//!                        (for code that keeps running)
//! exit                   wait for the interpreter to exit
//! restart                start it again, in the same directory with the same HOME
//! ```
//!
//! KEYS is text with `<tab>`, `<up>`, `<ctrl-c>`, `<enter>` ... for other keys (`terminal::keys`).
//! Every run has a fresh temporary directory holding `work/` (the working directory) and `home/`
//! (HOME, so history files start empty), `TERM=xterm`, `INPUTRC=/dev/null` and no other `PYTHON*`
//! variable than `PYTHONDONTWRITEBYTECODE=1`.
//!
//! The transcript of a session is the screen of each run followed by `[exit status N]`, with the
//! temporary directory's path written `<tmp>` and the banner lines written `[banner]`: CPython's
//! two lines name its build and Ferrython's one line differs on purpose (`docs/divergences.md`), so
//! it is checked by itself here. `NAME.screen` is CPython's transcript, recorded with
//! `FERRYTHON_REPL_RECORD=1 cargo test --release -p ferrython --test repl [-- NAME]`, which runs
//! the real `python3` (3.11) through every session twice and refuses transcripts that differ or
//! mention a path of this machine. Never edit a `.screen` by hand.

#[path = "repl/terminal.rs"]
mod terminal;

use std::path::{Path, PathBuf};
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};
use terminal::{Terminal, keys};

enum Step {
    File { name: String, text: String },
    Type(String),
    Press(String),
    Send(String),
    Run(String),
    Exit,
    Restart,
}

struct Session {
    name: String,
    path: PathBuf,
    args: Vec<String>,
    env: Vec<(String, String)>,
    ignore: Option<String>,
    steps: Vec<Step>,
}

fn sessions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl/sessions")
}

fn parse(name: &str, path: &Path) -> Result<Session, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut session =
        Session { name: name.to_string(), path: path.to_path_buf(), args: Vec::new(), env: Vec::new(), ignore: None, steps: Vec::new() };
    for (n, line) in text.lines().enumerate() {
        let bad = |what: &str| format!("{}:{}: {what}", path.display(), n + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(content) = line.strip_prefix('|') {
            let Some(Step::File { text, .. }) = session.steps.last_mut() else {
                return Err(bad("a `|` line outside a `file` step"));
            };
            text.push_str(content.strip_prefix(' ').unwrap_or(content));
            text.push('\n');
            continue;
        }
        let (verb, rest) = line.split_once(' ').unwrap_or((line, ""));
        let step = match verb {
            "args" => {
                session.args = rest.split_whitespace().map(str::to_string).collect();
                continue;
            }
            "env" => {
                let (k, v) = rest.split_once('=').ok_or_else(|| bad("`env NAME=VALUE`"))?;
                session.env.push((k.to_string(), v.to_string()));
                continue;
            }
            "ignore" => {
                session.ignore = Some(rest.to_string());
                continue;
            }
            "file" => Step::File { name: rest.to_string(), text: String::new() },
            "type" => Step::Type(rest.to_string()),
            "press" => Step::Press(rest.to_string()),
            "send" => Step::Send(rest.to_string()),
            "run" => Step::Run(rest.to_string()),
            "exit" => Step::Exit,
            "restart" => Step::Restart,
            _ => return Err(bad(&format!("unknown step `{verb}`"))),
        };
        session.steps.push(step);
    }
    Ok(session)
}

/// A temporary directory holding the session's `work/` and `home/`, removed afterwards.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Result<Scratch, String> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("ferrython-repl-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for sub in ["work", "home"] {
            std::fs::create_dir_all(dir.join(sub)).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Which interpreter a session runs: its banner lines are replaced by `[banner]`.
#[derive(Clone, Copy, PartialEq)]
enum Interpreter {
    CPython,
    Ferrython,
}

/// Run `session` with `program` and return its transcript.
fn transcript(session: &Session, program: &Path, who: Interpreter) -> Result<String, String> {
    let scratch = Scratch::new(&session.name)?;
    let work = scratch.0.join("work");
    let env: Vec<(String, String)> = [
        ("PATH", std::env::var("PATH").unwrap_or_default()),
        ("HOME", scratch.0.join("home").to_string_lossy().into_owned()),
        ("TERM", "xterm".to_string()),
        ("LANG", "C.UTF-8".to_string()),
        ("LC_ALL", "C.UTF-8".to_string()),
        ("INPUTRC", "/dev/null".to_string()),
        ("PYTHONDONTWRITEBYTECODE", "1".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .chain(session.env.iter().cloned())
    .collect();
    // Files written before the first key exist when the interpreter starts (a script for `-i`).
    let leading = session.steps.iter().take_while(|s| matches!(s, Step::File { .. })).count();
    for step in &session.steps[..leading] {
        if let Step::File { name, text } = step {
            std::fs::write(work.join(name), text).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    let mut screens = Vec::new();
    let mut term = Terminal::spawn(program, &session.args, &work, &env)?;
    let mut running = true;
    term.wait_for_prompt(None)?;
    for step in &session.steps[leading..] {
        match step {
            Step::File { name, text } => std::fs::write(work.join(name), text).map_err(|e| format!("{name}: {e}"))?,
            Step::Type(k) | Step::Press(k) | Step::Send(k) | Step::Run(k) => {
                let mut bytes = keys(k)?;
                if matches!(step, Step::Type(_) | Step::Run(_)) {
                    bytes.push(b'\r');
                }
                let row = term.cursor_row();
                term.send(&bytes)?;
                match step {
                    Step::Type(_) | Step::Press(_) => term.wait_for_prompt(Some(row))?,
                    Step::Run(_) => term.wait_for_new_row(row, Duration::from_millis(1000))?,
                    // A person looks at what they typed before the next key.
                    _ => term.wait_for_quiet(Duration::from_millis(150)),
                }
            }
            Step::Exit => {
                let status = term.wait_for_exit()?;
                screens.push(format!("{}\n[exit status {status}]", strip_banner(&term.text(), who)?));
                running = false;
            }
            Step::Restart => {
                if running {
                    return Err("`restart` before `exit`".into());
                }
                term = Terminal::spawn(program, &session.args, &work, &env)?;
                term.wait_for_prompt(None)?;
                running = true;
            }
        }
    }
    if running {
        return Err("the session must end with `exit`".into());
    }
    drop(term);
    let text = screens.join("\n");
    Ok(replace_path(&scratch.0, "<tmp>", text))
}

/// Replace the banner at the top of a screen by `[banner]`; Ferrython's must read exactly
/// `Ferrython <version> (Python 3.11.7) on linux`.
fn strip_banner(screen: &str, who: Interpreter) -> Result<String, String> {
    let lines: Vec<&str> = screen.split('\n').collect();
    let banner_len = match who {
        Interpreter::CPython if lines.len() >= 2 && lines[0].starts_with("Python 3.11") && lines[1].starts_with("Type \"help\"") => 2,
        Interpreter::Ferrython if lines[0].starts_with("Ferrython ") => {
            let expected = format!("Ferrython {} (Python 3.11.7) on linux", env!("CARGO_PKG_VERSION"));
            if lines[0] != expected {
                return Err(format!("the banner reads {:?}, not {expected:?}", lines[0]));
            }
            1
        }
        _ => 0,
    };
    if banner_len == 0 {
        return Ok(screen.to_string());
    }
    Ok(std::iter::once("[banner]").chain(lines[banner_len..].iter().copied()).collect::<Vec<_>>().join("\n"))
}

fn replace_path(path: &Path, with: &str, mut text: String) -> String {
    let mut forms = vec![path.to_string_lossy().into_owned()];
    if let Ok(real) = path.canonicalize() {
        forms.push(real.to_string_lossy().into_owned());
    }
    forms.sort_by_key(|p| std::cmp::Reverse(p.len()));
    for form in forms {
        text = text.replace(&form, with);
    }
    text
}

/// The real CPython executable (not a shim), which must be 3.11.
fn cpython() -> Result<PathBuf, String> {
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys; print(sys.executable); print(sys.version_info[:2] == (3, 11))"])
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    match text.lines().collect::<Vec<_>>()[..] {
        [exe, "True"] => Ok(PathBuf::from(exe)),
        _ => Err(format!("python3 is not CPython 3.11: {text}")),
    }
}

fn record(session: &Session) -> Result<(), Failed> {
    let python = cpython()?;
    let first = transcript(session, &python, Interpreter::CPython)?;
    let second = transcript(session, &python, Interpreter::CPython)?;
    if first != second {
        return Err(format!("CPython's two runs differ: redesign the session\n{}", diff(&first, &second)).into());
    }
    let home = std::env::var("HOME").unwrap_or_default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).to_string_lossy().into_owned();
    let prefix = python.parent().and_then(Path::parent).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    for path in [home, root, prefix] {
        if path.len() > 1 && first.contains(&path) {
            return Err(format!("the transcript mentions {path}, a path of this machine").into());
        }
    }
    std::fs::write(session.path.with_extension("screen"), format!("{first}\n")).map_err(|e| e.to_string())?;
    Ok(())
}

fn check(session: &Session) -> Result<(), Failed> {
    let expected_path = session.path.with_extension("screen");
    let expected =
        std::fs::read_to_string(&expected_path).map_err(|e| format!("{}: {e} (record it with FERRYTHON_REPL_RECORD=1)", expected_path.display()))?;
    let actual = transcript(session, Path::new(env!("CARGO_BIN_EXE_ferrython")), Interpreter::Ferrython)?;
    let actual = format!("{actual}\n");
    if actual != expected {
        return Err(format!("the screen differs from CPython's (-cpython +ferrython):\n{}", diff(&expected, &actual)).into());
    }
    Ok(())
}

fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual).unified_diff().context_radius(3).to_string()
}

fn main() {
    let args = Arguments::from_args();
    let recording = std::env::var_os("FERRYTHON_REPL_RECORD").is_some_and(|v| !v.is_empty());
    let mut paths: Vec<PathBuf> = std::fs::read_dir(sessions_dir())
        .expect("tests/repl/sessions")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "session"))
        .collect();
    paths.sort();
    let trials = paths
        .into_iter()
        .map(|path| {
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            let session = parse(&name, &path);
            let ignored = !recording && session.as_ref().is_ok_and(|s| s.ignore.is_some());
            Trial::test(name, move || {
                let session = session?;
                if recording { record(&session) } else { check(&session) }
            })
            .with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
