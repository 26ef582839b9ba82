# The program's first gc.collect() finds only its own garbage (none left by start-up), and
# gc.collect() called from a finalizer or a gc callback during a collection returns 0.
import gc


class A:
    def __del__(self):
        print("__del__; nested gc.collect() ->", gc.collect())


a = A(); a.self = a
del a


def callback(phase, info):
    print(phase, "nested gc.collect() ->", gc.collect())


gc.callbacks.append(callback)
print("gc.collect() ->", gc.collect())
gc.callbacks.clear()
print("gc.collect() ->", gc.collect())
