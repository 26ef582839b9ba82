def load():
    try:
        return open("tb_handler_in_handler_missing.cfg").read()
    except FileNotFoundError:
        try:
            return {}["fallback"]
        except KeyError:
            return None + 1


load()
