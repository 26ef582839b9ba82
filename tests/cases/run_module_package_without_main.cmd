-m
lib
