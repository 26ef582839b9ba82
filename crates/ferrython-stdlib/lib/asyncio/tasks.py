"""Tasks (coroutines driven by the event loop) and the functions that combine awaitables.

A task drives its coroutine one step at a time, each step being a callback in the
loop's ready queue. A step sends None (or throws an exception) into the coroutine:
- when the coroutine awaits a future, the step registers the task's wakeup as the
  future's done callback, and the next step runs when the future is done;
- a bare `yield` (what `sleep(0)` does) schedules the next step at once;
- when the coroutine returns or raises, the task's result or exception is set.
The order of callbacks is CPython's, so interleaved output matches it.
"""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from .coroutines import _is_coroutine

import _asyncio

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_task_count = 0

# Tasks not done yet, in creation order (CPython keeps a WeakSet of all tasks).
_pending_tasks = {}
# The task each running loop is executing a step of.
_current_tasks = {}


def _next_task_name():
    global _task_count
    _task_count += 1
    return f'Task-{_task_count}'


def current_task(loop=None):
    """The task running now (None between steps)."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of tasks of `loop` (the running one by default) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _pending_tasks if futures._get_loop(t) is loop and not t.done()}


def _register_task(task):
    _pending_tasks[task] = None


def _unregister_task(task):
    _pending_tasks.pop(task, None)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {running!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {running!r}.')
    del _current_tasks[loop]


class Task(futures.Future):
    """A coroutine scheduled on an event loop, itself a future of the coroutine's result."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = _next_task_name() if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._num_cancels_requested = 0
        self._loop.call_soon(self.__step, context=context)
        _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self.cancelling() and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{format_helpers._format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        """Ask the task to stop: the coroutine gets CancelledError at its next step."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The wakeup that follows throws the CancelledError in.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        # The hot path of every task: the pieces are inlined (CPython's is C code).
        if self._state != futures._PENDING:
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        running = _current_tasks.get(loop)
        if running is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another task {running!r} is being executed.')
        _current_tasks[loop] = self
        try:
            coro = self._coro
            try:
                if exc is None:
                    result = coro.send(None)
                else:
                    result = coro.throw(exc)
            except StopIteration as stop:
                _pending_tasks.pop(self, None)
                if self._must_cancel:
                    # Cancelled right before the coroutine returned.
                    self._must_cancel = False
                    futures.Future.cancel(self, msg=self._cancel_message)
                else:
                    futures.Future.set_result(self, stop.value)
            except exceptions.CancelledError as cancelled:
                _pending_tasks.pop(self, None)
                self._cancelled_exc = cancelled
                futures.Future.cancel(self)
            except (KeyboardInterrupt, SystemExit) as fatal:
                _pending_tasks.pop(self, None)
                futures.Future.set_exception(self, fatal)
                raise
            except BaseException as error:
                _pending_tasks.pop(self, None)
                futures.Future.set_exception(self, error)
            else:
                if result is None:
                    # A bare yield (sleep(0)): run again at the next iteration.
                    loop.call_soon(self.__step)
                else:
                    self.__suspended_on(result)
        finally:
            if _current_tasks.get(loop) is not self:
                raise RuntimeError(f'Leaving task {self!r} does not match the current task {_current_tasks.get(loop)!r}.')
            del _current_tasks[loop]

    def __suspended_on(self, result):
        """The coroutine yielded `result` (not None): wait for it if it is a future."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            result_loop = result._loop if isinstance(result, futures.Future) else futures._get_loop(result)
            if result_loop is not self._loop:
                problem = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
            elif not blocking:
                problem = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
            elif result is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup)
                self._fut_waiter = result
                if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif type(result).__name__ == 'generator':
            problem = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {result!r}')
        self._loop.call_soon(self.__step, problem)

    def task_wakeup(self, future):
        """The future the task waited on is done: take the next step with its outcome (taken
        without raising it, so the traceback gets no entry here)."""
        if future.cancelled():
            self.__step(future._make_cancelled_error())
            return
        try:
            exc = future.exception()
        except BaseException as error:
            self.__step(error)
            return
        self.__step(exc)


def create_task(coro, *, name=None, context=None):
    """Schedule `coro` on the running loop as a task."""
    loop = events.get_running_loop()
    task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _WaiterRelease:
    """A done callback that releases a waiter future (`functools.partial(_release_waiter, w)`)."""

    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        _release_waiter(self.waiter)


async def _cancel_and_wait(fut, loop):
    """Cancel `fut` and wait until it is done (without awaiting it, so this stays cancellable)."""
    waiter = loop.create_future()
    release = _WaiterRelease(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Wait for an awaitable with a timeout: cancel it and raise TimeoutError when time is up."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = _WaiterRelease(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            # wait_for itself was cancelled.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for tasks or futures; return the sets `(done, pending)`."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        stop = (remaining <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None))
        if stop:
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Coroutines that return the results of `fs` in the order they finish."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    finished = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class _YieldOnce:
    """Awaiting it suspends the task for one loop iteration (a bare `yield` to the task)."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspend the task for `delay` seconds (`sleep(0)` just lets other tasks run)."""
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future for `coro_or_future`: a future itself, or a new task for a coroutine or awaitable."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


class _GatheringFuture(futures.Future):
    """gather()'s future: cancelling it cancels the children (like Task.cancel, it is not marked
    cancelled at once)."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the results of all the awaitables, in the order given.

    The first exception is propagated unless `return_exceptions`, which puts exceptions in the
    list like results. A cancelled child counts as raising CancelledError.
    """
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    child_of = {}
    outer = None
    loop = None
    finished = 0

    def child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # Mark it retrieved.
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == len(child_of):
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    results.append(exceptions.CancelledError('' if msg is None else msg))
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        fut = child_of.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            child_of[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Await `arg` without letting a cancellation of the awaiting task cancel it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# CPython's Task is C code: its steps add no traceback entries.
_asyncio._hide_frames(
    Task.__init__, Task.cancel, Task.cancelling, Task.uncancel, Task.get_coro, Task.get_name,
    Task.set_name, Task.set_result, Task.set_exception, Task.task_wakeup, Task._Task__step,
    Task._Task__suspended_on, _enter_task, _leave_task, current_task,
)
