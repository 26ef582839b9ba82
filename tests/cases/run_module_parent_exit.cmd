-m
quits.mod
