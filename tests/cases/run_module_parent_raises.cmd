-m
broken.mod
