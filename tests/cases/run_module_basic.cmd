-m
app
first
--flag
-c
last
