#!/usr/bin/env python3
"""Peak memory of Ferrython against CPython on the programs in bench/memory/.

    python3 bench/memory.py [--ferrython PATH] [--timeout S] [--markdown] [names...]

Each program takes a count (objects made, reloads done) and must keep its peak memory flat
as the count grows. It is run at its full count and at a tenth and a hundredth of it, by
Ferrython and by the real CPython executable (sys.executable, with -S), one after the other
in this same run; the table shows each process's peak resident set size (GNU time's %M,
/usr/bin/time, start-up included) and, per interpreter, how much the peak grew from the
smallest count to the full one. Both interpreters must print the
same stdout, as in run.py.

Exit status: 0 if every run succeeded and matched, 1 otherwise, 2 for a usage error.
Figures are for reading, never for tests.
"""

import argparse
import os
import subprocess
import sys
import tempfile

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(BENCH_DIR, "memory")
DEFAULT_FERRYTHON = os.path.join(os.path.dirname(BENCH_DIR), "target", "release", "ferrython")

# Each program's full count (what the issue asks for); it also runs at 1/10 and 1/100 of it.
PROGRAMS = {
    "cycles": 1_000_000,
    "reload": 10_000,
}
FRACTIONS = (100, 10, 1)


TIME = "/usr/bin/time"


def run_with_rusage(argv, timeout):
    """Run argv; return (returncode, stdout, stderr, peak RSS in KiB). returncode None on timeout.

    The peak comes from GNU time (`%M`), which forks the program from its own small process.
    Measuring here with wait4 would not do: Linux starts a child's ru_maxrss from the size of the
    process it was forked from, and this runner is itself a Python process of about 14 MiB.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as peak:
        try:
            proc = subprocess.Popen([TIME, "-q", "-f", "%M", "-o", peak.name] + argv, cwd=PROGRAMS_DIR,
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as e:
            return -1, "", "cannot run: %s" % e, 0
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            return None, "", "timed out after %gs" % timeout, 0
        out.seek(0)
        err.seek(0)
        text = peak.read().split()
        return (proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                int(text[-1]) if text and text[-1].isdigit() else 0)


def first_error_line(stderr):
    lines = [l.rstrip() for l in stderr.splitlines() if l.strip()]
    if not lines:
        return "no stderr"
    return lines[-1] if lines[0].startswith("Traceback") else lines[0]


def mib(kib, signed=False):
    return ("%+.1f MiB" if signed else "%.1f MiB") % (kib / 1024)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ferrython", default=DEFAULT_FERRYTHON)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = args.names or list(PROGRAMS)
    unknown = [n for n in names if n not in PROGRAMS]
    if unknown:
        print("unknown program(s): %s (have: %s)" % (", ".join(unknown), ", ".join(PROGRAMS)), file=sys.stderr)
        return 2
    if not os.access(TIME, os.X_OK):
        print("%s (GNU time) is needed to measure peak memory" % TIME, file=sys.stderr)
        return 2
    ferrython = os.path.abspath(args.ferrython)
    cpython = sys.executable
    print("ferrython: %s" % ferrython)
    print("CPython:   %s -S (%s)" % (cpython, sys.version.split()[0]))
    print("PYTHONDONTWRITEBYTECODE=%s" % os.environ.get("PYTHONDONTWRITEBYTECODE", ""))
    print()
    rows = []
    ok = True
    for name in names:
        full = PROGRAMS[name]
        path = os.path.join(PROGRAMS_DIR, name + ".py")
        peaks = {"ferrython": [], "CPython": []}
        for fraction in FRACTIONS:
            count = full // fraction
            print("running %s %d ..." % (name, count), file=sys.stderr, flush=True)
            results = {}
            for who, argv in (("ferrython", [ferrython, path, str(count)]), ("CPython", [cpython, "-S", path, str(count)])):
                results[who] = run_with_rusage(argv, args.timeout)
            note = ""
            (frc, fout, ferr, fpeak), (crc, cout, cerr, cpeak) = results["ferrython"], results["CPython"]
            if crc != 0:
                note = "CPython FAIL: %s" % first_error_line(cerr)
                ok = False
            if frc != 0:
                note = "ferrython FAIL: %s" % first_error_line(ferr)
                ok = False
            elif crc == 0 and fout != cout:
                note = "ferrython MISMATCH: %r, CPython printed %r" % (fout.strip()[:60], cout.strip()[:60])
                ok = False
            peaks["ferrython"].append(fpeak)
            peaks["CPython"].append(cpeak)
            rows.append((name, count, fpeak, cpeak, note))
        growth = {who: p[-1] - p[0] for who, p in peaks.items()}
        rows.append((name, "growth", growth["ferrython"], growth["CPython"], "from %d to %d" % (full // FRACTIONS[0], full)))
    header = ("program", "count", "ferrython peak RSS", "CPython -S peak RSS", "")
    table = [header] + [(n, str(c), mib(f, c == "growth"), mib(p, c == "growth"), note) for n, c, f, p, note in rows]
    if args.markdown:
        print("| " + " | ".join(header[:4]) + " | note |")
        print("|---|---:|---:|---:|---|")
        for r in table[1:]:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(r[i]) for r in table) for i in range(4)]
        for r in table:
            line = "  ".join(r[i].ljust(widths[i]) if i < 2 else r[i].rjust(widths[i]) for i in range(4))
            print((line + "  " + r[4]).rstrip())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
