-m
nosuch.sub
