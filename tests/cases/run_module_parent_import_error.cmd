-m
needy.mod
