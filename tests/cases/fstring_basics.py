name = "Ada"
age = 36
items = ["x", "y"]
data = {"k": 1}
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {'é'!r}")
print(f"{age + 1} {age * 2:5d} {len(items)} {items[0]} {data['k']}")
print(f"{{literal braces}} {{{age}}}")
print(f"{name.upper()} {name.lower()[::-1]} {', '.join(items)}")
print(f"{'nested ' + f'{age}'}")
print(f"{3.14159:.2f} {1 / 3:.4} {2 ** 10:,}")
print(f"{age if age > 30 else 'young'} {(lambda x: x * 2)(21)}")
print(F"capital F {age}", rf"raw \n {age}", fr"{name}\t")
print(f"multi"
      f"part {age}"
      " plain")
print(f"")
print(f"{None} {True} {[1, 2]} {(1,)} {{1: 2}}")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{3.14159=:.2f}", f"{items[1]=}")
