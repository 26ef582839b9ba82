config = {"host": "localhost", "port": 8080}


def get_setting(cfg, name):
    return cfg[name]


print(get_setting(config, "host"))
print(get_setting(config, "missing"))
