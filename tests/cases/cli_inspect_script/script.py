import sys
value = 42
print("script", sys.argv)
raise ValueError("from the script")
