import sys

print("quitting from quits/__init__")
sys.exit(4)
