-c
import sys; sys.exit("fatal: bad input")
