print("outer.inner imported as", __name__)
