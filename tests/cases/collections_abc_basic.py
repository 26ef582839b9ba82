import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable,
                             Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
                             MappingView, KeysView, ItemsView, ValuesView, ByteString, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator, AsyncGenerator)

print(Iterable, Iterable.__module__, type(Iterable).__name__)
samples = [1, 'ab', b'x', bytearray(b'y'), [1], (1,), {1: 2}, {1}, frozenset(), range(2), iter([]), (x for x in ()),
           {}.keys(), {}.items(), {}.values(), len, memoryview(b'')]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Sequence,
        MutableSequence, Set, MutableSet, Mapping, MutableMapping, KeysView, ItemsView, ValuesView, ByteString]
for s in samples:
    print(type(s).__name__.ljust(14), ''.join('X' if isinstance(s, a) else '.' for a in abcs))


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.count(2), len(s))
try:
    s.index(9)
except ValueError:
    print("ValueError")


class MSeq(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


m = MSeq()
m.append(1); m.extend([2, 3]); m.insert(0, 0); m.reverse(); m += [9]
print(list(m), m.pop(), m.pop(0), list(m))
m.remove(2); print(list(m))
m.clear(); print(list(m))


class Bag(MutableSet):
    def __init__(self, it=()):
        self._d = {}
        for x in it:
            self._d[x] = None

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def add(self, x):
        self._d[x] = None

    def discard(self, x):
        self._d.pop(x, None)

    def __repr__(self):
        return f"Bag({list(self)})"


a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bag([2]) < a, a == Bag([3, 2, 1]), a.isdisjoint([7]))
a |= [7]; a -= [1]; print(a)
print(a.pop(), a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)


class Map(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mp = Map(a=1, b=2)
print(mp.get('a'), mp.get('z', 0), 'a' in mp, list(mp.keys()), list(mp.items()), list(mp.values()), mp == {'a': 1, 'b': 2})
print(isinstance(mp.keys(), Set), mp.keys() & {'a'}, ('a', 1) in mp.items(), 2 in mp.values())


class MMap(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MMap()
mm.update({'a': 1}, b=2); mm.update([('c', 3)]); print(dict(mm), mm.setdefault('d', 4), mm.pop('a'), mm.pop('zz', None), mm.popitem())
mm.clear(); print(len(mm))
try:
    MMap().popitem()
except KeyError:
    print("KeyError")

try:
    Sequence()
except TypeError as e:
    print(e)
try:
    MMap.__abstractmethods__ and print(sorted(MutableMapping.__abstractmethods__))
except TypeError as e:
    print(e)


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(NoHash(), Hashable), issubclass(list, Hashable))
print(issubclass(It, Sized), isinstance(It, Callable), isinstance(print, Callable))


class Gen(Generator):
    def send(self, v):
        raise StopIteration

    def throw(self, *a):
        raise StopIteration


g = Gen()
print(isinstance(g, Iterator), list(g), g.close())
print(sorted(Coroutine.__abstractmethods__), sorted(AsyncGenerator.__abstractmethods__), sorted(Awaitable.__abstractmethods__))


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


print(isinstance(AIt(), AsyncIterator), isinstance(AIt(), AsyncIterable), issubclass(AIt, Awaitable))
print(repr(KeysView({'x': 1})), len(ValuesView({1: 2})), MappingView([1, 2]))
print(sorted(cabc.__all__) == sorted(['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
      'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection',
      'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
      'Sequence', 'MutableSequence', 'ByteString']))
