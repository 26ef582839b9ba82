#!/usr/bin/env python3
"""Write a deterministic tree of Python modules for the import benchmark.

    python3 bench/gen_import_tree.py [--modules N] [--seed S] DIR

DIR must not exist or be empty. The tree has N .py files in all (default 500):
`main.py`, the entry script; `top.py`, which imports every other module; and
top-level packages with sub-packages (`__init__.py` each) and plain modules.
`python3 -S DIR/main.py` prints one line, a checksum over every module's
CHECKSUM plus the names the import system registered, so another interpreter's
output can be compared with CPython's.

The same --modules and --seed always give the same files, byte for byte, on any
Python version: the generator has its own random number generator (splitmix64),
so `random`'s algorithm changing between versions cannot change the tree.

The generated code imports nothing outside the tree but `sys`, and uses only
ordinary language features: classes with properties, class and static methods,
`super()`, decorators and closures, generators, comprehensions, f-strings with
format specs, keyword-only arguments, try/except, `with`, `__all__` and
`from m import *`. Modules import each other absolutely (`import a.b.c`,
`import a.b.c as c`, `from a.b import c`) and relatively (`from . import x`,
`from .x import f`, `from ..p import y`, `from ..p.y import g`).

Why it never fails on a cycle: files are numbered in post-order (a package's
sub-packages, then its plain modules, then its `__init__.py`), and a module
imports only lower-numbered modules, never its own ancestors, so the imports
form a DAG. Packages' `__init__.py` import some of their own children, as real
packages do. The modules still executing when a module runs are numbered higher
than it, so everything it imports has finished, except the packages that
enclose it (and, in an `__init__.py`, the package itself): it never reads an
attribute through those. An absolute `import a.b.c` then `a.b.c.X` would (it
reads `b` from `a`, set only once `a.b` has finished), so where `a.b` is still
executing it is written `import a.b.c as a_b_c` or `from a.b import c as a_b_c`
instead (those fall back to sys.modules).
"""

import argparse
import os
import sys

DEFAULT_MODULES = 500
DEFAULT_SEED = 20240611
MIN_MODULES = 8
MOD = 2147483647          # every module's arithmetic is modulo this prime (2**31 - 1)
TOP_MOD = 2305843009213693951  # 2**61 - 1, for top.py's fold

# Top-level package names: none is a standard-library or built-in module name.
ROOT_NAMES = [
    "orchard", "quarry", "harbor", "meadow", "summit", "canyon", "glacier", "lagoon",
    "tundra", "savanna", "prairie", "estuary",
]
PACKAGE_WORDS = [
    "core", "net", "storage", "ui", "plugins", "billing", "reports", "auth", "search",
    "media", "jobs", "admin", "sync", "metrics", "mail", "geo", "catalog", "orders",
    "assets", "audit", "cli", "cluster", "export", "feeds",
]
MODULE_WORDS = [
    "models", "views", "forms", "helpers", "config", "cache", "events", "handlers",
    "routes", "schema", "tasks", "signals", "filters", "policies", "registry", "loader",
    "render", "session", "tokens", "queue", "backends", "adapters", "rules", "limits",
    "codecs", "hooks", "pipeline", "fields", "records", "indexes", "matching", "paging",
    "options", "messages", "widgets", "layout", "themes", "drivers", "pool", "retry",
    "locks", "clock", "ledger", "invoice", "graph", "scoring", "ranking", "digest",
    "summary", "inbox", "outbox", "notify", "profile", "account", "quota", "shards",
]
NOUNS = [
    "Widget", "Record", "Entry", "Batch", "Channel", "Handler", "Profile", "Ticket",
    "Bucket", "Cursor", "Frame", "Packet", "Report", "Rule", "Slot", "Token", "Window",
    "Account", "Ledger", "Signal", "Track", "Vault", "Route", "Policy", "Snapshot",
]
ADJECTIVES = [
    "Base", "Cached", "Lazy", "Remote", "Local", "Shared", "Fast", "Safe", "Sorted",
    "Pooled", "Nested", "Static", "Dynamic", "Simple", "Composite",
]
VERBS = [
    "compute", "merge", "score", "collect", "resolve", "render", "encode", "decode",
    "count", "rank", "fold", "scan", "split", "weigh", "measure", "select", "index",
    "expand", "reduce", "combine",
]
WORDS = [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
    "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
    "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu",
]


