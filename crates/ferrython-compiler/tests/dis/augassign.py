x = 0
x += 1
obj.attr *= 2
seq[i] -= 3
seq[a:b] |= other

def local():
    y = 1
    y **= 2
    return y
