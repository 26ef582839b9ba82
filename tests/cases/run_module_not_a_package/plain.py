print("plain imported as", __name__)
