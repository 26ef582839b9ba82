print("defining")


class Settings:
    name = "app"
    version = int("1.0")


print("never")
