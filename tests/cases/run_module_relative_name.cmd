-m
.app
