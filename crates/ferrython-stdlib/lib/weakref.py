"""Weak references (PEP 205) and the containers built on them.

ref and proxy refer to an object without keeping it alive; WeakValueDictionary,
WeakKeyDictionary and WeakSet drop their entries when the objects die; WeakMethod refers to
a bound method; finalize calls a function when an object dies or at exit.
"""

# The weak references themselves (ref, proxy, their callbacks) live in the interpreter
# (_weakref); this module adds the containers built on them, WeakMethod and finalize.

import sys

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
)

from _weakrefset import WeakSet, _IterationGuard

try:
    from _collections_abc import Mapping as _Mapping, MutableMapping as _MappingBase
except ImportError:
    _Mapping = None
    _MappingBase = object

from types import GenericAlias

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


def _is_mapping(obj):
    if _Mapping is not None:
        return isinstance(obj, _Mapping)
    return isinstance(obj, (dict, WeakValueDictionary, WeakKeyDictionary)) or (
        hasattr(obj, "items") and hasattr(obj, "__getitem__") and hasattr(obj, "keys"))


class WeakMethod(ref):
    """A weak reference to a bound method.

    A plain ref to a bound method dies at once, since nothing else holds the method object.
    WeakMethod instead refers weakly to the method's object and to its function, and calling it
    rebuilds the bound method while both are alive.
    """

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def on_part_died(_, callback=callback):
            # Either the object or the function went: the method is dead. Report it once.
            method_ref = method_ref_ref()
            if method_ref is not None and method_ref._alive:
                method_ref._alive = False
                if callback is not None:
                    callback(method_ref)

        self = ref.__new__(cls, obj, on_part_died)
        self._func_ref = ref(func, on_part_died)
        self._meth_type = type(meth)
        self._alive = True
        method_ref_ref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key, so its callback knows which entry to drop.

    WeakValueDictionary stores its values as KeyedRefs.
    """

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_MappingBase):
    """A mapping whose values are held by weak references.

    An entry goes away when its value has no other (strong) reference left.
    """

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, other=(), /, **kw):
        def remove(wr, owner_ref=ref(self), remove_if_dead=_remove_dead_weakref):
            owner = owner_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr.key)
            else:
                # Only if the entry is still this dead reference: a new value may have been
                # stored under the key since.
                remove_if_dead(owner.data, wr.key)

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            _remove_dead_weakref(data, pending.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            value = self.data[key]()
        except KeyError:
            return False
        return value is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        """Iterate over the weak references to the values.

        A reference may be dead by the time it is called: check for None.
        """
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                value = wr()
                if value is not None:
                    yield value

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if args:
                return args[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return value

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        data = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                data[key] = KeyedRef(value, self._remove, key)
        for key, value in kwargs.items():
            data[key] = KeyedRef(value, self._remove, key)

    def valuerefs(self):
        """A list of the weak references to the values.

        A reference may be dead by the time it is called: check for None.
        """
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented


class WeakKeyDictionary(_MappingBase):
    """A mapping whose keys are held by weak references.

    An entry goes away when its key has no other (strong) reference left, which makes it a
    place to attach data to objects owned by someone else without touching their attributes.
    """

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, dict=None):
        self.data = {}

        def remove(dead_ref, owner_ref=ref(self)):
            owner = owner_ref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(dead_ref)
            else:
                # The dead reference kept its hash, and compares equal only to itself.
                owner.data.pop(dead_ref, None)

        self._remove = remove
        # Dead references not yet removed, because the dictionary was being iterated.
        self._pending_removals = []
        self._iterating = set()
        # Entries were deleted since the pending removals were counted: some pending ones may
        # already be gone, and must not be subtracted from the length twice.
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            data.pop(pending.pop(), None)

    def _scrub_removals(self):
        data = self.data
        self._pending_removals = [k for k in self._pending_removals if k in data]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                key = key_ref()
                if key is not None:
                    new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                key = key_ref()
                if key is not None:
                    new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            key_ref = ref(key)
        except TypeError:
            return False
        return key_ref in self.data

    def items(self):
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                key = key_ref()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for key_ref in self.data:
                key = key_ref()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for key_ref, value in self.data.items():
                if key_ref() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys.

        A reference may be dead by the time it is called: check for None.
        """
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def clear(self):
        self._dirty_len = True
        self.data.clear()

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if _is_mapping(other):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if _is_mapping(other):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once obj dies.

    The finalizer is itself callable: the first call (by obj's death, by hand, or at exit)
    runs func and returns its result, and the finalizer is then dead (later calls return
    None). Finalizers still alive when the program exits run then, newest first, unless
    their atexit attribute was set to False.
    """

    # Finalizers are kept alive by this registry (finalizer -> its _Info) until they run or are
    # detached; being in it is what "alive" means.
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _created = 0
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            # Registered on first use, so that it runs before the atexit functions of modules
            # imported earlier (atexit calls the last registered first).
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._created
        finalize._created += 1
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Run func(*args, **kwargs) and return its result if still alive (it dies);
        otherwise None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Kill the finalizer without running it: (obj, func, args, kwargs) if it was
        alive, otherwise None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while alive, otherwise None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """True until the finalizer has run or was detached."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The finalizers to run at exit, oldest first.
        chosen = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        chosen.sort(key=lambda item: item[1].index)
        return [f for (f, i) in chosen]

    @classmethod
    def _exitfunc(cls):
        # Run the remaining finalizers marked for exit, newest first. A finalizer may create
        # others meanwhile (_dirty): the list is then made again.
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        # gc is off, so f cannot be collected (and so run) in the middle.
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            # No finalizer runs after this point.
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()
