def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    return "ok"


log = []
for kind in ["ok", "value", "type", "value"]:
    try:
        result = risky(kind)
    except ValueError as e:
        log.append(f"V:{e}")
        continue
    except TypeError as e:
        log.append(f"T:{e}")
        break
    else:
        log.append(f"ok:{result}")
    finally:
        log.append(f"finally:{kind}")
print(log)


def handler_order():
    try:
        try:
            raise IndexError("idx")
        except LookupError as e:
            print("LookupError handler got", type(e).__name__)
            raise
    except IndexError as e:
        print("outer got", repr(e))
        return "done"


print(handler_order())
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise TypeError(2) from e
except TypeError as e:
    print(repr(e), repr(e.__cause__))
import sys

try:
    raise RuntimeError("active")
except RuntimeError:
    print("exc_info:", sys.exc_info()[0].__name__, sys.exc_info()[1])
    print("exception():", repr(sys.exception()) if hasattr(sys, "exception") else "n/a")
print(sys.exc_info())
