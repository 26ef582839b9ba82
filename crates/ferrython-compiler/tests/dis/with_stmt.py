def read(path):
    with open(path) as f, lock:
        return f.read()

def suppress():
    with ctx() as (a, b):
        body(a, b)
    after()

def in_loop(items):
    for i in items:
        with ctx():
            if i:
                break
