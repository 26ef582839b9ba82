# Weak containers whose objects die in reference cycles lose them when the collector runs;
# deaths during iteration are applied when the iteration ends.
import gc
import weakref

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __repr__(self):
        return "Node(%s)" % self.name


nodes = {name: Node(name) for name in "abcd"}
values = weakref.WeakValueDictionary(nodes)
keys = weakref.WeakKeyDictionary({n: n.name.upper() for n in nodes.values()})
members = weakref.WeakSet(nodes.values())
print(len(values), len(keys), len(members))
del nodes["a"]
print("cycles still alive:", len(values), len(keys), len(members))
gc.collect()
print("after gc:", sorted(values), sorted(v for v in keys.values()), sorted(n.name for n in members))

seen = []
for name, node in values.items():
    seen.append(name)
    if name == "b":
        del nodes["c"], node
        gc.collect()
print(seen, "during iteration, then:", sorted(values), len(values))

seen = []
for node in keys:
    seen.append(node.name)
    if node.name == "b":
        del nodes["d"], node
        gc.collect()
print(seen, "then:", sorted(n.name for n in keys), len(keys))

for node in members:
    if node.name == "b":
        nodes.clear()
        del node
        gc.collect()
        break
print(len(members), list(members))
print(len(values), len(keys))
