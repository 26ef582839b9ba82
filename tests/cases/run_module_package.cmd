-m
shop
x
--y
