import sys
print("before")
else:
    pass
