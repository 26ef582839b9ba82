def f(
    x):

