print(1 < 2, 2 < 1, 1 == 1.0, 1 != 1, 2 >= 2, 3 <= 2)
print(1 < 2 < 3, 1 < 3 < 2, 5 > 3 > 1, 1 == 1 == 1.0)
print(10**20 == 10.0**20, 2**53 + 1 == float(2**53 + 1))
print(max(3, 1, 2), min(3, 1, 2), sorted([5, -1, 3, 0]))
print(0 == -0, 0 == False, 1 == True, 2 == True)
print((1).__eq__(1), (1).__lt__(2), (1).__eq__("1"))
print(1 == "1", 1 != "1")
try:
    1 < "1"
except TypeError as e:
    print("TypeError:", e)
try:
    None > 0
except TypeError as e:
    print("TypeError:", e)
