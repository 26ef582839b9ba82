"""Two ways to pick up an edit to a module that is already imported, side by side.

`sys.modules` is the registry every `import` consults. Deleting an entry makes the next `import` run
the file again into a *new* module object, while every module that imported the old one keeps it.
`importlib.reload` runs the new code in the *same* module object, so everyone holding the module
sees it; but names copied out of the module (`from foo import hello`, `greeting = foo.GREETING`)
still point at the old objects.

This script writes foo.py and bar.py into a scratch directory, imports them, edits foo.py on disk,
applies each method in turn, and prints what each one leaves behind.
"""

import importlib
import os
import sys

FOO_BEFORE = """\
GREETING = 'hello'

def hello():
    return 'hello'
"""

FOO_AFTER = """\
GREETING = 'hello everyone'

def hello():
    return 'hello everyone'
"""

BAR = """\
import foo

def hello_bar():
    return foo.hello()
"""


def write(directory, name, text):
    with open(os.path.join(directory, name), "w") as f:
        f.write(text)


def forget(*names):
    for name in names:
        sys.modules.pop(name, None)


def reload_with_importlib(foo):
    return importlib.reload(foo)


def reload_by_deleting(foo):
    del sys.modules["foo"]
    import foo as fresh

    return fresh


def experiment(directory, method):
    """Import foo and bar, copy names out of foo, edit foo.py, apply `method`; report what each
    holder of foo's code now sees."""
    write(directory, "foo.py", FOO_BEFORE)
    forget("foo", "bar")
    import bar
    import foo
    from foo import hello

    greeting = foo.GREETING
    old_module = foo
    write(directory, "foo.py", FOO_AFTER)
    foo = method(foo)
    return [
        ("foo.hello()", foo.hello()),
        ("bar.hello_bar()  # bar did `import foo`", bar.hello_bar()),
        ("hello()          # `from foo import hello`", hello()),
        ("greeting         # `greeting = foo.GREETING`", greeting),
        ("foo is the module object imported first", foo is old_module),
        ("bar.foo is sys.modules['foo']", bar.foo is sys.modules["foo"]),
    ]


def main():
    scratch = os.path.join(os.environ.get("TMPDIR", "/tmp"), "ferrython-reload-demo-%d" % os.getpid())
    os.mkdir(scratch)
    sys.path.insert(0, scratch)
    try:
        write(scratch, "bar.py", BAR)
        reloaded = experiment(scratch, reload_with_importlib)
        deleted = experiment(scratch, reload_by_deleting)
    finally:
        sys.path.remove(scratch)
        forget("foo", "bar")
        for folder, _, files in list(os.walk(scratch))[::-1]:
            for name in files:
                os.remove(os.path.join(folder, name))
            os.rmdir(folder)

    print(__doc__.split("\n\n")[1])
    print()
    print("foo.py said 'hello'; it now says 'hello everyone'.")
    print()
    left = "importlib.reload(foo)"
    right = "del sys.modules['foo']; import foo"
    width = max(len(label) for label, _ in reloaded)
    print(f"{'':{width}}  {left:<22}  {right}")
    print(f"{'':{width}}  {'-' * 22}  {'-' * len(right)}")
    for (label, a), (_, b) in zip(reloaded, deleted):
        print(f"{label:{width}}  {a!r:<22}  {b!r}")
    stale_reload = sum(a != "hello everyone" for _, a in reloaded[:4])
    stale_delete = sum(b != "hello everyone" for _, b in deleted[:4])
    print()
    print(f"Stale views of foo's code: {stale_reload} of 4 after reload, {stale_delete} of 4 after deleting.")


if __name__ == "__main__":
    main()
