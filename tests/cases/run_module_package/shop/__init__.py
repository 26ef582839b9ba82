print("shop/__init__:", __name__, repr(__package__))
