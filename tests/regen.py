#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance cases with CPython 3.11.

Usage:
    python3 tests/regen.py                 # every case and every example
    python3 tests/regen.py int_bigint ...  # only the named cases
    python3 tests/regen.py examples/bank   # an example program

A case is `tests/cases/<name>.py` (or `<name>.cmd`, see below), or a folder
`tests/cases/<name>/` holding a `main.py` and the modules or packages it imports
(a multi-file case), or holding only modules and packages when a `<name>.cmd`
beside it says how to run them (`-m` then `pkg`, say). For each case this
script runs the real CPython executable (`sys.executable`, not the pyenv shim)
exactly the way the Rust harness (`crates/ferrython/tests/conformance.rs`) runs
`ferrython`, and writes what CPython did next to the case:

    <name>.out   standard output, bytes as printed
    <name>.err   standard error, bytes as printed
    <name>.code  exit status, as a decimal number and a newline

How a case is run (keep this in step with conformance.rs):
  * cwd is the case's folder (`tests/cases`, or `examples` for examples);
  * arguments: the lines of `<name>.cmd` if it exists (one argument per line, used
    instead of the script name: `-c` then the code, for instance), otherwise
    `<name>.py` followed by the lines of `<name>.args` if that exists;
  * stdin: the file `<name>.stdin` if it exists, otherwise empty (/dev/null);
  * environment: the inherited one without any PYTHON* variable, plus the fixed
    values in ENV below;
  * a timeout of TIMEOUT seconds.

A folder case is copied to a fresh temporary directory before each run, which is
its cwd; the arguments are the lines of `<name>.cmd` if it exists, otherwise
`main.py` then the lines of `<name>.args`, and its expectations (and `.cmd`,
`.args`, `.stdin`) sit beside the folder. A program may rewrite
its modules (reload cases) without touching the checked-in files, and every run
starts from the same files. CPython prints absolute module paths (`__file__`,
module reprs, tracebacks), so in both outputs the temporary directory's absolute
path (as given and with symlinks resolved) is replaced by CASE_PLACEHOLDER:
expectations read `<module 'm' from '<case>/m.py'>`.

Some messages name the interpreter by its absolute path (`python3 -m x` fails with
`<sys.executable>: No module named x`). So in both outputs, before anything else,
the absolute path of the interpreter that was run (as given and with symlinks
resolved) is replaced by EXECUTABLE_PLACEHOLDER: expectations read
`<python>: No module named x`.

CPython puts the absolute path of the script in tracebacks (`File "/abs/dir/x.py"`),
which differs from machine to machine. So in both stdout and stderr the absolute
path of the case's folder followed by a slash is removed, here and in the harness
alike: expectations read `File "x.py", line N`, and an interpreter that prints
either the absolute or the relative script path matches them.

Every case is run twice and must print the same both times (no hash-order, time,
address or path dependence), must not leave files behind, and its stderr must not
mention an absolute path of this machine. Any violation is an error: redesign the
case rather than hand-edit the expectation files.
"""

import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITES = {
    # test-name prefix -> folder holding the sources and their expectations
    "": os.path.join(ROOT, "tests", "cases"),
    "examples/": os.path.join(ROOT, "examples"),
}
EXPECTATION_SUFFIXES = (".out", ".err", ".code")
INPUT_SUFFIXES = (".py", ".cmd", ".args", ".stdin")
ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONIOENCODING": "utf-8",
    "LC_ALL": "C.UTF-8",
    "FERRYTHON_CONFORMANCE": "1",
}
TIMEOUT = 20
CASE_PLACEHOLDER = b"<case>"
EXECUTABLE_PLACEHOLDER = b"<python>"


def read_lines(path):
    """One argument per line; the final newline does not start another argument."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def is_folder_case(folder, stem):
    """A folder holding a `main.py`, or with a `<stem>.cmd` beside it."""
    case = os.path.join(folder, stem)
    return os.path.isdir(case) and (os.path.isfile(os.path.join(case, "main.py"))
                                    or os.path.isfile(case + ".cmd"))


def discover():
    """Map test name -> (folder, stem) for every case and example."""
    found = {}
    for prefix, folder in SUITES.items():
        if not os.path.isdir(folder):
            continue
        for entry in sorted(os.listdir(folder)):
            stem, ext = os.path.splitext(entry)
            if ext in (".py", ".cmd") or (ext == "" and is_folder_case(folder, entry)):
                found[prefix + stem] = (folder, stem)
    return found


