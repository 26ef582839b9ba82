# The weak reference types are generic (PEP 585).
import weakref

print(weakref.ref[int], weakref.WeakSet[int], weakref.WeakMethod[int])
print(weakref.WeakValueDictionary[str, int], weakref.WeakKeyDictionary[int, str])
alias = weakref.WeakValueDictionary[str, int]
print(alias.__origin__ is weakref.WeakValueDictionary, alias.__args__)
