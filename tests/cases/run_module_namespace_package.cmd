-m
space
