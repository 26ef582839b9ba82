# gc.callbacks hear each collection's start and stop; DEBUG_SAVEALL keeps the garbage in
# gc.garbage instead of freeing it.
import gc

gc.collect()


class Node:
    pass


def report(phase, info):
    print(phase, sorted(info), info["generation"], info["collected"], info["uncollectable"])


gc.callbacks.append(report)
n = Node(); n.self = n
del n
print("collected", gc.collect())
gc.callbacks.remove(report)


class Broken:
    def __call__(self, phase, info):
        raise ValueError(phase)

    def __repr__(self):
        return "<broken callback>"


gc.callbacks.append(Broken())
gc.collect()
gc.callbacks.clear()

gc.set_debug(gc.DEBUG_SAVEALL)
n = Node(); n.self = n; n.name = "kept"
del n
print("collected", gc.collect())
print([type(o).__name__ for o in gc.garbage])
print(gc.garbage[0].name, gc.garbage[0].self is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print("after clearing gc.garbage", gc.collect())
