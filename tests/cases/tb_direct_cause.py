class ConfigError(Exception):
    pass


def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError as exc:
        raise ConfigError(f"setting {name!r} is required") from exc


settings = {"debug": "1"}
print(read_setting(settings, "debug"))
print(read_setting(settings, "database"))
