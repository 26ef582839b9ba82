-m
broken
