import time

t0 = time.time()
print(type(t0).__name__, t0 > 1_600_000_000)
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(100000):
    total += i
time.sleep(0.01)
elapsed = time.perf_counter() - p0
print("elapsed is a float:", type(elapsed).__name__, "non-negative:", elapsed >= 0, "at least the sleep:", elapsed >= 0.009)
print("monotonic never goes back:", time.monotonic() >= m0)
print("time moves forward:", time.time() >= t0)
print(type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
print(type(time.perf_counter_ns()).__name__)
time.sleep(0)
print(total)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
