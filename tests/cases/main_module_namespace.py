# What the __main__ module holds before the script's first line: CPython's add_main_module and
# set_main_loader.
print(sorted(dir()))
print(type(__loader__).__name__, __loader__.name, __loader__.path == __file__)
print(__annotations__, __spec__, __package__, __doc__, __cached__)
x: int = 1
print(__annotations__)
