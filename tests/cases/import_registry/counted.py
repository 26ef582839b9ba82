print("executing counted")
value = 1
