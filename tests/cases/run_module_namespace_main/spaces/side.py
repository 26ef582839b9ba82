VALUE = "side"
