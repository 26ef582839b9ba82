import warnings


def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)


def f():
    warnings.warn("careful")


for i in range(3):
    f()
warnings.warn("top level", RuntimeWarning)
old()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f()
    f()
    old()
    warnings.warn(UserWarning("instance"))
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno, log[0].filename)
print(str(log[3]).startswith("{message : UserWarning('instance'), category : 'UserWarning'"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="care")
    f()
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print(len(log))
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code line  "), end="")
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", int), lambda: warnings.filterwarnings("ignore", category=3)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)


def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)


saved = warnings.showwarning
warnings.showwarning = custom
warnings.warn("via custom", FutureWarning)
warnings.showwarning = saved
print(warnings.catch_warnings(record=True))
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
