-m
spaces
