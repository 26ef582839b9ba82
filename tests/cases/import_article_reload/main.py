# The article's second example: importlib.reload updates the module in place, so bar (which holds
# foo) sees the new code too.
import foo, bar
bar.hello_bar()
foo.hello()

with open('foo.py', 'w') as f:
    f.write("def hello():\n    print('hello everyone')\n")

from importlib import reload
before = id(foo)
print(reload(foo) is foo, id(foo) == before)
bar.hello_bar()
foo.hello()
