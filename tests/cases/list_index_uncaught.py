def get_third(items):
    return items[2]


def summarize(data):
    return [get_third(row) for row in data]


print(summarize([[1, 2, 3], [4, 5, 6]]))
print(summarize([[1, 2, 3], [4, 5]]))
