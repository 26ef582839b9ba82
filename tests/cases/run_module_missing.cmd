-m
nosuch
