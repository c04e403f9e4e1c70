"""Risky decoding in worker processes: a per-file time limit, a memory cap, crash isolation.

A file that hangs or kills its worker becomes a :class:`TaskFailed` with the reason and the
work goes on: the pool is torn down and rebuilt, innocent tasks caught in the breakage are
run again one at a time so the culprit is found. Workers start with ``forkserver`` (POSIX)
or ``spawn``, never plain ``fork``: the parent may have Qt loaded.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from smparchive.core.processes import (
    PRELOAD,
    die_with_parent,
    keep_freed_memory,
    start_server,
    worker_context,
)
from smparchive.core.progress import CancelToken

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MEMORY_LIMIT = 3 * 1024**3  # address space per worker; a bomb fails, not the machine

Task = tuple[Hashable, Callable[..., Any], tuple[Any, ...]]


class WorkerError(RuntimeError):
    """Worker processes cannot start at all (a broken installation, not a bad file)."""


def _ping() -> bool:
    return True


@dataclass(frozen=True, slots=True)
class TaskFailed:
    """A task that did not produce a result: timed out, crashed its worker, or raised."""

    reason: str
    crashed: bool = False
    timed_out: bool = False


def _init_worker(
    memory_limit: int | None,
    niceness: int,
    log_path: str | None,
    setup: Callable[[], None] | None = None,
) -> None:
    """Runs first in every worker: cap memory, yield the CPU to the interface, leave
    Ctrl-C to the parent (which cancels cleanly), and send what native decoders print
    (libtiff, FFmpeg) and worker log records to a file instead of the user's terminal."""
    import signal
    import warnings

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warnings.simplefilter("ignore")
    keep_freed_memory()
    die_with_parent()
    if log_path:
        try:
            fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            os.dup2(fd, 2)
            os.close(fd)
            logging.basicConfig(
                level=logging.WARNING,
                format=f"%(asctime)s worker {os.getpid()} %(levelname)s %(name)s: %(message)s",
            )
        except OSError:
            pass
    if memory_limit and sys.platform != "win32":
        import resource

        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        except (ValueError, OSError):
            log.debug("cannot cap worker memory", exc_info=True)
    try:
        os.nice(niceness)
    except (AttributeError, OSError):
        pass
    if setup is not None:  # the job's own (an export keeps image memory between photos)
        setup()


def _worker_log() -> str | None:
    """Where workers write their stderr: ``workers.log`` in the log folder."""
    try:
        from smparchive.core.paths import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder / "workers.log")
    except OSError:
        return None


@dataclass(slots=True)
class _Running:
    key: Hashable
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    started: float | None = None  # when it entered a worker (approximately)
    solo: bool = False


