-c
print(__name__); import sys; print(sys.argv[0])
