def parse_port(text):
    try:
        return int(text)
    except ValueError:
        return default_port


print(parse_port("8080"))
print(parse_port("http"))
