-m
app
