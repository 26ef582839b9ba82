data = {"values": [10, 20, 30]}
print(data["values"][1])
index = "1"
print(data["values"][index])
