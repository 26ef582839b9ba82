-c
def f(n):
