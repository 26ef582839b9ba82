print(int.__dict__["__add__"], list.__dict__["append"], dict.__dict__["fromkeys"])
print(int.__add__, list.append, [].append.__name__, str.upper)
print(type(int.__add__).__name__, type(list.append).__name__, type([].append).__name__, type((1).__add__).__name__)
print(type(dict.__dict__["fromkeys"]).__name__, type(dict.fromkeys).__name__, type(object.__init_subclass__).__name__)
print(list.__getitem__, tuple.__getitem__, dict.__contains__, set.__contains__, str.__contains__, list.__len__)
print(object.__init__, object.__repr__, type.__call__, object.__dict__["__init_subclass__"], repr(object.__new__).startswith("<built-in method __new__ of type object at 0x"))
print(list.append.__get__([1]).__self__, list.append.__name__, list.append.__qualname__, int.__add__.__name__)
print(int.__add__.__get__(5)(6), dict.fromkeys.__self__ is dict, list.append.__objclass__ if hasattr(list.append, "__objclass__") else "-")
try:
    list.append.__get__(5)
except TypeError as e:
    print("TypeError:", e)
print(repr((1).__add__).startswith("<method-wrapper '__add__' of int object at 0x"), repr([].append).startswith("<built-in method append of list object at 0x"))
import types
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType), callable(int.__add__))
