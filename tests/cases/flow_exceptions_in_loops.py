values = ["10", "x", "0", "5", None, "2"]
results = []
for v in values:
    try:
        n = int(v)
        results.append(100 // n)
    except ValueError:
        results.append("not a number")
        continue
    except ZeroDivisionError:
        results.append("div by zero")
    except TypeError as e:
        results.append(f"type error: {e}")
        break
    else:
        results.append("ok")
else:
    results.append("loop completed")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts, "attempts")
        break
    except ConnectionError as e:
        print("retrying:", e)
total = 0
for chunk in [[1, 2], [3, "4"], [5]]:
    try:
        total += sum(chunk)
    except TypeError as e:
        print("skipping chunk", chunk, "->", e)
print("total", total)
