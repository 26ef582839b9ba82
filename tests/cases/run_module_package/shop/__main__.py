import sys
from . import prices
from .tools import fmt
from .tools.fmt import money

print("__main__:", __name__, repr(__package__), __spec__.name, __spec__.parent)
print("file:", __file__)
print("argv:", sys.argv)
print(money(prices.APPLE), fmt.__name__, prices.__name__)
print("shop.__main__ in sys.modules:", "shop.__main__" in sys.modules)
print("sys.modules['__main__'].__spec__ is __spec__:", sys.modules["__main__"].__spec__ is __spec__)
