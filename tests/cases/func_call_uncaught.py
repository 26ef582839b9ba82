def connect(host, port, *, timeout):
    return f"{host}:{port} ({timeout}s)"


print(connect("localhost", 80, timeout=5))
print(connect("localhost", 80, 5))
