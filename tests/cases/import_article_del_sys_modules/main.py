# The article's third example: deleting foo from sys.modules and importing it again only rebinds
# the name here; bar keeps the old module object and the old code.
import foo, bar
bar.hello_bar()
foo.hello()

with open('foo.py', 'w') as f:
    f.write("def hello():\n    print('hello everyone')\n")

import sys
del sys.modules['foo']
import foo
bar.hello_bar()
foo.hello()
print(bar.foo is foo, sys.modules['foo'] is foo)
