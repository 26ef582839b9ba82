import sys

print("pkg.sub running as", __name__, sys.modules["pkg.sub"] is not sys.modules["__main__"])
