# The article's first example: editing a module and importing it again changes nothing until the
# module is deleted from sys.modules; then `import` executes the new file.
import test
test.hello()

with open('test.py', 'w') as f:
    f.write("def hello():\n   print('hello')\n")

import test
test.hello()

import sys
old = sys.modules['test']
del sys.modules['test']
test.hello()

import test
test.hello()
print(test is old, sys.modules['test'] is test)
