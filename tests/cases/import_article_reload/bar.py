# bar.py

import foo

def hello_bar():
    foo.hello()
