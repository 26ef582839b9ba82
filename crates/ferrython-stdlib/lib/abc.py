"""Abstract Base Classes (ABCs) according to PEP 3119."""

# Ferrython's ABCMeta is written in Python. Its per-class state lives in one `_abc_impl` object,
# as CPython's C accelerator keeps it, so `dir()` of an ABC shows the same names. The registry and
# the caches hold strong references (there are no weak references yet).


def abstractmethod(funcobj):
    """Mark a function as abstract: an ABCMeta class that has it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# classmethod, staticmethod and property cannot be subclassed in Ferrython yet, so the deprecated
# abstract variants are descriptors of their own that behave like them.
class abstractclassmethod:
    """Deprecated: use 'classmethod' with 'abstractmethod'."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable

    def __get__(self, instance, owner=None):
        if owner is None:
            owner = type(instance)
        return classmethod(self.__func__).__get__(instance, owner)


class abstractstaticmethod:
    """Deprecated: use 'staticmethod' with 'abstractmethod'."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable

    def __get__(self, instance, owner=None):
        return self.__func__


class abstractproperty:
    """Deprecated: use 'property' with 'abstractmethod'."""

    __isabstractmethod__ = True

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self._property = property(fget, fset, fdel, doc)

    fget = property(lambda self: self._property.fget)
    fset = property(lambda self: self._property.fset)
    fdel = property(lambda self: self._property.fdel)

    def __get__(self, instance, owner=None):
        return self if instance is None else self._property.__get__(instance, owner)

    def __set__(self, instance, value):
        self._property.__set__(instance, value)

    def __delete__(self, instance):
        self._property.__delete__(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel)


# Bumped by every register(): negative caches made before it are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """The current version of the virtual-subclass caches; register() changes it."""
    return _abc_invalidation_counter


class _abc_data:
    """Internal state held by ABC machinery."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _abc_invalidation_counter


def _abstracts_of(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace, bases)
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Register subclass as a virtual subclass of this ABC and return it."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == _abc_invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for rcls in list(impl.registry):
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        subclasses = cls.__subclasses__()
        for scls in subclasses:
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced; returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    # Abstract methods inherited from the bases that are still abstract here.
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    # Abstract methods defined in the class itself.
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class whose subclasses are ABCs (its metaclass is ABCMeta)."""

    __slots__ = ()
