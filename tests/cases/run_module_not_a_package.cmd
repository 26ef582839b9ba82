-m
plain.sub
