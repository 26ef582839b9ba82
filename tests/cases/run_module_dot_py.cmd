-m
tool.py
