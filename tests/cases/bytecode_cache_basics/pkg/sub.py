from . import helper
VALUE = helper.double(21)
