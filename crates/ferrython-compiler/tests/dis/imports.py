import os
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..parent import thing
from .mod import *

def lazy():
    import json
    from json import dumps
    return json, dumps
