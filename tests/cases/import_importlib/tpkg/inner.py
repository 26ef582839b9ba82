y = "inner"
