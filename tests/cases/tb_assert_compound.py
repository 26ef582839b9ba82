# CPython's compiler leaves the location of the last comparison current, so the
# AssertionError of an `and` of comparisons points at the last one.
def check_range(v, low, high):
    assert v >= low and v < high, f"{v} not in [{low}, {high})"
    return v


print(check_range(3, 0, 10))
check_range(12, 0, 10)
