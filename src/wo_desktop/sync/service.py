"""Background work for the window: one store writer, one sync runner, answers by signal.

Widgets never wait on SQLite writes or the network. ``TaskRunner`` is a single worker thread
with a queue (the store's one writer, or the catalog reader); a result comes back to the GUI
thread through a queued signal, like Anki's ``QueryOp``. ``SyncService`` runs the sync engine
on its own thread, one run at a time, on an interval, on request and after "Ready to send".
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits, Qt queues the call to this thread."""

    delivered = Signal(object, object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._deliver)

    @Slot(object, object, object, object)
    def _deliver(self, on_done: Any, on_error: Any, result: Any, error: Any) -> None:
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)
        elif on_done is not None:
            on_done(result)


_relay: _Relay | None = None


def _get_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class TaskRunner:
    """One worker thread running callables in order; callbacks run on the GUI thread.

    One runner is the store's single writer; another answers catalog searches. ``coalesce``
    keys let a newer task of the same key replace one still waiting (a picker's keystrokes).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._relay = _get_relay()
        self._queue: queue.Queue[Any] = queue.Queue()
        self._latest: dict[str, int] = {}
        self._serial = 0
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._pending = 0
        self._thread = threading.Thread(target=self._run, name=f"wo-{name}", daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        coalesce: str | None = None,
    ) -> None:
        with self._lock:
            self._serial += 1
            serial = self._serial
            if coalesce is not None:
                self._latest[coalesce] = serial
            self._pending += 1
            self._idle.clear()
        self._queue.put((serial, coalesce, fn, on_done, on_error))

    def call(self, fn: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Run ``fn`` on the worker and wait for it: only for shutdown and tests."""
        box: dict[str, Any] = {}
        finished = threading.Event()

        def task() -> None:
            try:
                box["result"] = fn()
            except BaseException as exc:  # handed back to the caller below
                box["error"] = exc
            finally:
                finished.set()

        self.submit(task)
        if not finished.wait(timeout):
            raise TimeoutError(f"{self.name} did not answer within {timeout} s")
        if "error" in box:
            raise box["error"]
        return box.get("result")

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every submitted task has run (their callbacks may still be queued)."""
        return self._idle.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            serial, key, fn, on_done, on_error = item
            try:
                with self._lock:
                    stale = key is not None and self._latest.get(key) != serial
                if not stale:
                    try:
                        result = fn()
                    except Exception as exc:
                        self._relay.delivered.emit(on_done, on_error, None, exc)
                    else:
                        self._relay.delivered.emit(on_done, on_error, result, None)
            finally:
                with self._lock:
                    self._pending -= 1
                    if self._pending == 0:
                        self._idle.set()


_general: TaskRunner | None = None


def run_in_background(
    fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
) -> None:
    """Run ``fn`` off the GUI thread (not the store's writer); callbacks on the GUI thread.

    For work that neither writes the store nor syncs: testing a login, starting the sandbox,
    opening the profile at start-up.
    """
    global _general
    if _general is None:
        _general = TaskRunner("background")
    _general.submit(fn, on_done, on_error)


# --------------------------------------------------------------------------------- sync
@dataclass
class SyncRun:
    """One sync run, as the sync log shows it."""

    reason: str
    started: datetime
    finished: datetime | None = None
    sent: int = 0
    rejected: int = 0
    remaining: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    paused: str | None = None
    errors: list[str] = field(default_factory=list)
    id: int | None = None  # its row in the store's sync log, once recorded

    @property
    def ok(self) -> bool:
        return self.paused is None and not self.errors

    def to_record(self) -> Any:
        from wo_desktop.store.sync_runs import TRIGGERS, SyncRunRecord

        return SyncRunRecord(
            trigger=self.reason if self.reason in TRIGGERS else "manual",
            started_at=self.started,
            finished_at=self.finished,
            sent=self.sent,
            rejected=self.rejected,
            remaining=self.remaining,
            pulled_rows=sum(self.rows.values()),
            paused=self.paused,
            errors=list(self.errors),
        )


ClientFactory = Callable[[], Any]


class SyncService(QObject):
    """Runs ``SyncEngine`` on a worker thread; the GUI hears about it through signals.

    ``client_factory`` makes an API client or raises (no server set, no password): the
    failure is reported as a paused run, never as a dialog from here.
    """

    progress = Signal(object)  # wo_desktop.sync.engine.SyncProgress
    finished = Signal(object)  # SyncRun
    state_changed = Signal(str)  # "online" | "offline" | "syncing"
    _worker_progress = Signal(object)
    _worker_done = Signal(object)

    MAX_LOG = 200

    def __init__(self, store: Any, client_factory: ClientFactory, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._client_factory = client_factory
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._again: str | None = None
        self._state = "offline"
        self._last_online: bool | None = None
        self.history: list[SyncRun] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.request("interval"))
        self._worker_progress.connect(self.progress)
        self._worker_done.connect(self._on_done)

    @property
    def state(self) -> str:
        return self._state

    @property
    def running(self) -> bool:
        return self._thread is not None

    def set_interval(self, minutes: int) -> None:
        if minutes <= 0:
            self._timer.stop()
        else:
            self._timer.start(minutes * 60_000)

    def request(self, reason: str = "manual", *, pull: bool = True) -> None:
        """Start a run now, or once the current one ends. Never blocks."""
        if self._thread is not None:
            self._again = self._again or reason
            return
        self._cancel.clear()
        run = SyncRun(reason=reason, started=datetime.now(UTC))
        self._set_state("syncing")
        self._thread = threading.Thread(
            target=self._work, args=(run, pull), name="wo-sync", daemon=True
        )
        self._thread.start()

    def went_online(self) -> None:
        self.request("online")

    def _work(self, run: SyncRun, pull: bool) -> None:
        try:
            client = self._client_factory()
        except Exception as exc:
            run.paused, run.errors = "configuration", [str(exc)]
            self._finish(run)
            return
        try:
            from wo_desktop.sync.engine import SyncEngine

            engine = SyncEngine(self._store, client)
            if pull:
                pushed, pulled = engine.sync(
                    progress=self._worker_progress.emit, cancel=self._cancel
                )
                run.rows, run.paused = pulled.rows, pushed.paused or pulled.paused
                run.errors = [*pushed.errors, *pulled.errors]
            else:
                pushed = engine.push(progress=self._worker_progress.emit, cancel=self._cancel)
                run.paused, run.errors = pushed.paused, list(pushed.errors)
            run.sent, run.rejected, run.remaining = pushed.sent, pushed.rejected, pushed.remaining
        except Exception as exc:  # a bug must not kill the thread silently
            log.exception("sync run failed")
            run.errors.append(str(exc) or type(exc).__name__)
        finally:
            close = getattr(client, "close", None)
            if close is not None:
                try:
                    close()
                except Exception:
                    log.debug("closing the API client failed", exc_info=True)
        self._finish(run)

    def _finish(self, run: SyncRun) -> None:
        """On the sync thread: stamp the run, write it to the store's log, tell the GUI."""
        run.finished = datetime.now(UTC)
        sync_runs = getattr(self._store, "sync_runs", None)
        if sync_runs is not None:
            try:
                run.id = sync_runs.record(run.to_record())
            except Exception:  # a full disk must not lose the run's report to the window
                log.exception("the sync run could not be written to the sync log")
        self._worker_done.emit(run)

    @Slot(object)
    def _on_done(self, run: SyncRun) -> None:
        if self._thread is not None:
            self._thread.join(1.0)
        self._thread = None
        self.history.append(run)
        del self.history[: -self.MAX_LOG]
        self._set_state("offline" if run.paused else "online")
        self.finished.emit(run)
        if self._again is not None and not self._cancel.is_set():
            reason, self._again = self._again, None
            self.request(reason)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop the timer, ask a running sync to stop, and wait a little for it."""
        self._timer.stop()
        self._again = None
        self._cancel.set()
        thread = self._thread
        if thread is not None:
            deadline = time.monotonic() + timeout
            thread.join(max(0.0, deadline - time.monotonic()))
