-m
__hello__
