"""The event loop: a FIFO queue of ready callbacks and a heap of timers.

One iteration (`_run_once`) moves the timers that are due to the ready queue, then
runs the callbacks that were ready when it started; callbacks scheduled meanwhile
wait for the next iteration. When nothing is ready the loop sleeps until the first
timer is due. This is the order CPython's loop runs things in, which decides how
the output of concurrent tasks interleaves.
"""

__all__ = ('BaseEventLoop',)

import heapq
import sys
import time
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

# The longest single sleep while waiting for a timer (CPython's MAXIMUM_SELECT_TIMEOUT).
_MAXIMUM_SLEEP = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() is already unwinding with it.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = []
        # (when, sequence number, TimerHandle): equal times run in scheduling order.
        self._scheduled = []
        self._timer_sequence = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._clock_resolution = 1e-09
        self._asyncgens_shutdown_called = False
        # Async generators iterated in this loop and not finished, closed by shutdown_asyncgens().
        self._asyncgens = weakref.WeakSet()

    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    # ----- scheduling callbacks ---------------------------------------------------------------

    def time(self):
        """The loop's clock (`time.monotonic()`)."""
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        """Run `callback(*args)` at the next iteration, after the callbacks already scheduled."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Run `callback(*args)` once `delay` seconds have passed."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run `callback(*args)` when the loop's clock reaches `when`."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_sequence += 1
        heapq.heappush(self._scheduled, (when, self._timer_sequence, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        # Cancelled timers stay in the heap and are skipped when they come up.
        pass

    # ----- futures and tasks ------------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule `coro` as a task of this loop."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ----- running ----------------------------------------------------------------------------

    def run_forever(self):
        """Run iterations until `stop()` is called."""
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        old_hooks = sys.get_asyncgen_hooks()
        self._running = True
        events._set_running_loop(self)
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until `future` (a coroutine is made a task) is done; return its result."""
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The exception is being raised: do not also report it as never retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the current iteration."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0][2]._cancelled:
            heapq.heappop(scheduled)
        if not self._ready and not self._stopping:
            if scheduled:
                delay = min(max(0, scheduled[0][0] - self.time()), _MAXIMUM_SLEEP)
                if delay > 0:
                    time.sleep(delay)
            else:
                # Nothing can ever become ready: wait forever, as CPython's loop does in select().
                while True:
                    time.sleep(_MAXIMUM_SLEEP)
        end = self.time() + self._clock_resolution
        while scheduled:
            when, _, timer = scheduled[0]
            if when >= end:
                break
            heapq.heappop(scheduled)
            timer._scheduled = False
            if not timer._cancelled:
                self._ready.append(timer)
        # Callbacks scheduled from now on go to a new list: they wait for the next iteration.
        batch = self._ready
        self._ready = []
        done = 0
        try:
            for handle in batch:
                done += 1
                if not handle._cancelled:
                    handle._run()
        except BaseException:
            # SystemExit or KeyboardInterrupt: what was not run yet stays ready.
            self._ready[0:0] = batch[done:]
            raise

    # ----- async generators -------------------------------------------------------------------

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call',
                          ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # An async generator freed before it finished is closed by a task of this loop.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close the async generators still open (`asyncio.run` calls it before closing the loop)."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass

    def run_in_executor(self, executor, func, *args):
        """Call `func(*args)` (at once: there are no threads) and return a future of its result."""
        self._check_closed()
        self._check_callback(func, 'run_in_executor')
        future = self.create_future()
        try:
            future.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        return future

    # ----- errors -----------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Report `context` on stderr as CPython's loop does through the `asyncio` logger."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        _report('\n'.join(lines), context.get('exception'))

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _report('Exception in default exception handler', sys.exception())
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _report('Exception in default exception handler while handling an unexpected error in custom exception handler', sys.exception())


def _report(message, exc):
    """`message`, then `exc`'s traceback, on stderr (the logging module's last-resort output)."""
    sys.stderr.write(message + '\n')
    if exc is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)
