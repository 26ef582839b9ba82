import sys
from .. import LEVEL
from . import helper

print(__name__, repr(__package__), __spec__.name, LEVEL, helper.__name__)
print(sys.argv[0].endswith("/outer/inner/tool.py"), sys.argv[1:])
print(sorted(m for m in sys.modules if m.startswith("outer")))
