#!/usr/bin/env python3
"""Time Ferrython against CPython on the programs in bench/programs/.

    python3 bench/run.py [--ferrython PATH] [--runs N] [--timeout S] [--markdown] [names...]

For each program the two interpreters are run alternately, N times each (the
one that goes first swaps every round), and the median wall time of each is
reported with the ratio ferrython/CPython. CPython is the real executable of the
python3 running this script (sys.executable, not the python3 shell shim), run
with -S; ferrython is run with no flags. Both must print the same stdout: CPython's
first output is the reference, and a program whose ferrython output differs, or
that fails, is reported as MISMATCH or FAIL and left out of the geometric mean.

Exit status: 0 if every program ran and matched, 1 if any FAIL or MISMATCH,
2 for a usage error. Timings are for reading, never for tests.
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_FERRYTHON = os.path.join(REPO_ROOT, "target", "release", "ferrython")
NON_COMPUTE = {"startup"}  # left out of the geometric mean


def available_programs():
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    # start-up last: it is a different kind of figure
    return [n for n in names if n not in NON_COMPUTE] + [n for n in names if n in NON_COMPUTE]


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


def run_once(argv, timeout):
    """Run argv; return (seconds, returncode, stdout, stderr). returncode None on timeout."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, cwd=PROGRAMS_DIR, stdin=subprocess.DEVNULL,
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
    fer_outputs = []

    def run_cpython():
        if res.cpy_status != "ok":
            return
        t, rc, out, err = run_once([cpython, "-S", path], timeout)
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
        t, rc, out, err = run_once([ferrython, path], timeout)
        if rc != 0:
            res.fer_status = "FAIL"
            res.fer_note = first_error_line(err, rc if rc is not None else -1)
            return
        fer_outputs.append(out)
        res.fer_times.append(t)

    for i in range(runs):
        progress("%s %d/%d" % (name, i + 1, runs))
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


def header_lines(ferrython_arg, ferrython, cpython, runs):
    return [
        "ferrython: %s (no flags)%s" % (ferrython or ferrython_arg,
                                        "" if ferrython else "  [NOT FOUND]"),
        "CPython:   %s -S  (Python %s; -S: no site import)" % (cpython, sys.version.split()[0]),
        "runs: %d per interpreter, alternating; medians of wall time (process start to exit)" % runs,
        "PYTHONDONTWRITEBYTECODE=%s" % os.environ.get("PYTHONDONTWRITEBYTECODE", "(unset)"),
    ]


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
    parser.add_argument("names", nargs="*", help="programs to run (default: all)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    known = available_programs()
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or known
    unknown = [n for n in names if n not in known]
    if unknown:
        parser.error("unknown program(s): %s (known: %s)" % (", ".join(unknown), ", ".join(known)))

    cpython = sys.executable
    ferrython = resolve_executable(args.ferrython)
    header = header_lines(args.ferrython, ferrython, cpython, args.runs)

    interactive = sys.stderr.isatty()

    def progress(msg):
        if interactive:
            sys.stderr.write("\r\033[K" + msg)
            sys.stderr.flush()

    results = [bench_program(n, ferrython, cpython, args.runs, args.timeout, progress) for n in names]
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
