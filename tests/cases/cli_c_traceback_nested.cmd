-c
f = lambda v: v[3]; print("calling"); f([1, 2])
