print("lib imported as", __name__)
