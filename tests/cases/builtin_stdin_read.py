import sys

header = sys.stdin.readline()
print("header:", repr(header))
rest = sys.stdin.read()
print("rest lines:", rest.splitlines())
print("word count:", len(rest.split()))
print("at EOF:", repr(sys.stdin.readline()), repr(sys.stdin.read()))
