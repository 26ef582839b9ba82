# The gc module's functions and their argument errors.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 6)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)

count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) and c >= 0 for c in count))
gc.collect()
keep = [[] for _ in range(100)]
print(gc.get_count()[0] >= 100)

print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, gc.callbacks)

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])


class A:
    pass


print("is_tracked:", [gc.is_tracked(x) for x in (1, 1.5, "s", b"b", None, [], {}, {1: 2}, {1: []}, {1: ()}, (), A(), A, int, set(), object())])

a = A()
print(gc.is_finalized(a))

objs = gc.get_objects()
print(type(objs).__name__, any(o is keep for o in objs))
print(gc.get_objects(1))
holder = [a]
print(any(r is holder for r in gc.get_referrers(a)))
print([type(x).__name__ for x in gc.get_referents([1, "x", a])], gc.get_referents((1, 2)))
print(gc.get_referents({"k": 1, "j": 2}), gc.get_referents({1: 2, 3: 4}), gc.get_referents(1, "x"))
print(gc.get_referrers(), gc.get_referents())

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

for call in ["gc.collect(3)", "gc.collect(-1)", "gc.collect('a')", "gc.collect(1, 2)", "gc.collect(x=1)",
             "gc.collect(2**70)", "gc.set_threshold()", "gc.set_threshold(1, 2, 3, 4)",
             "gc.set_threshold('a')", "gc.set_threshold(x=1)", "gc.get_objects(5)", "gc.get_objects('a')",
             "gc.get_objects(1, 2)", "gc.is_tracked()", "gc.is_tracked(1, 2)", "gc.enable(1)", "gc.get_count(1)",
             "gc.set_debug()", "gc.set_debug('x')", "gc.is_finalized()", "gc.get_referents(x=1)",
             "gc.get_stats(1)", "gc.freeze(1)", "gc.isenabled(1)"]:
    try:
        eval(call)
    except Exception as e:
        print(call, "->", type(e).__name__ + ":", e)
