-m
walk
