-i
script.py
arg
