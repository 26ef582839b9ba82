def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup ({type(e).__name__})"
    except ArithmeticError as e:
        return f"arith ({type(e).__name__})"
    except OSError as e:
        return f"os ({type(e).__name__})"
    except Exception as e:
        return f"other ({type(e).__name__})"


for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), FileNotFoundError(),
            ValueError(), RecursionError(), UnicodeDecodeError("utf-8", b"", 0, 0, "r")]:
    print(classify(exc))
errors = (ValueError, TypeError)
try:
    int(None)
except errors as e:
    print("tuple from variable:", type(e).__name__)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("propagated past non-matching handler:", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
