-m
kit.__main__
