# foo.py

def hello():
    print('hello')
