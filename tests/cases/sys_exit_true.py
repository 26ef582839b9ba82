# bool is an int: exit(True) is status 1 and prints nothing.
import sys

print("exit(True)")
sys.exit(True)
