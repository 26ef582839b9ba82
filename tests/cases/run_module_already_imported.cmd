-m
pkg.sub
