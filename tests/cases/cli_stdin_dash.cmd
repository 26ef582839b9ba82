-
first
second
