print("never run")
values = [1, 2
