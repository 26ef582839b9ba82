class Config:
    name = "app"


cfg = Config()
print(cfg
      .name)
value = (cfg
         .missing)
