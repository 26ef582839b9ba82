#!/usr/bin/env python3
"""Time Ferrython against CPython on the programs in bench/programs/ and on imports.

    python3 bench/run.py [--ferrython PATH] [--runs N] [--timeout S] [--markdown]
                         [--import-modules N] [names...]

For each program the two interpreters are run alternately, N times each (the
one that goes first swaps every round), and the median wall time of each is
reported with the ratio ferrython/CPython. CPython is the real executable of the
python3 running this script (sys.executable, not the python3 shell shim), run
with -S; ferrython is run with no flags. Both must print the same stdout: CPython's
first output is the reference, and a program whose ferrython output differs, or
that fails, is reported as MISMATCH or FAIL and left out of the geometric mean.

import_cold and import_warm time importing a tree of modules written by
gen_import_tree.py into a temporary directory (once per invocation, removed at
the end): cold with no bytecode cache (CPython -S -B, ferrython -B, every
__pycache__ removed before each run), warm from each interpreter's own cache
(CPython's written by compileall, ferrython's by an untimed priming run with
writing enabled). They are not compute programs: the geometric mean leaves them
out, as it does startup.

Exit status: 0 if every program ran and matched, 1 if any FAIL or MISMATCH,
2 for a usage error. Timings are for reading, never for tests.
"""

import argparse
import importlib.util
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_FERRYTHON = os.path.join(REPO_ROOT, "target", "release", "ferrython")
GENERATOR = os.path.join(BENCH_DIR, "gen_import_tree.py")
IMPORT_BENCHES = ["import_cold", "import_warm"]  # not files in programs/: a generated tree
NON_COMPUTE = {"startup", *IMPORT_BENCHES}  # left out of the geometric mean


def available_programs():
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    # start-up and imports last: they are different kinds of figure
    return ([n for n in names if n not in NON_COMPUTE] + [n for n in names if n in NON_COMPUTE]
            + IMPORT_BENCHES)


def resolve_executable(path):
    """An absolute path for PATH (looked up on $PATH if it has no slash), or None."""
    if os.sep not in path:
        found = shutil.which(path)
        return os.path.abspath(found) if found else None
    path = os.path.abspath(path)
    return path if os.path.isfile(path) and os.access(path, os.X_OK) else None


def first_error_line(stderr, returncode):
    """The first stderr line; for a Python traceback, its last line (the exception)."""
    lines = [l.rstrip() for l in stderr.splitlines() if l.strip()]
    if not lines:
        return "exit status %d, no stderr" % returncode
    line = lines[0]
    if line.startswith("Traceback (most recent call last)"):
        line = lines[-1]
    if len(line) > 100:
        line = line[:97] + "..."
    return line


