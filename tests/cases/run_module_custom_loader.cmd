-m
vpkg.virtual
