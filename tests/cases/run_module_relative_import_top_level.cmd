-m
lone
