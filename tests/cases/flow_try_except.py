def attempt(value):
    try:
        print("  try", value)
        result = 10 / value
    except ZeroDivisionError:
        print("  except ZeroDivisionError")
        return "div0"
    except (TypeError, ValueError) as e:
        print("  except", type(e).__name__)
        return "bad type"
    else:
        print("  else")
        return result
    finally:
        print("  finally")


for v in [2, 0, "x"]:
    print(attempt(v))
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))
try:
    int("x")
except Exception as e:
    print(type(e).__name__, e)
print("e deleted after except:", "e" not in dir())
try:
    raise RuntimeError("bare reraise")
except RuntimeError:
    try:
        raise
    except RuntimeError as again:
        print("re-raised", again)
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
