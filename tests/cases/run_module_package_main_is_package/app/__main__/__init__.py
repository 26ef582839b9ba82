print("app.__main__ imported")
