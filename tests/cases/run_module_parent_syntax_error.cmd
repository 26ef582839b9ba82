-m
pkg.mod
