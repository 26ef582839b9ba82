def load_config(name):
    with open(name) as f:
        return f.read()


print("loading")
load_config("io_missing_config_file.ini")
