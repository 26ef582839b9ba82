import sys

for i in range(3):
    print("progress", i)
    print("log", i, file=sys.stderr)
raise KeyError("stop")
