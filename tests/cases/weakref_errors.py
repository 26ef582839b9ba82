# The errors of weakref's types and functions.
import weakref


class A:
    pass


a = A()
p = weakref.proxy(a)
r = weakref.ref(a)
for call in ["weakref.ref.__new__(weakref.ref)", "weakref.ref.__new__(int, 1)", "weakref.ref.__new__(1)",
             "weakref.ReferenceType.__call__(5)", "weakref.ref.__hash__(p)", "weakref.ProxyType.__add__(1, 2)",
             "weakref.CallableProxyType.__call__(r)", "weakref.ProxyType()", "type('X', (weakref.ProxyType,), {})",
             "setattr(r, '__callback__', 1)", "weakref.proxy(p)", "weakref.ref(r)", "weakref.getweakrefs()",
             "weakref.getweakrefcount(1, 2)", "weakref.ref(ob=a)", "weakref.proxy(a, callback=None)",
             "weakref.proxy()", "weakref.proxy(1)", "weakref.WeakMethod(len)", "weakref.WeakKeyDictionary({1: 2})",
             "weakref.finalize(1, print)", "weakref.WeakSet([1])", "weakref.WeakValueDictionary(a=1)",
             "next(weakref.proxy(A()))", "hash(p)"]:
    try:
        eval(call)
        print(call, "-> no error")
    except Exception as e:
        print(call, "->", type(e).__name__ + ":", e)
print(weakref.ref(a, None).__callback__, weakref.ref(a, None) is r, weakref.proxy(a, None) is p)
print(weakref.ref(a, print, 1) is not r)
