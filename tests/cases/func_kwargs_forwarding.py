def target(a, b=2, *rest, flag=False, **extra):
    return f"a={a} b={b} rest={rest} flag={flag} extra={extra}"


def forward(*args, **kwargs):
    print("  forwarding", args, kwargs)
    return target(*args, **kwargs)


print(forward(1))
print(forward(1, 3, 4, 5, flag=True, color="red"))
print(forward(b=5, a=6))
opts = {"flag": True, "z": 26, "a": 0}
print(forward(**opts))


def ordered(**kw):
    return list(kw)


print(ordered(zeta=1, alpha=2, mid=3), ordered(**{"b": 1}, a=2))


def defaults_evaluated_once(x, cache={}):
    cache[x] = cache.get(x, 0) + 1
    return dict(cache)


print(defaults_evaluated_once("a"), defaults_evaluated_once("b"), defaults_evaluated_once("a"))


def keyword_only_defaults(*, sep=", ", end="."):
    return sep.join(["x", "y"]) + end


print(keyword_only_defaults(), keyword_only_defaults(end="!"), keyword_only_defaults.__kwdefaults__)
