"""Asynchronous I/O: an event loop, coroutines scheduled as tasks, and the tools to
combine and synchronize them (Ferrython's own implementation of CPython 3.11's API).
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .timeouts import *
from .taskgroups import *
from .threads import *
from .unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           tasks.__all__ +
           timeouts.__all__ +
           threads.__all__ +
           unix_events.__all__)
