import sys

print(sys.argv)
print(sys.argv == ["cli_argv_none.py"])
print(__name__)
