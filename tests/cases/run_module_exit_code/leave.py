import sys

print("leaving with", sys.argv[1])
sys.exit(int(sys.argv[1]))
