import sys

sys.stdout.write("partial line without newline")
print(" ... and more", end="")
sys.stderr.write("stderr without newline")
sys.exit(2)
