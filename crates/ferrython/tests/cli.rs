//! Command-line behaviour that the CPython-recorded corpus cannot check, because Ferrython must differ
//! from CPython there on purpose (its name) or because the output names the executable.

use std::process::{Command, Output};

fn ferrython(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ferrython")).args(args).output().expect("run ferrython")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn version_flag_prints_the_python_version_implemented() {
    let out = ferrython(&["-V"]);
    assert_eq!(text(&out.stdout), "Python 3.11.7\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn sys_reports_ferrython_implementing_3_11() {
    let out = ferrython(&["-c", "import sys; print(sys.implementation.name, sys.version_info[:2], sys.version_info.major)"]);
    assert_eq!(text(&out.stdout), "ferrython (3, 11) 3\n");
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn missing_script_is_exit_status_2_with_cpythons_message() {
    let out = ferrython(&["/nonexistent/script.py"]);
    assert_eq!(out.status.code(), Some(2));
    let exe = env!("CARGO_BIN_EXE_ferrython");
    assert_eq!(text(&out.stderr), format!("{exe}: can't open file '/nonexistent/script.py': [Errno 2] No such file or directory\n"));
}

#[test]
fn dis_prints_the_compilers_disassembly() {
    let dir = std::env::temp_dir().join(format!("ferrython-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("d.py");
    let path = file.to_str().expect("utf-8 path").to_string();
    let source = "def f(a, b=2):\n    return a + b\nprint(f(1))\n";
    std::fs::write(&file, source).expect("write");
    let out = ferrython(&["--dis", &path]);
    let _ = std::fs::remove_dir_all(&dir);
    let code = ferrython_compiler::compile(source, &path, ferrython_compiler::Mode::Exec).expect("compiles");
    assert_eq!(text(&out.stdout), ferrython_compiler::disassemble(&code));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn unknown_options_are_usage_errors_worded_as_cpython() {
    let exe = env!("CARGO_BIN_EXE_ferrython");
    let usage = format!("usage: {exe} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ferrython -h' for more information.\n");
    let out = ferrython(&["--no-such-option"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), format!("unknown option --no-such-option\n{usage}"));
    let out = ferrython(&["-Z"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), format!("Unknown option: -Z\n{usage}"));
    let out = ferrython(&["-c"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), format!("Argument expected for the -c option\n{usage}"));
}

/// A fresh temporary directory for one test, removed when dropped.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("ferrython-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir.canonicalize().expect("canonical temp dir"))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn dash_m_errors_name_sys_executable_as_runpy_does() {
    // runpy reports `"%s: %s" % (sys.executable, exc)`; the corpus sees it as `<python>`.
    let exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_ferrython")).expect("binary path");
    let dir = TempDir::new("dash-m-missing");
    let out = Command::new(env!("CARGO_BIN_EXE_ferrython")).args(["-m", "no_such_module"]).current_dir(&dir.0).output().expect("run ferrython");
    assert_eq!(text(&out.stderr), format!("{}: No module named no_such_module\n", exe.display()));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(out.status.code(), Some(1));
    let usage = format!(
        "usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ferrython -h' for more information.\n",
        env!("CARGO_BIN_EXE_ferrython")
    );
    let out = ferrython(&["-m"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), format!("Argument expected for the -m option\n{usage}"));
}

#[test]
fn dash_m_puts_the_working_directory_then_pythonpath_on_sys_path() {
    // The corpus runs without PYTHON* variables, so PYTHONPATH is checked here.
    let dir = TempDir::new("dash-m-path");
    std::fs::write(dir.0.join("show_path.py"), "import sys\nprint(sys.path[:3])\n").expect("write module");
    let out = Command::new(env!("CARGO_BIN_EXE_ferrython"))
        .args(["-m", "show_path"])
        .current_dir(&dir.0)
        .env("PYTHONPATH", "/first/entry:/second/entry")
        .output()
        .expect("run ferrython");
    assert_eq!(text(&out.stderr), "");
    assert_eq!(text(&out.stdout), format!("['{}', '/first/entry', '/second/entry']\n", dir.0.display()));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn pythonpath_entries_are_made_absolute_and_normalised_as_cpython_does() {
    // CPython's getpath: `abspath(entry)` for each entry in order, an empty entry being the current
    // directory. The corpus runs without PYTHON* variables, so this asks python3 itself.
    let dir = TempDir::new("pythonpath");
    std::fs::write(dir.0.join("p.py"), "import sys\nprint(sys.path[:7])\n").expect("write script");
    let run = |exe: &str, flags: &[&str]| {
        let out = Command::new(exe)
            .args(flags)
            .arg("p.py")
            .current_dir(&dir.0)
            .env("PYTHONPATH", ":/a::/b/:rel:/c/../d/.")
            .output()
            .unwrap_or_else(|e| panic!("run {exe}: {e}"));
        assert_eq!(text(&out.stderr), "", "{exe}");
        text(&out.stdout)
    };
    let ours = run(env!("CARGO_BIN_EXE_ferrython"), &[]);
    assert_eq!(ours, run("python3", &["-S"]));
    assert!(ours.contains("'/a'") && ours.contains("/rel'") && ours.ends_with("'/d']\n"), "{ours}");
}

/// Run `exe args` in `cwd` with `stdin` as standard input and PYTHON* variables removed; the output
/// with the executable's path replaced by `EXE` (CPython names itself in usage errors).
fn run_like(exe: &str, args: &[&str], stdin: &[u8], cwd: &std::path::Path) -> (String, String, Option<i32>) {
    use std::io::Write;
    let mut cmd = Command::new(exe);
    cmd.args(args).current_dir(cwd).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    for (k, _) in std::env::vars() {
        if k.starts_with("PYTHON") {
            cmd.env_remove(k);
        }
    }
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("run {exe}: {e}"));
    child.stdin.take().expect("piped").write_all(stdin).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    let clean = |b: &[u8]| text(b).replace(exe, "EXE").replace("`python -h'", "`EXE -h'").replace("`ferrython -h'", "`EXE -h'");
    (clean(&out.stdout), clean(&out.stderr), out.status.code())
}

fn real_python3() -> String {
    let out = Command::new("python3").args(["-c", "import sys; print(sys.executable)"]).output().expect("python3 on PATH");
    text(&out.stdout).trim().to_string()
}

/// The options CPython accepts parse the same way (combined flags, attached arguments, `--`, `-`,
/// standard input as the program) and have the same visible effects.
#[test]
fn command_line_options_behave_as_in_cpython() {
    let dir = TempDir::new("options");
    std::fs::write(dir.0.join("x.py"), "not python at all\nimport sys\nprint(sys.argv)\nraise ValueError('line 4')\n").expect("write");
    std::fs::write(dir.0.join("s.py"), "import os, sys\nprint(sys.argv, os.getcwd() in sys.path, '' in sys.path)\n").expect("write");
    let program = b"import sys\nprint(sys.argv, repr(sys.path[0]))\nraise KeyError('from stdin')\n";
    let cases: &[(&[&str], &[u8])] = &[
        (&["-x", "x.py", "a"], b""),
        (&["-qBc", "print(1)"], b""),
        (&["-Bcprint(2)", "arg"], b""),
        (&["-W", "ignore", "-Werror", "-c", "import sys; print(sys.warnoptions)"], b""),
        (&["-Xfoo=bar", "-X", "dev", "-c", "import sys; print(sys._xoptions)"], b""),
        (&["-E", "-s", "-S", "-c", "import sys; print(sys.path[0] == '')"], b""),
        (&["-I", "-c", "import sys; print('' in sys.path)"], b""),
        (&["-P", "s.py"], b""),
        (&["-u", "-c", "import sys; print(sys.stdout.write_through, sys.stderr.write_through)"], b""),
        (&["-c", "import sys; print(sys.stdout.write_through, sys.stdout.line_buffering)"], b""),
        (&["--", "s.py", "-c"], b""),
        (&["-S", "-c", "import sys; print(sys.flags, sys.dont_write_bytecode)"], b""),
        (&["-qIuSsbOB", "-Xdev", "-c", "import sys; print(sys.flags, sys.dont_write_bytecode)"], b""),
        (&["-S", "-E", "-P", "-c", "import sys; print(sys.flags)"], b""),
        (&[], program),
        (&["-"], program),
        (&["-", "a", "b"], program),
        (&["-X", "-"], program),
        (&["-z"], b""),
        (&["-Bz"], b""),
        (&["--nope"], b""),
        (&["-W"], b""),
        (&["-X"], b""),
        (&["-c"], b""),
        (&["-m"], b""),
    ];
    let python = real_python3();
    for (args, stdin) in cases {
        let ours = run_like(env!("CARGO_BIN_EXE_ferrython"), args, stdin, &dir.0);
        let theirs = run_like(&python, &[&["-S"], *args].concat(), stdin, &dir.0);
        assert_eq!(ours, theirs, "ferrython {args:?}");
    }
}

#[test]
fn help_lists_the_options_in_pythons_layout() {
    let out = ferrython(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    assert!(help.starts_with(&format!("usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", env!("CARGO_BIN_EXE_ferrython"))));
    for line in [
        "-B     : don't write .pyc files on import",
        "-c cmd : program passed in as string",
        "-m mod : run library module as a script",
        "-u     : force the stdout and stderr streams to be unbuffered",
        "-      : program read from stdin",
    ] {
        assert!(help.contains(line), "--help lacks {line:?}");
    }
    assert_eq!(text(&ferrython(&["-h"]).stdout), help);
    assert_eq!(text(&ferrython(&["-?"]).stdout), help);
}
