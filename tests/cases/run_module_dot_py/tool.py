print("tool imported as", __name__)
