class ConfigError(Exception):
    pass


def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e


try:
    load("b")
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
    print(e.__context__ is e.__cause__, e.__traceback__ is not None)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("cause given") from TypeError("the cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
err = RuntimeError("manual")
print(err.__cause__, err.__context__, err.__suppress_context__, err.__traceback__)
err.__cause__ = KeyError("k")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
