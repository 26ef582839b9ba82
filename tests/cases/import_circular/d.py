from c import value
thing = 2
