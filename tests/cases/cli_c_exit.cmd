-c
import sys; print("exiting"); sys.exit(4)
