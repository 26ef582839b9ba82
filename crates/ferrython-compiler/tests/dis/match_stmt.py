def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case [x, 0] | [0, x]:
            return f"axis {x}"
        case Point(x=0, y=yy) if yy > 0:
            return "positive y"
        case {"kind": "circle", "r": r, **rest}:
            return r, rest
        case [first, *_, last]:
            return first, last
        case str() as s:
            return s
        case None | True:
            return "singleton"
        case _:
            return "other"
