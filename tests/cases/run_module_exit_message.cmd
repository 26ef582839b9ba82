-m
leave
