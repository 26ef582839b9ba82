class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("destroy", self.name)


a = Tracked("a")
del a
print("after del a")
b = Tracked("b")
b = Tracked("b2")
print("after rebinding b")


def scope():
    local = Tracked("local")
    print("leaving scope")


scope()
print("after scope")
items = [Tracked("in-list-1"), Tracked("in-list-2")]
items.pop()
print("after pop")
items.clear()
print("after clear")
holder = {"k": Tracked("in-dict")}
holder["k"] = None
print("end of program")
