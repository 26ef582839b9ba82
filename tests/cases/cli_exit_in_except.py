import sys

try:
    {}["missing"]
except KeyError:
    print("handling KeyError, then exiting quietly")
    sys.exit(5)
