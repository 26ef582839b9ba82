-m
leave
7