class WorkerPool:
    """Runs tasks in processes (or in-process with ``workers=0``, for tests and debugging)."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
        niceness: int = 5,
        setup: Callable[[], None] | None = None,
        preload: Sequence[str] = PRELOAD,
    ) -> None:
        """``niceness`` lowers the workers' CPU priority: the interface (and a scan, when
        thumbnails run alongside it with a higher value) comes first. ``setup`` (a
        module-level function) runs once in every worker after the pool's own set-up.
        ``preload``: the modules the fork server imports, if this pool starts it."""
        self.workers = (os.cpu_count() or 1) if workers is None else max(0, workers)
        self.niceness = niceness
        self.timeout_s = timeout_s
        self.memory_limit = memory_limit
        self.setup = setup
        self.preload = list(preload)
        self.rebuilds = 0
        self._executor: ProcessPoolExecutor | None = None
        # Pings sent when the pool is made: until they are answered the workers are still
        # starting (on a loaded machine that can take seconds), and no file's clock runs.
        self._pings: list[Future[Any]] = []
        self._created = 0.0
        # Held while the executor is made: a worker's start waits for the fork server's
        # imports, which warm_up leaves to a helper thread (see there).
        self._making = threading.Lock()
        self._warming: threading.Thread | None = None

    @classmethod
    def for_options(cls, options: Any) -> WorkerPool:
        """A pool configured like a scan's :class:`ScanOptions` (to share between jobs)."""
        return cls(options.workers, timeout_s=options.timeout_s, memory_limit=options.memory_limit)

    def _pool(self) -> ProcessPoolExecutor:
        executor = self._executor
        if executor is not None:
            return executor
        with self._making:
            if self._executor is None:
                executor = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=worker_context(self.preload),
                    initializer=_init_worker,
                    initargs=(self.memory_limit, self.niceness, _worker_log(), self.setup),
                )
                self._created = time.monotonic()
                # (each submit starts a worker: that waits for the fork server's imports)
                self._pings = [executor.submit(_ping) for _ in range(self.workers)]
                self._executor = executor
            return self._executor

    def _started(self) -> bool:
        """Whether the workers are up: their pings answered, or so long ago that a file's
        own time must count again (a pool that never starts still times out)."""
        if all(p.done() for p in self._pings):
            return True
        return time.monotonic() - self._created > max(60.0, self.timeout_s)

    def prepare(self) -> None:
        """Get the workers' fork server going (returns at once, never waits for it): its
        imports overlap with the caller's work until :meth:`warm_up` or the first task."""
        if self.workers > 0 and self._executor is None:
            try:
                start_server(self.preload)
            except OSError:  # the pool's own start reports it, when the workers are needed
                log.debug("cannot start the fork server early", exc_info=True)

    def warm_up(self) -> None:
        """Start the workers now (e.g. while the folders are walked); returns at once.

        A worker's start waits until the fork server has imported the media code: on a
        busy machine a scan's head pass stood still up to a second at its first batch
        (the scan then not yet searchable). The workers are started by a helper thread;
        the first task, or :meth:`close`, waits for it if it is not done."""
        if self.workers > 0 and self._executor is None and self._warming is None:
            self._warming = threading.Thread(target=self._warm, name="workers-start", daemon=True)
            self._warming.start()

    def _warm(self) -> None:
        try:
            self._pool()
        except Exception:  # the pool's own start reports it, when the workers are needed
            log.debug("cannot start the workers early", exc_info=True)

    def _settled(self) -> None:
        """Wait for a start begun by :meth:`warm_up` (then the executor is there to stop)."""
        warming, self._warming = self._warming, None
        if warming is not None and warming is not threading.current_thread():
            warming.join()

    def _kill(self) -> None:
        """Tear the pool down at once (hung workers included)."""
        self._settled()
        executor, self._executor = self._executor, None
        if executor is None:
            return
        for proc in list(getattr(executor, "_processes", {}).values()):
            try:
                proc.kill()
            except (OSError, AttributeError):
                pass
        # (shutdown forgets the thread and the pipe: taken first)
        thread = getattr(executor, "_executor_manager_thread", None)
        writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
        executor.shutdown(wait=False, cancel_futures=True)
        _join_manager(thread, writer)

    def close(self) -> None:
        """Stop the workers (idempotent)."""
        self._settled()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        if exc_type is not None:  # interrupted or terminated: do not wait for running files
            self._kill()
        self.close()

    def run(
        self,
        tasks: Iterable[Task],
        cancel: CancelToken | None = None,
        *,
        hold: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[Hashable, Any]]:
        """Yield ``(key, result or TaskFailed)`` as tasks finish (not in order).

        The caller may do slow work between results: workers keep busy meanwhile. Stops
        early (dropping unfinished tasks) when ``cancel`` is set. While ``hold()`` is true
        no new task is taken (a caller that puts results back in order bounds what it keeps
        waiting for a slow one; see :func:`run_in_order`).
        """
        if self.workers == 0:
            yield from self._run_inline(tasks, cancel)
            return
        source = iter(tasks)
        exhausted = False
        task: _Running
        retry: deque[_Running] = deque()  # innocent bystanders of a crash, run alone
        running: OrderedDict[Future[Any], _Running] = OrderedDict()
        capacity = self.workers * 2
        try:
            while True:
                if cancel is not None and cancel.cancelled:
                    self._kill()
                    return
                while len(running) < capacity:
                    if any(t.solo for t in running.values()):
                        break  # a suspect runs alone
                    if retry:
                        if retry[0].solo and running:
                            break
                        task = retry.popleft()
                        task.started = None
                    elif exhausted or (hold is not None and running and hold()):
                        break
                    else:
                        nxt = next(source, None)
                        if nxt is None:
                            exhausted = True
                            break
                        task = _Running(*nxt)
                    try:
                        running[self._pool().submit(task.fn, *task.args)] = task
                    except BrokenProcessPool:
                        # A worker died while the caller worked on a result: this task was
                        # never handed over. It goes first once the running ones, which
                        # died with the pool, have told which file it was.
                        retry.appendleft(task)
                        if running:
                            break
                        self._kill()  # nothing of ours was running: a fresh pool
                        self.rebuilds += 1
                if not running:
                    if retry:
                        continue
                    return
                self._stamp(running)
                done, _ = wait(
                    list(running), timeout=self._next_wait(running), return_when=FIRST_COMPLETED
                )
                broken = False
                for fut in done:
                    task = running.pop(fut)
                    try:
                        yield task.key, fut.result()
                    except BrokenProcessPool:
                        broken = True
                        if task.solo:
                            self._kill()
                            self._check_healthy()
                            yield (
                                task.key,
                                TaskFailed("The file made its worker process crash.", crashed=True),
                            )
                        else:
                            task.solo = True
                            retry.append(task)
                    except MemoryError:
                        yield task.key, TaskFailed(self._memory_reason())
                    except Exception as exc:  # a bug or an unpicklable result
                        yield task.key, _internal(exc)
                if broken:
                    for task in running.values():  # they died with the pool
                        task.solo = True
                        retry.append(task)
                    running.clear()
                    self._kill()
                    self.rebuilds += 1
                    continue
                now = time.monotonic()
                late = [
                    f
                    for f, t in running.items()
                    if t.started is not None and now - t.started > self.timeout_s
                ]
                if late:
                    for fut in late:
                        task = running.pop(fut)
                        yield (
                            task.key,
                            TaskFailed(
                                f"Reading the file took longer than {self.timeout_s:g} s; it was "
                                "stopped.",
                                timed_out=True,
                            ),
                        )
                    retry.extendleft(reversed(list(running.values())))  # bystanders: again
                    running.clear()
                    self._kill()
                    self.rebuilds += 1
        finally:
            if cancel is not None and cancel.cancelled:
                self._kill()

    def _memory_reason(self) -> str:
        limit = f" ({self.memory_limit / 1024**3:.1f} GB)" if self.memory_limit else ""
        return f"Reading the file needs more memory than a worker may use{limit}; it was refused."

    def _check_healthy(self) -> None:
        """After a crash: a fresh worker must answer a ping, else the setup is broken."""
        try:
            self._pool().submit(_ping).result(timeout=max(60.0, self.timeout_s))
        except Exception as exc:
            self._kill()
            raise WorkerError(
                "The helper processes that read files cannot start (a broken installation?); "
                "details are in the log."
            ) from exc

    def _stamp(self, running: OrderedDict[Future[Any], _Running]) -> None:
        """The oldest ``workers`` tasks are in workers now (the queue is FIFO), once the
        workers have started: starting them is not the file's time."""
        if not self._started():
            return
        now = time.monotonic()
        for n, task in enumerate(running.values()):
            if n >= self.workers:
                break
            if task.started is None:
                task.started = now

    def _next_wait(self, running: OrderedDict[Future[Any], _Running]) -> float:
        starts = [t.started for t in running.values() if t.started is not None]
        if not starts:
            return self.timeout_s if self._started() else 0.1  # look again when they are up
        return max(0.05, min(starts) + self.timeout_s - time.monotonic() + 0.01)

    def _run_inline(
        self, tasks: Iterable[Task], cancel: CancelToken | None
    ) -> Iterator[tuple[Hashable, Any]]:
        for key, fn, args in tasks:
            if cancel is not None and cancel.cancelled:
                return
            try:
                yield key, fn(*args)
            except Exception as exc:
                yield key, _internal(exc)


