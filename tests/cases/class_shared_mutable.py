class Team:
    members = []
    size = 0

    def add(self, name):
        self.members.append(name)
        self.size += 1


t1 = Team()
t2 = Team()
t1.add("ann")
t2.add("bob")
print(t1.members, t2.members, Team.members, t1.members is t2.members)
print(t1.size, t2.size, Team.size, t1.__dict__, t2.__dict__)


class Fixed:
    def __init__(self):
        self.members = []


f1, f2 = Fixed(), Fixed()
f1.members.append("x")
print(f1.members, f2.members)


class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1
        self.id = Counter.total


cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.total, cs[0].total)
Counter.total = 100
print(cs[1].total, Counter().id)
