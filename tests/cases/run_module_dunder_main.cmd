-m
__main__
