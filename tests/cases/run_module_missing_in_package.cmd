-m
pkg.missing.leaf