def command_line(folder, stem):
    cmd = os.path.join(folder, stem + ".cmd")
    if os.path.exists(cmd):
        return read_lines(cmd)
    script = "main.py" if is_folder_case(folder, stem) else stem + ".py"
    argv = [script]
    args = os.path.join(folder, stem + ".args")
    if os.path.exists(args):
        argv += read_lines(args)
    return argv


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(ENV)
    return env


def run_once(folder, stem):
    if is_folder_case(folder, stem):
        copy = tempfile.mkdtemp(prefix="ferrython-case-")
        try:
            shutil.copytree(os.path.join(folder, stem), copy, dirs_exist_ok=True)
            out, err, code = run_in(folder, stem, copy)
        finally:
            shutil.rmtree(copy, ignore_errors=True)
        return placeholder(copy, out), placeholder(copy, err), code
    out, err, code = run_in(folder, stem, folder)
    return normalize(folder, out), normalize(folder, err), code


def run_in(folder, stem, cwd):
    stdin_path = os.path.join(folder, stem + ".stdin")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        proc = subprocess.run(
            [sys.executable] + command_line(folder, stem),
            cwd=cwd,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment(),
            timeout=TIMEOUT,
        )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return executable(proc.stdout), executable(proc.stderr), proc.returncode


def replace_path(path, replacement, data):
    """Replace `path`, as given and with symlinks resolved, by `replacement`."""
    for p in sorted({os.path.realpath(path), os.path.abspath(path)}, key=len, reverse=True):
        data = data.replace(p.encode(), replacement)
    return data


def executable(data):
    """Replace the interpreter's absolute path (see the module docstring)."""
    return replace_path(sys.executable, EXECUTABLE_PLACEHOLDER, data)


def placeholder(copy, data):
    """Replace the temporary copy's absolute path (see the module docstring)."""
    return replace_path(copy, CASE_PLACEHOLDER, data)


def normalize(folder, data):
    """Drop the absolute path of the case folder (see the module docstring)."""
    for path in {os.path.realpath(folder), os.path.abspath(folder)}:
        data = data.replace((path + os.sep).encode(), b"")
    return data


def machine_paths():
    """Absolute paths that must never appear in an expectation."""
    paths = {ROOT, os.path.dirname(sys.executable), sys.prefix, sys.base_prefix,
             os.path.expanduser("~")}
    return sorted((p for p in paths if p and p != "/"), key=len, reverse=True)


def regenerate(name, folder, stem):
    """Run one case twice and write its expectations; return a list of problems."""
    first = run_once(folder, stem)
    second = run_once(folder, stem)
    problems = []
    if first != second:
        problems.append(f"{name}: two runs differ (nondeterministic case)")
    out, err, code = first
    if code < 0:
        problems.append(f"{name}: CPython died of signal {-code}")
    for path in machine_paths():
        for label, data in (("stdout", out), ("stderr", err)):
            if path.encode() in data:
                problems.append(f"{name}: {label} mentions the machine path {path!r}")
    base = os.path.join(folder, stem)
    for suffix, data in ((".out", out), (".err", err), (".code", f"{code}\n".encode())):
        with open(base + suffix, "wb") as f:
            f.write(data)
    return problems


def listing():
    return {prefix: set(os.listdir(folder)) for prefix, folder in SUITES.items()
            if os.path.isdir(folder)}


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"regen.py must run under CPython 3.11, not {sys.version.split()[0]}")
    cases = discover()
    names = argv or sorted(cases)
    unknown = [n for n in names if n not in cases]
    if unknown:
        sys.exit("unknown case(s): " + ", ".join(unknown))

    before = listing()
    problems = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = {pool.submit(regenerate, n, *cases[n]): n for n in names}
        for future in concurrent.futures.as_completed(futures):
            try:
                problems += future.result()
            except subprocess.TimeoutExpired:
                problems.append(f"{futures[future]}: timed out after {TIMEOUT} s")
    after = listing()

    # Files a case created and did not remove (expectation files are expected).
    for prefix, names_after in after.items():
        for entry in sorted(names_after - before.get(prefix, set())):
            if not entry.endswith(EXPECTATION_SUFFIXES):
                problems.append(f"{prefix or 'cases/'}{entry}: left behind by a case")

    for p in sorted(problems):
        print("error:", p, file=sys.stderr)
    print(f"regenerated {len(names)} case(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
