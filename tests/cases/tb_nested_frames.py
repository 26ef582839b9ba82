def level_three(data):
    return data["key"] / data["divisor"]


def level_two(data):
    value = level_three(data)
    return value * 2


def level_one(items):
    results = []
    for item in items:
        results.append(level_two(item))
    return results


print(level_one([{"key": 10, "divisor": 2}]))
print(level_one([{"key": 10, "divisor": 5}, {"key": 1, "divisor": 0}]))
