from .. import helper
from ..helper import shout
from . import sibling
value = shout("deep")
