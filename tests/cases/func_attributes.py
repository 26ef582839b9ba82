def documented(a, b=2, *args, c, d=4, **kw):
    """Add things up."""
    local_var = a + b
    return local_var


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
print(documented.__code__.co_name, documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
print(documented.__code__.co_varnames, documented.__code__.co_posonlyargcount)
print(documented.__globals__ is globals(), documented.__dict__, type(documented).__name__)
documented.tag = "custom"
print(documented.__dict__, documented.tag, callable(documented))


def no_doc():
    pass


print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc.__closure__)


class Holder:
    def method(self):
        def inner():
            pass

        return inner

    @staticmethod
    def static():
        pass


print(Holder.method.__qualname__, Holder().method().__qualname__, Holder.static.__qualname__)
print((lambda: 0).__name__, documented.__annotations__)


def annotated(x: int, y: "str" = "s") -> bool:
    return True


print(annotated.__annotations__)
no_doc.__name__ = "renamed"
print(no_doc.__name__, no_doc.__qualname__)
no_doc.__defaults__ = (1,)
print(no_doc.__defaults__)
