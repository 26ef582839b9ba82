import sys
def __getattr__(name):
    if name == "computed":
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["computed", "zeta", "alpha"]
