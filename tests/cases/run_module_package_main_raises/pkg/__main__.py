from . import helper

helper.fail("from pkg.__main__")