class Rng:
    """splitmix64: a tiny generator whose output depends only on the seed."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):
        """An integer in [lo, hi]."""
        return lo + self.below(hi - lo + 1)

    def chance(self, percent):
        return self.below(100) < percent

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def sample(self, seq, k):
        pool = list(seq)
        k = min(k, len(pool))
        for i in range(k):
            j = i + self.below(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]


class Node:
    """A module file of the tree: a package's __init__.py or a plain module."""

    def __init__(self, name, is_package, parent):
        self.name = name              # dotted module name
        self.is_package = is_package
        self.parent = parent          # the enclosing package Node, or None at top level
        self.subpackages = []         # packages only
        self.leaves = []              # packages only: plain modules
        self.index = None             # post-order number: everything it imports is lower
        self.functions = []           # public functions taking one int, returning an int
        self.classes = []             # public classes: Cls(name, size).score() -> int

    @property
    def short(self):
        return self.name.rpartition(".")[2]

    @property
    def package(self):
        """The package a relative import in this file is relative to (its __package__)."""
        if self.is_package:
            return self.name
        return self.parent.name if self.parent else ""

    def ancestors(self):
        node, out = self.parent, []
        while node is not None:
            out.append(node)
            node = node.parent
        return out

    def path(self, root):
        parts = self.name.split(".")
        if self.is_package:
            return os.path.join(root, *parts, "__init__.py")
        return os.path.join(root, *parts[:-1], parts[-1] + ".py")


# --- the shape of the tree ---------------------------------------------------

