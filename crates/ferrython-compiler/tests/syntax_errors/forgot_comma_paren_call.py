x = (f(1) a.b)
