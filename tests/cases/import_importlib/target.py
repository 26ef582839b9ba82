x = "target"
