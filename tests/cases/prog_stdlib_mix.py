# random, json, enum, dataclasses and typing used together, as an ordinary program does.
import json, enum, dataclasses, typing, random
class Color(enum.IntEnum):
    RED = 1
class S(enum.StrEnum):
    A = 'a'
class F(enum.IntFlag):
    X = 1
    Y = 2
print(json.dumps([Color.RED, S.A, F.X | F.Y, {S.A: Color.RED}]), json.dumps({Color.RED: 1}))
@dataclasses.dataclass
class Item:
    name: str
    qty: int = 1
    tags: typing.List[str] = dataclasses.field(default_factory=list)
items = [Item('a', 2, ['x']), Item('b')]
s = json.dumps([dataclasses.asdict(i) for i in items], indent=2, sort_keys=True)
print(s)
print([Item(**d) for d in json.loads(s)])
random.seed(42)
print(random.choice(list(Color)), random.sample(sorted(S), 1), random.choice(items))
class Suit(enum.Enum):
    HEARTS = '♥'
    SPADES = '♠'
deck = [(r, s) for s in Suit for r in range(2, 5)]
random.shuffle(deck)
print(deck[:3], json.dumps('♥'), json.dumps('♥', ensure_ascii=False))
class Status(str, enum.Enum):
    OK = 'ok'
print(json.dumps({'s': Status.OK}), json.dumps(Status.OK))
print(typing.get_type_hints(Item), dataclasses.fields(Item)[2].type)
@dataclasses.dataclass(frozen=True)
class Pt:
    x: int
    y: int
print({Pt(1, 2): 'a'}, sorted({Pt(1, 2), Pt(1, 2)}, key=lambda p: p.x))
