class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        print(f"  __setattr__({name!r}, {value!r})")
        self._fields[name] = value

    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        del self._fields[name]


r = Record(x=1)
print(r.x)
r.y = 2
print(r.y, r._fields)
del r.x
print(hasattr(r, "x"), getattr(r, "x", "gone"))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Audited:
    def __init__(self):
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  __getattribute__({name!r})")
        return super().__getattribute__(name)


a = Audited()
print(a.value)
print(type(a).__name__)
