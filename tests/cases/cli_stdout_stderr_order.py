import sys

print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stdout.write("to stdout 2\n")
sys.stderr.write("to stderr 2\n")
print("end", end="")
print("", file=sys.stderr, end="")