def run_once(argv, timeout, cwd=PROGRAMS_DIR, env=None):
    """Run argv; return (seconds, returncode, stdout, stderr). returncode None on timeout.

    env None means this process's environment.
    """
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None, "", "timed out after %gs" % timeout
    except OSError as e:
        return time.perf_counter() - start, -1, "", "cannot run: %s" % e
    elapsed = time.perf_counter() - start
    return (elapsed, proc.returncode,
            proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def describe_mismatch(expected, got):
    exp, out = expected.splitlines(), got.splitlines()
    for i in range(max(len(exp), len(out))):
        e = exp[i] if i < len(exp) else "<no line>"
        g = out[i] if i < len(out) else "<no line>"
        if e != g:
            return "stdout differs from CPython's at line %d: expected %r, got %r" % (
                i + 1, e[:40], g[:40])
    return "stdout differs from CPython's"


class Result:
    def __init__(self, name):
        self.name = name
        self.fer_times = []
        self.cpy_times = []
        self.fer_status = "ok"   # ok | FAIL | MISMATCH
        self.fer_note = ""
        self.cpy_status = "ok"   # ok | FAIL | NONDETERMINISTIC
        self.cpy_note = ""
        self.reference = None    # CPython's stdout
        self.notes = []          # shown even when both ran correctly

    @property
    def fer_median(self):
        return statistics.median(self.fer_times) if self.fer_status == "ok" and self.fer_times else None

    @property
    def cpy_median(self):
        return statistics.median(self.cpy_times) if self.cpy_status == "ok" and self.cpy_times else None

    @property
    def ratio(self):
        f, c = self.fer_median, self.cpy_median
        return f / c if f is not None and c else None


def bench_program(name, ferrython, cpython, runs, timeout, progress):
    path = os.path.join(PROGRAMS_DIR, name + ".py")
    res = Result(name)
    if ferrython is None:
        res.fer_status, res.fer_note = "FAIL", "ferrython executable not found"
    return alternate(res, [ferrython, path], [cpython, "-S", path], runs, timeout, progress)


def alternate(res, fer_argv, cpy_argv, runs, timeout, progress, cwd=PROGRAMS_DIR,
              fer_env=None, cpy_env=None, before_each=None, after_ferrython=None,
              fer_outputs=None):
    """Run the two argvs alternately, `runs` times each, filling in res.

    before_each() runs, untimed, before every run of either interpreter;
    after_ferrython() after every ferrython run (for checks that add notes).
    fer_outputs: ferrython outputs already seen (a priming run), to be checked too.
    """
    fer_outputs = list(fer_outputs or [])

    def run_cpython():
        if res.cpy_status != "ok":
            return
        if before_each:
            before_each()
        t, rc, out, err = run_once(cpy_argv, timeout, cwd, cpy_env)
        if rc != 0:
            res.cpy_status, res.cpy_note = "FAIL", first_error_line(err, rc if rc is not None else -1)
            return
        if res.reference is None:
            res.reference = out
        elif out != res.reference:
            res.cpy_status, res.cpy_note = "NONDETERMINISTIC", describe_mismatch(res.reference, out)
            return
        res.cpy_times.append(t)

    def run_ferrython():
        if res.fer_status != "ok":
            return
        if before_each:
            before_each()
        t, rc, out, err = run_once(fer_argv, timeout, cwd, fer_env)
        if rc != 0:
            res.fer_status = "FAIL"
            res.fer_note = first_error_line(err, rc if rc is not None else -1)
            return
        fer_outputs.append(out)
        res.fer_times.append(t)
        if after_ferrython:
            after_ferrython()

    for i in range(runs):
        progress("%s %d/%d" % (res.name, i + 1, runs))
        if i % 2 == 0:
            run_ferrython()
            run_cpython()
        else:
            run_cpython()
            run_ferrython()

    # Check every ferrython output against CPython's (the reference exists once CPython ran).
    if res.fer_status == "ok" and res.reference is not None:
        for out in fer_outputs:
            if out != res.reference:
                res.fer_status, res.fer_note = "MISMATCH", describe_mismatch(res.reference, out)
                break
    elif res.fer_status == "ok":
        # CPython gave no reference: ferrython's times cannot be checked, so do not report them.
        res.fer_status, res.fer_note = "UNCHECKED", "no CPython reference output"
    return res


# --- imports: a generated tree, without and with a bytecode cache ------------

def load_generator():
    """bench/gen_import_tree.py as a module, without writing bench/__pycache__."""
    saved = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        spec = importlib.util.spec_from_file_location("gen_import_tree", GENERATOR)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = saved
    return module


class ImportTree:
    """The generated tree in a temporary directory, and its __pycache__ dirs."""

    def __init__(self, n_modules):
        gen = load_generator()
        self.seed = gen.DEFAULT_SEED
        self.n_modules = n_modules
        self._tmp = tempfile.TemporaryDirectory(prefix="ferrython-importbench-")
        self.root = self._tmp.name
        self.n_packages = gen.generate(self.root, n_modules, self.seed)
        self.main = os.path.join(self.root, "main.py")

    def cleanup(self):
        self._tmp.cleanup()

    def cache_dirs(self):
        return [os.path.join(d, "__pycache__") for d, subdirs, _ in os.walk(self.root)
                if "__pycache__" in subdirs]

    def remove_caches(self):
        for d in self.cache_dirs():
            shutil.rmtree(d)

    def cache_files(self):
        """{path: (mtime_ns, size)} of every file in a __pycache__ dir."""
        files = {}
        for d in self.cache_dirs():
            for name in os.listdir(d):
                st = os.stat(os.path.join(d, name))
                files[os.path.join(d, name)] = (st.st_mtime_ns, st.st_size)
        return files


def environment(dont_write_bytecode):
    """This process's environment with PYTHONDONTWRITEBYTECODE set to 1, or removed."""
    env = dict(os.environ)
    if dont_write_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def note_once(res, note):
    if note not in res.notes:
        res.notes.append(note)


def bench_import_cold(tree, ferrython, cpython, runs, timeout, progress):
    """From source: no cache before any run, and neither interpreter may write one."""
    res = Result("import_cold")
    if ferrython is None:
        res.fer_status, res.fer_note = "FAIL", "ferrython executable not found"
    env = environment(dont_write_bytecode=True)

    def ferrython_wrote_nothing():
        if tree.cache_dirs():
            note_once(res, "ferrython wrote a bytecode cache despite -B")

    return alternate(res, [ferrython, "-B", tree.main], [cpython, "-S", "-B", tree.main],
                     runs, timeout, progress, cwd=tree.root, fer_env=env, cpy_env=env,
                     before_each=tree.remove_caches, after_ferrython=ferrython_wrote_nothing)


def bench_import_warm(tree, ferrython, cpython, runs, timeout, progress):
    """From each interpreter's own cache, written before the timed runs."""
    res = Result("import_warm")
    tree.remove_caches()
    progress("import_warm: compileall")
    # PYTHONDONTWRITEBYTECODE=1 here, so CPython never writes .pyc on import:
    # compileall writes them regardless.
    _, rc, _, err = run_once([cpython, "-S", "-m", "compileall", "-q", tree.root], timeout,
                             tree.root, environment(dont_write_bytecode=True))
    if rc != 0:
        res.cpy_status, res.cpy_note = "FAIL", "compileall: " + first_error_line(err, rc or -1)
    elif not tree.cache_files():
        res.cpy_status, res.cpy_note = "FAIL", "compileall wrote no .pyc files"
    cpython_cache = tree.cache_files()

    # Ferrython writes its own cache (its own file names, beside CPython's) on
    # an untimed run with writing enabled: no -B, no PYTHONDONTWRITEBYTECODE.
    fer_env = environment(dont_write_bytecode=False)
    primed = []
    if ferrython is None:
        res.fer_status, res.fer_note = "FAIL", "ferrython executable not found"
    else:
        progress("import_warm: ferrython priming run")
        _, rc, out, err = run_once([ferrython, tree.main], timeout, tree.root, fer_env)
        if rc != 0:
            res.fer_status = "FAIL"
            res.fer_note = "priming run: " + first_error_line(err, rc if rc is not None else -1)
        else:
            primed.append(out)
    # What the priming run wrote: new files, or (should it share CPython's
    # names) changed ones.
    fer_cache = {p: s for p, s in tree.cache_files().items() if cpython_cache.get(p) != s}
    if res.fer_status == "ok" and not fer_cache:
        res.notes.append("the priming run wrote no bytecode cache")

    def ferrython_kept_its_cache():
        now = tree.cache_files()
        if any(now.get(p) != s for p, s in fer_cache.items()):
            note_once(res, "ferrython rewrote its cache during the timed runs")
        elif len(now) != len(set(cpython_cache) | set(fer_cache)):
            note_once(res, "ferrython wrote new cache files during the timed runs")

    # The timed runs: CPython as everywhere here (-S; PYTHONDONTWRITEBYTECODE=1
    # does not stop it reading .pyc), ferrython as in the priming run.
    return alternate(res, [ferrython, tree.main], [cpython, "-S", tree.main], runs, timeout,
                     progress, cwd=tree.root, fer_env=fer_env,
                     cpy_env=environment(dont_write_bytecode=True),
                     after_ferrython=ferrython_kept_its_cache if fer_cache else None,
                     fer_outputs=primed)


def fmt_time(seconds):
    if seconds is None:
        return "-"
    if seconds < 1.0:
        return "%.1f ms" % (seconds * 1000)
    return "%.3f s" % seconds


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def build_rows(results):
    rows = []
    for r in results:
        fer = fmt_time(r.fer_median) if r.fer_status == "ok" else r.fer_status
        cpy = fmt_time(r.cpy_median) if r.cpy_status == "ok" else r.cpy_status
        ratio = "%.2fx" % r.ratio if r.ratio is not None else "-"
        notes = []
        if r.fer_status != "ok":
            notes.append("ferrython: " + r.fer_note)
        if r.cpy_status != "ok":
            notes.append("CPython: " + r.cpy_note)
        notes.extend(r.notes)
        rows.append((r.name, fer, cpy, ratio, "; ".join(notes)))
    return rows


def summary_line(results):
    compute = [r for r in results if r.name not in NON_COMPUTE]
    ratios = [r.ratio for r in compute if r.ratio is not None]
    if not compute:
        return None
    if not ratios:
        return "geometric mean of ratios: - (no compute program ran correctly under ferrython)"
    g = geomean(ratios)
    line = "geometric mean of ratios over %d compute program%s: %.2fx" % (
        len(ratios), "" if len(ratios) == 1 else "s", g)
    if len(ratios) < len(compute):
        missing = [r.name for r in compute if r.ratio is None]
        line += " (INCOMPLETE: leaves out %s)" % ", ".join(missing)
    return line


def header_lines(ferrython_arg, ferrython, cpython, runs, tree=None):
    lines = [
        "ferrython: %s (no flags%s)%s" % (ferrython or ferrython_arg,
                                          "; -B for import_cold" if tree else "",
                                          "" if ferrython else "  [NOT FOUND]"),
        "CPython:   %s -S  (Python %s; -S: no site import)" % (cpython, sys.version.split()[0]),
        "runs: %d per interpreter, alternating; medians of wall time (process start to exit)" % runs,
        "PYTHONDONTWRITEBYTECODE=%s" % os.environ.get("PYTHONDONTWRITEBYTECODE", "(unset)"),
    ]
    if tree:
        lines += [
            "import tree: %d modules, %d of them packages, written by bench/gen_import_tree.py"
            " --modules %d --seed %d into a temporary directory"
            % (tree.n_modules, tree.n_packages, tree.n_modules, tree.seed),
            "import_cold: every __pycache__ removed before each run; CPython -S -B,"
            " ferrython -B, both with PYTHONDONTWRITEBYTECODE=1",
            "import_warm: CPython -S after `compileall -q`; ferrython with no flags and"
            " PYTHONDONTWRITEBYTECODE unset, after one untimed run that writes its cache",
        ]
    return lines


def print_text(header, rows, summary):
    for line in header:
        print(line)
    print()
    titles = ("program", "ferrython", "CPython -S", "ratio")
    widths = [max(len(titles[i]), *(len(row[i]) for row in rows)) for i in range(4)]
    fmt = "%-*s  %*s  %*s  %*s"
    print(fmt % (widths[0], titles[0], widths[1], titles[1], widths[2], titles[2], widths[3], titles[3]))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        line = fmt % (widths[0], row[0], widths[1], row[1], widths[2], row[2], widths[3], row[3])
        if row[4]:
            line += "  " + row[4]
        print(line)
    if summary:
        print()
        print(summary)
    print("ratio = ferrython median / CPython median: below 1.0 means ferrython is faster.")


def print_markdown(header, rows, summary):
    for line in header:
        print("- " + " ".join(line.split()).replace("|", "\\|"))
    print()
    print("| program | ferrython | CPython -S | ratio (ferrython/CPython) | notes |")
    print("|---|---:|---:|---:|---|")
    for row in rows:
        cells = [c.replace("|", "\\|") for c in row]
        print("| %s | %s | %s | %s | %s |" % tuple(cells))
    if summary:
        print()
        print(summary[0].upper() + summary[1:] + ".")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Time ferrython against CPython on bench/programs.")
    parser.add_argument("--ferrython", default=DEFAULT_FERRYTHON,
                        help="ferrython executable (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=5, help="runs per interpreter (default: 5)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds before one run counts as FAIL (default: 120)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--import-modules", type=int, default=500, metavar="N",
                        help="modules in the generated tree for import_cold and import_warm"
                             " (default: %(default)s)")
    parser.add_argument("names", nargs="*", help="programs to run (default: all)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.import_modules < 8:
        parser.error("--import-modules must be at least 8")

    known = available_programs()
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or known
    unknown = [n for n in names if n not in known]
    if unknown:
        parser.error("unknown program(s): %s (known: %s)" % (", ".join(unknown), ", ".join(known)))

    cpython = sys.executable
    ferrython = resolve_executable(args.ferrython)

    interactive = sys.stderr.isatty()

    def progress(msg):
        if interactive:
            sys.stderr.write("\r\033[K" + msg)
            sys.stderr.flush()

    tree = None
    if any(n in IMPORT_BENCHES for n in names):
        progress("writing the import tree")
        tree = ImportTree(args.import_modules)
    header = header_lines(args.ferrython, ferrython, cpython, args.runs, tree)
    import_benches = {"import_cold": bench_import_cold, "import_warm": bench_import_warm}
    try:
        results = []
        for n in names:
            bench = import_benches.get(n)
            if bench:
                results.append(bench(tree, ferrython, cpython, args.runs, args.timeout, progress))
            else:
                results.append(bench_program(n, ferrython, cpython, args.runs, args.timeout,
                                             progress))
    finally:
        if tree:
            tree.cleanup()
    if interactive:
        sys.stderr.write("\r\033[K")

    rows = build_rows(results)
    summary = summary_line(results)
    if args.markdown:
        print_markdown(header, rows, summary)
    else:
        print_text(header, rows, summary)
    ok = all(r.fer_status == "ok" and r.cpy_status == "ok" for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
