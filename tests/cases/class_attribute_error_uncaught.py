class Config:
    def __init__(self):
        self.settings = {"debug": True}

    def section(self, name):
        return self.settings.get(name)


cfg = Config()
print(cfg.section("debug"))
print(cfg.section("logging").level)
