-m
lib.sub
