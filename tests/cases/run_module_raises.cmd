-m
crash
