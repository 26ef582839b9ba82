def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + ", ".join(dump(v, indent) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, (int, float)):
        return repr(value)
    raise TypeError(f"cannot serialize {type(value).__name__}")


doc = {
    "name": "ferrython",
    "version": [0, 1, 0],
    "stable": False,
    "ratio": 0.75,
    "deps": {"parser": "ruff", "bigint": None},
    "tags": [],
    "quote": 'say "hi"',
    "nested": {"a": {"b": {"c": [1, 2.5, True]}}},
}
print(dump(doc))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
