print("lone:", repr(__package__))
from . import sibling
