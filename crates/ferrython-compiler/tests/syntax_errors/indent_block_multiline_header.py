class A(
    int):
