"""`asyncio.to_thread`. There are no threads here: the function runs at once in the calling task."""

__all__ = ('to_thread',)

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Call `func(*args, **kwargs)` and return its result."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
