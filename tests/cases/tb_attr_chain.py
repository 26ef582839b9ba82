class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def next(self):
        return self.child


root = Node(1, Node(2, Node(3)))
print(root.next().next().value)
print(root.next().next().next().value)
