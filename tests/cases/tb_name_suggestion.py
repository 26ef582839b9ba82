def report(values):
    total = sum(values)
    return totl / len(values)


print(report([1, 2, 3]))
