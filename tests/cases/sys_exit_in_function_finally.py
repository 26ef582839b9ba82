import sys


def inner():
    try:
        print("inner: exiting")
        sys.exit(12)
    finally:
        print("inner: finally")


def outer():
    try:
        inner()
    except ValueError:
        print("not reached")
    finally:
        print("outer: finally")


outer()
