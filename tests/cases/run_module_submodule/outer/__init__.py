import sys

# While runpy imports the parent packages, argv[0] is still "-m" and __main__ is not set up yet.
print("outer imported as", __name__, sys.argv, sys.modules["__main__"].__spec__)
LEVEL = "outer"
