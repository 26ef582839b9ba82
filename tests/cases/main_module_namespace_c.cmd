-c
print(sorted(dir())); print(__loader__, __annotations__, __spec__, __package__, __doc__)
