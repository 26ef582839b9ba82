"""Remove from tests/cases/XFAIL every case the conformance harness reports as "unexpectedly passed".

Run after `cargo build --release`: python3 tests/prune_xfail.py
"""
import pathlib
import re
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
out = subprocess.run(
    ["cargo", "test", "--release", "-q", "-p", "ferrython", "--test", "conformance"],
    cwd=root, capture_output=True, text=True,
).stdout
passed = set(re.findall(r"^(\S+) unexpectedly passed", out, re.M))
xfail = root / "tests/cases/XFAIL"
lines = xfail.read_text().splitlines(keepends=True)
kept = [l for l in lines if l.split("#")[0].strip() not in passed]
xfail.write_text("".join(kept))
print(f"removed {len(lines) - len(kept)} names; {sum(1 for l in kept if l.strip() and not l.startswith('#'))} still expected to fail")
