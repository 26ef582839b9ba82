-c
import sys; print("args", sys.argv[1:]); raise SystemExit(len(sys.argv))
x
y
