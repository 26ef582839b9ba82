import os

path = "io_binary.tmp"
payload = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(payload), f.write(b"\r\n\x00end"))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:8], data[-8:], data[10:13], type(data).__name__)
with open(path, "rb") as f:
    print(f.read(4), f.read(2), f.tell())
    f.seek(250)
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.read(1))
with open(path, "ab") as f:
    f.write(b"++")
with open(path, "rb") as f:
    print(f.read()[-6:])
text = "héllo wörld\n"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw), len(text))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
try:
    with open(path, "wb") as f:
        f.write("text into binary")
except TypeError as e:
    print("TypeError:", e)
try:
    with open(path, "w") as f:
        f.write(b"bytes into text")
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
