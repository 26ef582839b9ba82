# A non-int, non-None code is printed to stderr (its str) and the status is 1.
import sys

sys.exit((1, "two"))
