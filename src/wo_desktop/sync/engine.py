"""The outbox and delta-pull algorithm. No Qt: the window runs it on a worker thread.

Delivery is exactly once because a job's id never changes and an unknown outcome (timeout,
reset, 409) is settled with ``GET Jobs(<id>)`` before anything is sent again. The store is
written from the calling thread only (one writer); the HTTP requests run on a small pool.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from wo_desktop.api import contract, errors
from wo_desktop.sync.backoff import Backoff

log = logging.getLogger(__name__)

# Catalog table -> API controller, in the order they are pulled: small tables first, so
# the pickers that need little are usable while the projects are still coming.
TABLES: dict[str, str] = {
    "job_statuses": "JobStatus",
    "job_types": "JobType",
    "job_priorities": "JobPriority",
    "skills": "Skill",
    "countries": "DbCountry",
    "users": "User",
    "companies": "Company",
    "contacts": "Contact",
    "projects": "Project",
}

PULL_BATCH_ROWS = 1000
_STOPPED = "Not sent: the push stopped before its turn."


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push" or "pull"
    table: str | None
    done: int
    total: int | None
    message: str


ProgressCallback = Callable[[SyncProgress], None]


@dataclass
class PushReport:
    sent: int = 0
    rejected: int = 0
    remaining: int = 0
    paused: str | None = None  # "auth", "configuration", "offline"
    errors: list[str] = field(default_factory=list)
    cancelled: bool = False


@dataclass
class PullReport:
    rows: dict[str, int] = field(default_factory=dict)
    paused: str | None = None
    errors: list[str] = field(default_factory=list)
    cancelled: bool = False


class Client(Protocol):
    def create_job(self, job: dict[str, Any]) -> Any: ...
    def get_job(self, job_id: str) -> dict[str, Any] | None: ...
    def pull_delta(
        self, controller: str, since: str | None, *, after_id: str | None = None
    ) -> Iterable[list[dict[str, Any]]]: ...


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class _Outcome:
    kind: str  # sent | rejected | unknown | transient | offline | auth | configuration
    status: int | None = None
    server_id: str | None = None
    message: str = ""
    problems: list[dict[str, Any]] = field(default_factory=list)
    retry_after: float | None = None
    settled: bool = False
    uncertain: bool = False  # the server may have the job: settle with a GET before resending


class SyncEngine:
    def __init__(
        self,
        store: Any,
        client: Client,
        *,
        # Jobs handed to the pool at once. The client keeps 8 connections, so at most 8 are on
        # the wire; the other 8 wait in its pool, ready the moment a connection frees up.
        concurrency: int = 16,
        now: Callable[[], datetime] = utcnow,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        backoff: Backoff | None = None,
        batch_rows: int = PULL_BATCH_ROWS,
    ) -> None:
        self.store = store
        self.client = client
        self.concurrency = max(1, concurrency)
        self.now = now
        self.sleep = sleep
        self.backoff = backoff or Backoff(rng=rng or random.Random())
        self.batch_rows = max(1, batch_rows)

    # ------------------------------------------------------------------ push
    def push(
        self,
        *,
        max_wait: float = 0.0,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> PushReport:
        """Deliver the outbox; wait up to ``max_wait`` seconds for retries that are due later."""
        report = PushReport()
        outbox = self.store.outbox
        # A process killed mid-send left rows "sending": their outcome is unknown.
        outbox.recover_after_crash()
        deadline = time.monotonic() + max_wait
        total = outbox.pending_count()
        done = 0
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="wo-push") as pool:
            while not report.paused:
                if cancel is not None and cancel.is_set():
                    report.cancelled = True
                    break
                batch = self._sendable(outbox.due(self.now(), 500))
                if not batch:
                    wait_for = self._seconds_until_next_due()
                    if wait_for is None or time.monotonic() + wait_for > deadline:
                        break
                    self._wait(wait_for, cancel)
                    continue
                done += self._run_batch(pool, batch, report, progress, done, total, cancel)
        report.remaining = outbox.pending_count()
        return report

    def _sendable(self, items: list[Any]) -> list[Any]:
        """Items whose parent job is not still waiting here: a parent goes before its children."""
        pending = {item.job_id for item in items}
        ready: list[Any] = []
        for item in items:
            parent = getattr(item, "parent_id", None)
            if parent and (parent in pending or self._parent_unsent(parent)):
                continue
            ready.append(item)
        return ready

    def _parent_unsent(self, parent_id: str) -> bool:
        record = self.store.drafts.get(parent_id)
        return record is not None and record.state != "sent"

    def _seconds_until_next_due(self) -> float | None:
        upcoming = self.store.outbox.next_attempt_at()
        if upcoming is None:
            return None
        return max(0.05, (upcoming - self.now()).total_seconds())

    def _wait(self, seconds: float, cancel: threading.Event | None) -> None:
        if cancel is not None:
            cancel.wait(seconds)
        else:
            self.sleep(seconds)

    def _run_batch(
        self,
        pool: ThreadPoolExecutor,
        batch: list[Any],
        report: PushReport,
        progress: ProgressCallback | None,
        done: int,
        total: int,
        cancel: threading.Event | None,
    ) -> int:
        outbox = self.store.outbox
        futures: dict[Future[_Outcome], Any] = {}
        queue = deque(batch)
        # Jobs whose "sending" mark is committed but whose request has not left yet: when an
        # answer arrives the next request leaves at once, and the transaction that records the
        # answers (and its fsync) runs while the requests are out. It runs once `concurrency`
        # answers are in, or the reserve is half gone: one commit per wave of answers. A crash
        # leaves at most three times `concurrency` jobs "sending", each settled by a lookup.
        ready: deque[Any] = deque()
        reserve = 2 * self.concurrency
        finished = 0
        answered: list[tuple[Any, _Outcome]] = []
        while True:
            stop = report.paused or (cancel is not None and cancel.is_set())
            while ready and len(futures) < self.concurrency and not stop:
                item = ready.popleft()
                futures[pool.submit(self._deliver, item)] = item
            refill = bool(queue) and not stop and len(ready) <= self.concurrency
            flush = (stop and bool(ready)) or (
                bool(answered)
                and (
                    refill or stop or not queue or not futures or len(answered) >= self.concurrency
                )
            )
            if not (refill or flush):
                if not futures:
                    break
                complete, _ = wait(futures, return_when=FIRST_COMPLETED)
                answered.extend((futures.pop(f), f.result()) for f in complete)
                continue
            # One transaction records the answers that arrived together and marks the next
            # jobs "sending": a group commit, so a fast server is not held up by fsyncs.
            with outbox.batch():
                delivered: list[tuple[str, dict[str, Any]]] = []
                for item, outcome in answered:
                    self._record(item, outcome, report, delivered)
                outbox.mark_sent_many(delivered)
                finished += len(answered)
                if report.paused or (cancel is not None and cancel.is_set()):
                    report.cancelled = report.cancelled or bool(cancel and cancel.is_set())
                    queue.clear()
                    while ready:  # marked but never sent: back as they were
                        item = ready.popleft()
                        if item.state != "unknown":
                            outbox.requeue(item.job_id, _STOPPED, self.now(), count_attempt=False)
                wave = [queue.popleft() for _ in range(min(len(queue), reserve - len(ready)))]
                # Recorded before the requests leave: a crash from here is "unknown".
                marked = set(
                    outbox.mark_sending_many(i.job_id for i in wave if i.state != "unknown")
                )
                ready.extend(i for i in wave if i.state == "unknown" or i.job_id in marked)
            if answered and progress is not None:
                shown = max(total, done + finished)
                progress(
                    SyncProgress(
                        "push", None, done + finished, shown, f"{done + finished} of {shown} jobs"
                    )
                )
            answered = []
        return finished

    def _deliver(self, item: Any) -> _Outcome:
        """Runs on a pool thread: HTTP only, no store writes."""
        job_id = item.job_id
        # True while the server may hold the job: then only a GET may decide what comes next.
        uncertain = item.state == "unknown"
        try:
            if uncertain:
                settled = self._settle(job_id)
                if settled is not None:
                    return settled
                uncertain = False
            try:
                result = self.client.create_job(item.job)
            except errors.UnknownOutcomeError as exc:
                uncertain = True
                settled = self._settle(job_id)
                if settled is not None:
                    return settled
                uncertain = False
                return _Outcome("transient", message=f"{exc} It was not received; will resend.")
            return _Outcome(
                "sent",
                status=getattr(result, "status", 201),
                server_id=str(getattr(result, "server_id", None) or job_id),
            )
        except Exception as exc:
            outcome = _outcome_of(exc)
            outcome.uncertain = uncertain
            return outcome

    def _settle(self, job_id: str) -> _Outcome | None:
        """GET Jobs(<id>): the job is there (sent), or it is not (None: send it again)."""
        found = self.client.get_job(job_id)
        if found is None:
            return None
        return _Outcome("sent", status=200, server_id=str(found.get("id") or job_id), settled=True)

    def _record(
        self,
        item: Any,
        outcome: _Outcome,
        report: PushReport,
        delivered: list[tuple[str, dict[str, Any]]],
    ) -> None:
        """Writes the outcome now, except a delivery: that goes in `delivered`, marked sent
        by the caller with the others of its wave, in the same transaction."""
        outbox = self.store.outbox
        job_id = item.job_id
        if outcome.kind == "sent":
            receipt = {
                "at": self.now().isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                "http_status": outcome.status,
                "server_id": outcome.server_id,
                "settled_by_lookup": outcome.settled,
            }
            delivered.append((job_id, receipt))
            report.sent += 1
            return
        if outcome.kind == "rejected":
            outbox.mark_rejected(job_id, outcome.problems, outcome.status)
            report.rejected += 1
            return
        attempts = int(getattr(item, "attempts", 0)) + 1
        if outcome.kind in ("auth", "configuration", "offline"):
            report.paused = report.paused or outcome.kind
        if outcome.kind == "unknown" or outcome.uncertain:
            outbox.mark_unknown(job_id, outcome.message, self._later(attempts, None))
            report.errors.append(outcome.message)
            return
        if outcome.kind in ("auth", "configuration", "offline"):
            # Nothing is wrong with the job: put it back as it was and pause the push.
            outbox.requeue(job_id, outcome.message, self.now(), count_attempt=False)
            if outcome.message not in report.errors:
                report.errors.append(outcome.message)
            return
        outbox.requeue(job_id, outcome.message, self._later(attempts, outcome.retry_after))
        report.errors.append(outcome.message)

    def _later(self, attempts: int, retry_after: float | None) -> datetime:
        return self.now() + timedelta(seconds=self.backoff.delay(attempts, retry_after))

    # ------------------------------------------------------------------ pull
    def pull(
        self,
        tables: Iterable[str] | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> PullReport:
        """Delta-pull each table; each batch is stored with its watermark, so a stop resumes."""
        report = PullReport()
        catalog = self.store.catalog
        stopped = False
        for table in tables or TABLES:
            controller = TABLES[table]
            state = catalog.watermark(table)
            since, after_id = (state or (None, None)) if isinstance(state, tuple) else (state, None)
            first_load = since is None
            count = 0
            batch: list[dict[str, Any]] = []
            try:
                if first_load:
                    catalog.begin_bulk(table)
                for page in self.client.pull_delta(controller, since, after_id=after_id):
                    batch.extend(page)
                    if len(batch) >= self.batch_rows:
                        count += self._store_batch(table, batch)
                        batch = []
                        if progress is not None:
                            progress(SyncProgress("pull", table, count, None, f"{table}: {count}"))
                    if cancel is not None and cancel.is_set():
                        report.cancelled = True
                        break
                if batch:
                    count += self._store_batch(table, batch)
                if not report.cancelled:
                    catalog.mark_pulled(table, self.now())
            except errors.AuthError as exc:
                report.paused, report.errors = "auth", [*report.errors, str(exc)]
            except errors.ConfigurationError as exc:
                report.paused, report.errors = "configuration", [*report.errors, str(exc)]
            except errors.OfflineError as exc:
                report.paused, report.errors = "offline", [*report.errors, str(exc)]
            except errors.TransientError as exc:
                # A server that times out on one table will on the next: stop here rather than
                # spend a whole deadline per table. What was stored resumes next time.
                report.errors.append(f"{table}: {exc}")
                stopped = True
            except errors.ApiError as exc:
                report.errors.append(f"{table}: {exc}")
            finally:
                if first_load:
                    catalog.end_bulk(table)
            report.rows[table] = count
            if progress is not None:
                progress(SyncProgress("pull", table, count, count, f"{table}: {count} rows"))
            if report.paused or report.cancelled or stopped:
                break
        return report

    def _store_batch(self, table: str, rows: list[dict[str, Any]]) -> int:
        # The watermark is the last row whose time the next $filter can be built from: one
        # row with a garbage modified_dateutc must not stop every later pull of the table.
        timed = [r for r in rows if contract.timestamp_key(r.get("modified_dateutc")) is not None]
        last = timed[-1] if timed else None
        self.store.catalog.upsert(
            table,
            rows,
            watermark=last["modified_dateutc"] if last else None,
            last_id=str(last.get("id")) if last else None,
        )
        return len(rows)

    # ------------------------------------------------------------------ both
    def sync(
        self,
        *,
        max_wait: float = 0.0,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> tuple[PushReport, PullReport]:
        """Push first (the jobs matter most), then refresh the catalog, then push what is left."""
        first = self.push(progress=progress, cancel=cancel)
        pulled = PullReport(paused=first.paused)
        if not first.paused:
            pulled = self.pull(progress=progress, cancel=cancel)
        if first.paused or pulled.paused:
            return first, pulled
        second = self.push(max_wait=max_wait, progress=progress, cancel=cancel)
        second.sent += first.sent
        second.rejected += first.rejected
        second.errors = first.errors + second.errors
        return second, pulled


def _outcome_of(exc: Exception) -> _Outcome:
    """What an exception from the client means for the job being delivered."""
    if isinstance(exc, errors.UnknownOutcomeError):
        return _Outcome("unknown", message=str(exc))
    if isinstance(exc, errors.RejectedError):  # ForbiddenError too: 403 marks it rejected
        return _Outcome(
            "rejected", status=exc.status, message=str(exc), problems=_field_problems(exc)
        )
    if isinstance(exc, errors.TransientError):
        return _Outcome(
            "transient", status=exc.status, message=str(exc), retry_after=exc.retry_after
        )
    if isinstance(exc, errors.AuthError):
        return _Outcome("auth", status=401, message=str(exc))
    if isinstance(exc, errors.OfflineError):
        return _Outcome("offline", message=str(exc))
    if isinstance(exc, errors.ConfigurationError):
        return _Outcome("configuration", message=str(exc))
    if isinstance(exc, errors.ApiError):
        return _Outcome("transient", message=str(exc))
    # A bug must not lose the job: log it, keep it queued, and go on with the others.
    log.exception("unexpected error while delivering a job")
    return _Outcome("transient", message=f"Unexpected error: {type(exc).__name__}")


def _field_problems(exc: Exception) -> list[dict[str, Any]]:
    problems = [
        {"field": fe.field, "code": fe.code or "server", "message": fe.message}
        for fe in getattr(exc, "field_errors", []) or []
    ]
    if not problems:
        problems = [{"field": "", "code": "server", "message": str(exc)}]
    return problems