def _internal(exc: BaseException) -> TaskFailed:
    """A bug, not the file's fault: a plain sentence for the person, the details for the log."""
    log.error("internal error while reading a file", exc_info=exc)
    return TaskFailed(
        "The file could not be read because of a fault in smparchive; details are in the log."
    )


def _join_manager(thread: Any, writer: Any, seconds: float = 10.0) -> None:
    """Wait for a killed pool's manager thread to end.

    A worker killed half-way through sending a result (a large rendition: the export's disk
    filled up, or the job was cancelled) leaves the start of a message in the result pipe,
    and the thread waits for the rest forever: this process keeps the pipe's writing end
    open, so it never sees the end (an export hung for good in a CI run). The pipe is fed
    filler bytes until the thread has read a message that does not unpickle, which it takes
    as a broken pool, and ends. ``thread`` and ``writer`` are CPython's manager thread and
    the result pipe's writing end (3.9+); without the pipe it waits as
    ``shutdown(wait=True)`` did.
    """
    if thread is None:
        return
    thread.join(0.2)
    if writer is None:
        thread.join()
        return
    filler = bytes(1 << 16)
    deadline = time.monotonic() + seconds
    while thread.is_alive():
        if time.monotonic() > deadline:
            log.warning("the workers' manager thread did not end after their kill")
            return
        try:
            fd = writer.fileno()
            os.set_blocking(fd, False)  # the workers holding it too are dead
            os.write(fd, filler)
        except BlockingIOError:  # the pipe is full: the thread is reading
            thread.join(0.01)
        except (OSError, ValueError):  # closed by the thread as it ends
            thread.join(0.05)


def run_in_order(
    pool: WorkerPool,
    tasks: Sequence[Task],
    cancel: CancelToken | None = None,
    window: int | None = None,
) -> Iterator[Any]:
    """The results of ``tasks`` (or their :class:`TaskFailed`) in the order of ``tasks``.

    Workers run ahead, but at most ``window`` tasks (default: four per worker) are taken
    beyond the oldest unfinished one, so a slow file never makes the caller hold many
    results. Ends early, without the rest, when ``cancel`` is set.
    """
    window = window or max(2, pool.workers * 4)
    held: dict[Hashable, Any] = {}
    taken = 0
    given = 0

    def source() -> Iterator[Task]:
        nonlocal taken
        for n, (_key, fn, args) in enumerate(tasks):
            taken = n + 1
            yield n, fn, args

    def hold() -> bool:
        return taken - given >= window

    for n, result in pool.run(source(), cancel, hold=hold):
        held[n] = result
        while given in held:
            yield held.pop(given)
            given += 1
