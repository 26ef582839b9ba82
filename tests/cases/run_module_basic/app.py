"""The app's docstring."""
import os
import sys

if __name__ != "__main__":
    # The "main trap": importing this file by its name makes a second module.
    print("imported again as", __name__, __spec__.name, sys.modules["__main__"] is not sys.modules[__name__])
else:
    print("__name__:", __name__)
    print("__doc__:", __doc__)
    print("__file__:", __file__)
    print("__package__:", repr(__package__))
    print("__spec__.name:", __spec__.name)
    print("__spec__.origin:", __spec__.origin)
    print("__spec__.parent:", repr(__spec__.parent))
    print("loader:", type(__loader__).__name__, __loader__ is __spec__.loader)
    print("'__cached__' in globals():", "__cached__" in globals())
    print("argv:", sys.argv)
    print("path[0]:", sys.path[0], sys.path[0] == os.getcwd())
    import __main__

    print("sys.modules['__main__'] is this module:", sys.modules["__main__"] is __main__, __main__.__dict__ is globals())
    print("'app' in sys.modules:", "app" in sys.modules)
    import app

    print("app is a different module:", app is not __main__, app.__name__)
