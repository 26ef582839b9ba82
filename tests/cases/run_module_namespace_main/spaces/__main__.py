import sys
from . import side

print(__name__, repr(__package__), __spec__.name, side.VALUE)
print(type(sys.modules["spaces"].__path__).__name__, list(sys.modules["spaces"].__path__))