def split_budget(rng, total, parts, minimum):
    """Split total into `parts` integers, each >= minimum, roughly equal with jitter."""
    weights = [rng.between(70, 130) for _ in range(parts)]
    spare = total - parts * minimum
    shares = [minimum + spare * w // sum(weights) for w in weights]
    shares[0] += total - sum(shares)
    return shares


def unique_name(rng, words, taken):
    for word in rng.sample(words, len(words)):
        if word not in taken:
            taken.add(word)
            return word
    n = 2
    while True:
        word = "%s%d" % (rng.choice(words), n)
        if word not in taken:
            taken.add(word)
            return word
        n += 1


def build_package(rng, name, parent, budget, depth):
    """A package using exactly `budget` files: its __init__.py plus everything under it."""
    pkg = Node(name, True, parent)
    remaining = budget - 1
    taken = set()
    if depth < 2 and remaining >= 12:
        n_sub = rng.between(1, 2) if remaining < 40 else rng.between(2, 4)
        for_subs = remaining * rng.between(50, 70) // 100
        n_sub = min(n_sub, for_subs // 3)
        if n_sub:
            for share in split_budget(rng, for_subs, n_sub, 3):
                sub_name = name + "." + unique_name(rng, PACKAGE_WORDS, taken)
                pkg.subpackages.append(build_package(rng, sub_name, pkg, share, depth + 1))
                remaining -= share
    for _ in range(remaining):
        pkg.leaves.append(Node(name + "." + unique_name(rng, MODULE_WORDS, taken), False, pkg))
    return pkg


def build_tree(rng, n_modules):
    """The top-level packages, together holding n_modules - 2 files (main.py, top.py)."""
    budget = n_modules - 2
    n_roots = max(1, min(8, budget // 60))
    roots = []
    for i, share in enumerate(split_budget(rng, budget, n_roots, 3)):
        roots.append(build_package(rng, ROOT_NAMES[i], None, share, 0))
    return roots


def post_order(roots):
    order = []

    def visit(pkg):
        for sub in pkg.subpackages:
            visit(sub)
        order.extend(pkg.leaves)
        order.append(pkg)

    for root in roots:
        visit(root)
    for i, node in enumerate(order):
        node.index = i
    return order


def plan_exports(rng, order):
    for node in order:
        stem = node.short
        if node.is_package:
            node.functions = ["%s_%s" % (rng.choice(VERBS), stem)]
            continue
        n_funcs = rng.between(3, 5)
        verbs = rng.sample(VERBS, n_funcs)
        node.functions = ["%s_%s" % (v, stem) for v in verbs]
        nouns = rng.sample(NOUNS, rng.between(1, 3))
        node.classes = [rng.choice(ADJECTIVES) + n for n in nouns]
        # class names must be unique within the module
        seen = set()
        for i, c in enumerate(node.classes):
            while c in seen:
                c = rng.choice(ADJECTIVES) + c
            seen.add(c)
            node.classes[i] = c


# --- imports -----------------------------------------------------------------

def is_ancestor(pkg, node):
    return pkg in node.ancestors()


def relative_prefix(node, target_pkg):
    """'.', '..', ... for target_pkg when it is node's package or one of its ancestors."""
    dots = 1
    pkg = node if node.is_package else node.parent
    while pkg is not None:
        if pkg is target_pkg:
            return "." * dots
        pkg = pkg.parent
        dots += 1
    return None


class Dep:
    """One imported module: the import line, and how code refers to it."""

    def __init__(self, node, line, ref, funcs_ref=None):
        self.node = node
        self.line = line          # the import statement
        self.ref = ref            # an expression for the module object, or None
        self.funcs_ref = funcs_ref or {}  # function name -> expression, for `from m import f`


def import_for(rng, node, dep):
    """Pick an import statement for `dep` as written in `node`."""
    alias = dep.name.replace(".", "_")
    # Relative forms, when dep sits under node's package or under an ancestor of it.
    dep_pkg = dep.parent
    prefix = relative_prefix(node, dep_pkg) if dep_pkg is not None else None
    if prefix is None and dep_pkg is not None and dep_pkg.parent is not None:
        # dep in a sibling/cousin package: `from ..p import y` / `from ..p.y import f`
        up = relative_prefix(node, dep_pkg.parent)
        if up is not None and not is_ancestor(dep_pkg, node):
            sub = dep_pkg.short
            if rng.chance(60):
                return Dep(dep, "from %s%s import %s" % (up, sub, dep.short), dep.short)
            if not dep.is_package:
                f = rng.choice(dep.functions)
                return Dep(dep, "from %s%s.%s import %s" % (up, sub, dep.short, f), None, {f: f})
    if prefix is not None and rng.chance(70):
        if rng.chance(55) or dep.is_package:
            return Dep(dep, "from %s import %s" % (prefix, dep.short), dep.short)
        f = rng.choice(dep.functions)
        return Dep(dep, "from %s%s import %s" % (prefix, dep.short, f), None, {f: f})
    # Absolute forms.
    parts = dep.name.split(".")
    # `import a.b.c` then `a.b.c.X` reads attributes through a.b: only when a.b
    # (and every package down to the module) has finished executing, i.e. none
    # of them encloses `node`.
    enclosing = [".".join(parts[:i]) for i in range(2, len(parts))]
    executing = node.ancestors() + ([node] if node.is_package else [])
    safe_chain = not any(p == a.name for p in enclosing for a in executing)
    if dep.parent is None and not any(a.name == dep.name for a in node.ancestors()):
        return Dep(dep, "import %s" % dep.name, dep.name)
    roll = rng.below(100)
    if safe_chain and roll < 40:
        return Dep(dep, "import %s" % dep.name, dep.name)
    if len(parts) > 1 and roll < 75:
        return Dep(dep, "from %s import %s as %s" % (".".join(parts[:-1]), parts[-1], alias), alias)
    return Dep(dep, "import %s as %s" % (dep.name, alias), alias)


def choose_deps(rng, node, order):
    """Lower-numbered modules for `node` to import, mostly near it in the tree."""
    earlier = order[:node.index]
    if not earlier:
        return []
    pkg = node if node.is_package else node.parent
    chosen = []
    if node.is_package:
        # An __init__ re-exports some of its own children, as real packages do.
        children = node.subpackages + node.leaves
        chosen.extend(rng.sample(children, rng.between(1, min(3, len(children)))))
    else:
        siblings = [n for n in pkg.leaves if n.index < node.index] + pkg.subpackages
        chosen.extend(rng.sample(siblings, rng.between(0, min(2, len(siblings)))))
        if pkg.parent is not None:
            cousins = [n for n in earlier
                       if n.parent is not None and n.parent.parent is pkg.parent
                       and n.parent is not pkg and not n.is_package]
            if cousins and rng.chance(60):
                chosen.append(rng.choice(cousins))
        far = [n for n in earlier if n not in chosen and not is_ancestor(n, node)]
        if far:
            chosen.extend(rng.sample(far, rng.between(1, min(2, len(far)))))
    # Names the module defines itself, and names its imports bind, must not
    # clash: on a clash, fall back to `import a.b.c as a_b_c`, unique by design.
    bound = set(node.functions) | set(node.classes)
    deps, seen = [], set()
    for d in chosen:
        if d.name in seen or d is node or is_ancestor(d, node):
            continue
        seen.add(d.name)
        dep = import_for(rng, node, d)
        names = bound_names(dep)
        if names & bound:
            alias = d.name.replace(".", "_")
            dep = Dep(d, "import %s as %s" % (d.name, alias), alias)
            names = {alias}
        bound |= names
        deps.append(dep)
    return deps


def bound_names(dep):
    """The names an import statement binds that could clash with another.

    A plain `import a.b.c` binds the top-level package `a`, always the same
    object, and no module, function or class is named like a top-level package.
    """
    words = dep.line.split()
    if words[0] == "import" and len(words) == 2:
        return set()
    return {words[-1]}


# --- module source -------------------------------------------------------------

FUNCTION_TEMPLATES = [
    '''def {name}(n):
    """Fold the first n integers into TABLE's running total."""
    total = {c1}
    for i in range(n):
        total = (total * {c2} + i + len(TABLE)) % MOD
    return total
''',
    '''def {name}(n):
    """Sum the ITEMS not divisible by {c2}, scaled."""
    values = [x * {c1} for x in ITEMS if x % {c2} != 0]
    return (sum(values) + n) % MOD
''',
    '''def {name}(n):
    """Count letters of WORDS by initial, then weigh the counts by rank."""
    counts = {{}}
    for word in WORDS:
        counts[word[0]] = counts.get(word[0], 0) + len(word) + n
    return sum(v * (i + 1) for i, v in enumerate(sorted(counts.values()))) % MOD
''',
    '''def {name}(n):
    """Hash a few labelled words."""
    parts = [f"{{w}}:{{i:02d}}" for i, w in enumerate(WORDS[: n % {c2} + 1])]
    return _strhash("|".join(parts) + f"/{{n:>6}}")
''',
    '''def {name}(n):
    """Collatz steps from n + {c1}, plus a TABLE entry."""
    x, steps = n + {c1}, 0
    while x != 1 and steps < 60:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    try:
        return steps + TABLE["{key}"]
    except KeyError:
        return steps
''',
    '''def _{name}_terms(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def {name}(n):
    """Sum of the Fibonacci numbers below n * {c1}."""
    return sum(_{name}_terms(n * {c1})) % MOD
''',
    '''def {name}(n, *, scale={c1}, offset={c2}, **extra):
    """n scaled and offset; extra keywords count one each."""
    return (n * scale + offset + len(extra)) % MOD
''',
    '''def {name}(n):
    """The smallest TABLE values, ranked by a key function."""
    ranked = sorted(TABLE.items(), key=lambda kv: (kv[1] % {c2}, kv[0]))
    return sum(v for _, v in ranked[: n % len(ranked) + 1]) % MOD
''',
    '''def {name}(n):
    """Fold a tuple of pairs through a nested comprehension."""
    pairs = tuple((i, j) for i in range(n % 4 + 2) for j in range(i) if (i + j) % 2)
    acc = 0
    for i, j in pairs:
        acc = (acc * {c2} + i * j + {c1}) % MOD
    return acc
''',
]

CLASS_TEMPLATE = '''class {cls}{bases}:
    """{doc}"""

    kind = "{kind}"
    limit = {limit}

    def __init__(self, name, size={size}):
        self.name = name
        self.size = size
        self._history = []

    def __repr__(self):
        return f"{cls}({{self.name!r}}, size={{self.size}})"

    def __eq__(self, other):
        return isinstance(other, {cls}) and (self.name, self.size) == (other.name, other.size)

    def __hash__(self):
        return self.size

    def __len__(self):
        return len(self._history)

    @property
    def weight(self):
        return self.size * {mul} + len(self.name)

    @classmethod
    def from_pair(cls, pair):
        name, size = pair
        return cls(name, size)

    @staticmethod
    def clamp(value):
        return max(0, min(value, {limit}))

    def push(self, value):
        self._history.append(self.clamp(value))
        return self

    def describe(self):
        return f"{{self.kind}}/{{self.name:<8}}/{{self.size:>4}}/{{self.size / {div}:.3f}}"

    def score(self):
        total = self.weight
        for i, ch in enumerate(self.describe()):
            total = (total + (i + 1) * ord(ch)) % MOD
        return (total + sum(self._history)) % MOD
'''

SUBCLASS_TEMPLATE = '''class {cls}({base}):
    """{doc}"""

    kind = "{kind}"

    def __init__(self, name, size={size}, extra="{extra}"):
        super().__init__(name, size)
        self.extra = extra

    def describe(self):
        base = super().describe()
        return f"{{base}}+{{self.extra}}"
'''

HEADER_HELPERS = '''MOD = 2147483647

_REGISTRY = {}


def _strhash(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % MOD
    return h


def register(fn):
    """Record fn in this module's registry."""
    _REGISTRY[fn.__name__] = fn
    return fn


def memoize(fn):
    """Cache fn's results by argument."""
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
'''

GUARD_CLASS = '''class _Guard:
    """Counts how deep nested `with` blocks go."""

    def __init__(self):
        self.depth = 0
        self.peak = 0

    def __enter__(self):
        self.depth += 1
        self.peak = max(self.peak, self.depth)
        return self

    def __exit__(self, *exc):
        self.depth -= 1
        return False
'''


def py_dict(rng, n):
    keys = rng.sample(WORDS, n)
    return "{\n" + "".join('    "%s": %d,\n' % (k, rng.between(1, 999)) for k in keys) + "}"


def py_list(rng, n):
    items = [str(rng.between(1, 500)) for _ in range(n)]
    lines, line = [], "    "
    for item in items:
        if len(line) + len(item) + 2 > 80:
            lines.append(line.rstrip())
            line = "    "
        line += item + ", "
    lines.append(line.rstrip())
    return "[\n" + "\n".join(lines) + "\n]"


def dep_use(rng, dep, k):
    """An int expression using dep: its CHECKSUM or one of its functions."""
    if dep.ref is None:
        (_, expr), = dep.funcs_ref.items()
        return "%s(%d)" % (expr, k)
    if rng.chance(50):
        return "%s.%s(%d)" % (dep.ref, rng.choice(dep.node.functions), k)
    return "%s.CHECKSUM * %d" % (dep.ref, rng.between(2, 9))


def leaf_source(rng, node, deps, seed):
    title = node.short.replace("_", " ").capitalize()
    out = []
    out.append('"""%s for %s.\n\n'
               'Part of the import benchmark tree written by bench/gen_import_tree.py\n'
               '(seed %d); module %d of the tree. Nothing here does real work: it is code of\n'
               'realistic size and shape for the interpreter to compile and execute.\n"""\n'
               % (title, node.package, seed, node.index))
    imports = []
    if rng.chance(25):
        imports.append("import sys")
    imports.extend(d.line for d in deps)
    if imports:
        out.append("\n".join(imports) + "\n")
    all_names = node.classes + node.functions
    out.append("__all__ = [%s]\n" % ", ".join('"%s"' % n for n in all_names))
    out.append(HEADER_HELPERS)
    out.append('NAME = "%s"\nVERSION = (%d, %d, %d)\nLIMIT = %d\nRATIO = %d / %d\n'
               % (node.name, rng.between(0, 3), rng.between(0, 20), rng.between(0, 9),
                  rng.between(10, 999), rng.between(1, 9), rng.between(10, 20)))
    out.append("TABLE = " + py_dict(rng, rng.between(5, 14)) + "\n")
    out.append("ITEMS = " + py_list(rng, rng.between(8, 30)) + "\n")
    out.append("WORDS = (%s)\n" % ", ".join('"%s"' % w for w in rng.sample(WORDS, rng.between(4, 9))))
    out.append('FLAGS = {"debug": %s, "strict": %s, "level": %d}\n'
               % (rng.choice(["True", "False"]), rng.choice(["True", "False"]), rng.between(0, 5)))
    if "import sys" in imports:
        out.append('if sys.version_info >= (3, 8):\n    FLAGS["modern"] = True\nelse:\n'
                   '    FLAGS["modern"] = False\n')
    # functions
    templates = rng.sample(range(len(FUNCTION_TEMPLATES)), len(node.functions))
    for fname, t in zip(node.functions, templates):
        src = FUNCTION_TEMPLATES[t].format(name=fname, c1=rng.between(2, 97),
                                           c2=rng.between(2, 7), key=rng.choice(WORDS))
        deco = ""
        if t != 6:  # keyword-only signature: leave undecorated
            roll = rng.below(3)
            deco = ["", "@register\n", "@memoize\n"][roll]
        out.append(deco + src)
    # classes
    for i, cls in enumerate(node.classes):
        if i > 0 and rng.chance(50):
            out.append(SUBCLASS_TEMPLATE.format(cls=cls, base=node.classes[0],
                                                doc="A %s with an extra tag." % node.classes[0],
                                                kind=rng.choice(WORDS), size=rng.between(1, 9),
                                                extra=rng.choice(WORDS)))
        else:
            out.append(CLASS_TEMPLATE.format(cls=cls, bases="", doc="A %s of %s." % (
                cls.lower(), node.name), kind=rng.choice(WORDS), limit=rng.between(50, 500),
                size=rng.between(1, 9), mul=rng.between(2, 13), div=rng.between(3, 11)))
    use_guard = rng.chance(40)
    if use_guard:
        out.append(GUARD_CLASS)
    # module-level checksum
    body = ["def _checksum():",
            '    """This module\'s contribution to the tree\'s checksum."""',
            "    total = _strhash(__name__) + _strhash(NAME)",
            "    for key, value in TABLE.items():",
            "        total = (total * 31 + _strhash(key) + value) % MOD",
            "    total = (total + sum(ITEMS) + len(WORDS) + int(RATIO * 1000)) % MOD"]
    for f in node.functions:
        body.append("    total = (total * 7 + %s(%d)) %% MOD" % (f, rng.between(1, 9)))
    cls = node.classes[0]
    body.append('    obj = %s.from_pair(("%s", %d)).push(%d).push(%d)'
                % (cls, rng.choice(WORDS), rng.between(1, 9), rng.between(0, 900),
                   rng.between(0, 900)))
    body.append("    total = (total + obj.score() + obj.weight + len(obj) + hash(obj)) % MOD")
    for c in node.classes[1:]:
        body.append('    total = (total + %s("%s").score()) %% MOD' % (c, rng.choice(WORDS)))
    if use_guard:
        body.append("    with _Guard() as g:")
        body.append("        with g:")
        body.append("            total = (total + g.depth) % MOD")
        body.append("    total = (total + g.peak + g.depth) % MOD")
    for d in deps:
        body.append("    total = (total + %s) %% MOD" % dep_use(rng, d, rng.between(1, 9)))
    body.append("    total = (total + len(_REGISTRY) + len(__all__)) % MOD")
    body.append("    return total")
    out.append("\n".join(body) + "\n")
    out.append("CHECKSUM = _checksum()\n")
    if rng.chance(30):
        out.append('if __name__ == "__main__":\n    print(NAME, CHECKSUM)\n')
    return "\n\n".join(out)


def init_source(rng, node, deps, seed):
    out = []
    out.append('"""The %s package.\n\n'
               'Part of the import benchmark tree written by bench/gen_import_tree.py\n'
               '(seed %d); module %d of the tree.\n"""\n' % (node.name, seed, node.index))
    star = None
    lines = []
    for d in deps:
        lines.append(d.line)
    # Sometimes re-export a child's public names with `from .child import *`.
    if node.leaves and rng.chance(35):
        star = rng.choice(node.leaves)
        lines.append("from .%s import *" % star.short)
    if lines:
        out.append("\n".join(lines) + "\n")
    fname = node.functions[0]
    out.append('__version__ = "%d.%d.%d"\nMOD = 2147483647\n'
               % (rng.between(0, 4), rng.between(0, 30), rng.between(0, 9)))
    out.append('def %s(n):\n    """A package-level helper."""\n'
               '    return (n * %d + len(__name__)) %% MOD\n' % (fname, rng.between(3, 99)))
    body = ["def _checksum():",
            "    total = %s(%d)" % (fname, rng.between(1, 9))]
    for d in deps:
        body.append("    total = (total + %s) %% MOD" % dep_use(rng, d, rng.between(1, 9)))
    if star is not None:
        body.append("    total = (total + %s(%d)) %% MOD" % (star.functions[0], rng.between(1, 9)))
        body.append("    total = (total + %s(\"%s\").score()) %% MOD" % (star.classes[0], rng.choice(WORDS)))
    body.append("    return total")
    out.append("\n".join(body) + "\n")
    out.append("CHECKSUM = _checksum()\n")
    return "\n\n".join(out)


def top_source(order, roots, seed, n_modules):
    lines = ['"""Imports every module of the benchmark tree and folds their checksums.\n\n'
             'Written by bench/gen_import_tree.py (seed %d, %d modules).\n"""\n' % (seed, n_modules),
             "import sys"]
    names = [n.name for n in order]
    lines.extend("import %s" % name for name in names)
    lines.append("")
    lines.append('ROOTS = (%s)' % ", ".join('"%s"' % r.name for r in roots) + ("," if len(roots) == 1 else ""))
    lines.append("")
    lines.append("MODULES = [")
    lines.extend("    %s," % name for name in names)
    lines.append("]")
    lines.append('''

def _strhash(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) %% %d
    return h


def report():
    """One line: how many tree modules sys.modules holds, and checksums over them."""
    total = 0
    for module in MODULES:
        total = (total * 131 + module.CHECKSUM) %% %d
    loaded = sorted(name for name in sys.modules if name.split(".")[0] in ROOTS)
    names = 0
    for name in loaded:
        module = sys.modules[name]
        names = (names * 31 + _strhash(name) + _strhash(module.__package__)) %% %d
    return f"modules {len(MODULES) + 2} loaded {len(loaded)} checksum {total} names {names}"
''' % (TOP_MOD, TOP_MOD, TOP_MOD))
    return "\n".join(lines)


MAIN_SOURCE = '''"""Entry point of the import benchmark tree: import it all, print the checksum."""

import top

print(top.report())
'''


def generate(root, n_modules=DEFAULT_MODULES, seed=DEFAULT_SEED):
    """Write the tree into the directory `root`; return the number of packages."""
    if n_modules < MIN_MODULES:
        raise ValueError("need at least %d modules, got %d" % (MIN_MODULES, n_modules))
    rng = Rng(seed)
    roots = build_tree(rng, n_modules)
    order = post_order(roots)
    plan_exports(rng, order)
    files = {}
    for node in order:
        deps = choose_deps(rng, node, order)
        if node.is_package:
            files[node.path(root)] = init_source(rng, node, deps, seed)
        else:
            files[node.path(root)] = leaf_source(rng, node, deps, seed)
    files[os.path.join(root, "top.py")] = top_source(order, roots, seed, n_modules)
    files[os.path.join(root, "main.py")] = MAIN_SOURCE
    assert len(files) == n_modules, (len(files), n_modules)
    for path, text in files.items():
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return sum(1 for n in order if n.is_package)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write the import benchmark's module tree.")
    parser.add_argument("directory", help="where to write it (must not exist, or be empty)")
    parser.add_argument("--modules", type=int, default=DEFAULT_MODULES,
                        help=".py files in all, main.py and top.py included (default %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="seed of the generator (default %(default)s)")
    args = parser.parse_args(argv)
    if args.modules < MIN_MODULES:
        parser.error("--modules must be at least %d" % MIN_MODULES)
    if os.path.exists(args.directory) and os.listdir(args.directory):
        parser.error("%s exists and is not empty" % args.directory)
    packages = generate(args.directory, args.modules, args.seed)
    print("wrote %d modules (%d packages) to %s; run %s" % (
        args.modules, packages, args.directory, os.path.join(args.directory, "main.py")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
