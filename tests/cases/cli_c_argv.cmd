-c
import sys; print(sys.argv); print(len(sys.argv))
first
second arg
-v
