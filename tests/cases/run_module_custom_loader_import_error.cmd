-m
vpkg.refused
