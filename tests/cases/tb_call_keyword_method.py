text = "a,b"
parts = (text
         .split(sep=",", maxsplit="x"))
