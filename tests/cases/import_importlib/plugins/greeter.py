print("greeter runs as", __name__)
def greet():
    return "hi from " + __name__
