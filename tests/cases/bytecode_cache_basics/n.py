X = "not cached"
