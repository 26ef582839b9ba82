import sys

print("exit with 255")
sys.exit(255)
