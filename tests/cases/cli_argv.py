# sys.argv holds the script name as given, then the extra arguments (cli_argv.args).
import sys

print(len(sys.argv))
print(sys.argv[0])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
print(sys.argv[1:])
total = sum(int(a) for a in sys.argv[1:] if a.isdigit())
print("sum of numeric args:", total)
print(type(sys.argv).__name__, all(type(a) is str for a in sys.argv))
