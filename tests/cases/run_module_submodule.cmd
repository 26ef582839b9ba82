-m
outer.inner.tool
arg
