def return_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def finally_order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")


def value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2


print(return_in_finally())
print(finally_swallows())
print(finally_order())
print(loop_finally())
print(nested())
print(value_evaluated_before_finally())
