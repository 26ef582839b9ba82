# module test

def hello():
    print('hello everyone')
