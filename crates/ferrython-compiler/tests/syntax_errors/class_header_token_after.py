class C print(1)
