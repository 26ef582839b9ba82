print("kit init")
