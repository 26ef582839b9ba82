doc = """never
closed

print(doc)
