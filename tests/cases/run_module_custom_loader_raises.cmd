-m
vpkg.failing
