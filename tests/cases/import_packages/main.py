import sys
import pkg.sub.deep
print(pkg.sub.deep.value, pkg.sub.deep.sibling.name, pkg.sub.deep.helper is pkg.helper)
print(repr(pkg), pkg.__path__, pkg.__package__, pkg.__spec__.parent, pkg.__spec__.submodule_search_locations)
print(pkg.sub.deep.__package__, pkg.sub.deep.__spec__.parent, pkg.sub.__spec__.parent)
import pkg.sub.deep as d
print(d is pkg.sub.deep, "pkg.sub" in sys.modules)
# A submodule deleted from sys.modules and imported again is bound on its parent again.
old = pkg.sub.sibling
del sys.modules["pkg.sub.sibling"]
import pkg.sub.sibling
print(pkg.sub.sibling is old, pkg.sub.sibling is sys.modules["pkg.sub.sibling"])
from pkg.sub import sibling
print(sibling is pkg.sub.sibling)

try:
    import pkg.sub.toofar
except ImportError as e:
    print(type(e).__name__, e)
for stmt in ["from . import x", "from .x import y", "import pkg.nothing", "from pkg import nothing"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name)

import nspace.portion.mod
print(nspace.portion.mod.x, nspace.__file__, nspace.__spec__.origin, list(nspace.__path__))
print(type(nspace.__path__).__name__, nspace.__spec__.submodule_search_locations)
print(nspace.__spec__.name, type(nspace.__loader__).__name__)

from plain import *
print(public, _private_but_listed)
try:
    also_public
except NameError as e:
    print(e)
from stars import *
print(visible)
try:
    _invisible
except NameError as e:
    print(e)

import lazy
print(lazy.computed, dir(lazy))
from lazy import computed
print(computed)
try:
    lazy.other
except AttributeError as e:
    print(e)
try:
    from lazy import other
except ImportError as e:
    print(e)
