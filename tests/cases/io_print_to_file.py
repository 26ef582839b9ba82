import os
import sys

path = "io_print_to_file.tmp"
with open(path, "w") as out:
    print("header", file=out)
    print(1, 2, 3, sep=",", file=out)
    print("no newline", end="", file=out)
    sys.stdout.write("stdout write returns chars: ")
    print(sys.stdout.write("x\n"))
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
sys.stderr.write("direct stderr write\n")
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable())
