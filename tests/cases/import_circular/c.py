from d import thing
value = 1
