"""Functional tools for creating and using iterators."""

# Each iterator is a class (so type(), isinstance() and reprs look like CPython's) whose state is
# a generator doing the work.

import sys as _sys


def _index(value, what):
    if isinstance(value, int):
        return value
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


class _Iterator:
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __class_getitem__(cls, item):
        return cls


class count(_Iterator):
    __slots__ = ('_next', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1 and type(self._step) is int:
            return f"{name}({self._next!r})"
        return f"{name}({self._next!r}, {self._step!r})"


class cycle(_Iterator):
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class repeat(_Iterator):
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _index(times, 'times')
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f"{name}({self._object!r})"
        return f"{name}({self._object!r}, {self._times})"


class accumulate(_Iterator):
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total


class chain(_Iterator):
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_Iterator):
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(data, selectors) if s)


class dropwhile(_Iterator):
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Iterator):
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Iterator):
    __slots__ = ()

    def __init__(self, function, iterable, /):
        if function is None:
            function = bool
        self._gen = (x for x in iterable if not function(x))


class starmap(_Iterator):
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = (function(*args) for args in iterable)


class _grouper(_Iterator):
    __slots__ = ('_parent', '_key')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._pending is _MISSING:
            parent._step()
            if parent._pending is _MISSING:
                raise StopIteration
        if parent._pending_key != self._key:
            raise StopIteration
        value = parent._pending
        parent._pending = _MISSING
        return value


_MISSING = object()


class groupby(_Iterator):
    __slots__ = ('_it', '_keyfunc', '_pending', '_pending_key', '_current', '_done')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = _MISSING      # the next value, not yet handed out
        self._pending_key = None
        self._current = None          # the _grouper that may still hand out values
        self._done = False

    def _step(self):
        if self._done:
            return
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            return
        self._pending = value
        self._pending_key = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        # Skip what is left of the current group.
        if self._current is not None:
            key = self._current._key
            while True:
                if self._pending is _MISSING:
                    self._step()
                    if self._pending is _MISSING:
                        break
                if self._pending_key != key:
                    break
                self._pending = _MISSING
        if self._pending is _MISSING:
            self._step()
            if self._pending is _MISSING:
                self._current = None
                raise StopIteration
        key = self._pending_key
        self._current = _grouper(self, key)
        return key, self._current


class islice(_Iterator):
    __slots__ = ()

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        s = slice(*args)
        start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if not isinstance(start, int) or start < 0:
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        i = 0
        nexti = start
        if stop is not None and stop <= start:
            # Consume up to stop, as CPython does.
            for i, _ in zip(range(stop), it):
                pass
            return
        for i, element in enumerate(it):
            if stop is not None and i >= stop:
                return
            if i == nexti:
                yield element
                nexti += step
                if stop is not None and nexti >= stop:
                    # Consume up to stop before ending.
                    for _ in zip(range(stop - i - 1), it):
                        pass
                    return


class pairwise(_Iterator):
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class zip_longest(_Iterator):
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_Iterator):
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat, 'repeat')
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [x + (y,) for x in result for y in pool]
        for prod in result:
            yield prod


class permutations(_Iterator):
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _index(r, 'r')
            if r < 0:
                raise ValueError("r must be non-negative")
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Iterator):
    __slots__ = ()

    def __init__(self, iterable, r):
        r = _index(r, 'r')
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(tuple(iterable), r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iterator):
    __slots__ = ()

    def __init__(self, iterable, r):
        r = _index(r, 'r')
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(tuple(iterable), r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class _tee(_Iterator):
    __slots__ = ('_source', '_buffer', '_pos')

    def __iter__(self):
        return self

    def __next__(self):
        shared = self._buffer
        if self._pos < shared.offset + len(shared.items):
            value = shared.items[self._pos - shared.offset]
        else:
            value = next(self._source)
            shared.items.append(value)
        self._pos += 1
        shared.trim()
        return value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._buffer = self._buffer
        new._pos = self._pos
        self._buffer.readers.append(new)
        return new


class _TeeBuffer:
    # Values read from the source that some tee iterator has not yet returned.
    __slots__ = ('items', 'offset', 'readers')

    def __init__(self):
        self.items = []
        self.offset = 0
        self.readers = []

    def trim(self):
        low = min(r._pos for r in self.readers)
        drop = low - self.offset
        if drop > 64:
            del self.items[:drop]
            self.offset = low


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    n = _index(n, 'n')
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee.__new__(_tee)
        first._source = it
        first._buffer = _TeeBuffer()
        first._pos = 0
        first._buffer.readers.append(first)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
