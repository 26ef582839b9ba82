-m
broken_syntax
