import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print()
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], (2,), {3: 4}, sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("multi\nline")
print("", end="")
print(sep="x", end="!\n")
print("tab\tseparated", "x", sep="\t")
print("é ü 😀 €")
print("stderr again", 42, sep=":", file=sys.stderr, end="\n\n")
print(None, sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
r = print("returns")
print(r)
