import sys

print("leaving")
sys.exit("leave: something went wrong")
