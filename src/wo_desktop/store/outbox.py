"""The outbox: jobs made ready and not yet known to have reached the server.

Row states: `queued` (waiting for its next attempt), `sending` (a request is out), `unknown`
(a request went out and its outcome was lost: timeout, reset, 409, or a process killed
mid-send). An `unknown` row must be settled with `GET Jobs(<id>)` before anything is sent
again: that and the job's permanent id are what make delivery exactly once. The draft's
state follows: `ready` while queued, `sending` while sending or unknown.

Each method is one transaction that also writes the journal. `mark_sent` and `mark_rejected`
also work when the row is gone (a settled lookup after the row was put back), and do
nothing to a job already sent.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection

from wo_desktop.store import times
from wo_desktop.store.db import StoreError, write_transaction
from wo_desktop.store.drafts import DraftNotFound, DraftRecord, append_journal, require_draft


@dataclass(frozen=True)
class OutboxItem:
    job_id: str
    revision: int  # the revision being delivered
    job: dict[str, Any]  # that revision's JSON
    attempts: int
    state: str  # queued | unknown (sending rows are not due)
    parent_id: str | None
    enqueued_at: str
    next_attempt_at: str
    last_error: str | None


def _problems(problems: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "field": str(p.get("field") or ""),
            "code": str(p.get("code") or ""),
            "message": str(p.get("message") or ""),
        }
        for p in problems
    ]


# Far under SQLite's limit on bound parameters (32,766), with five per journal entry.
_IDS_PER_STATEMENT = 1000


def _marks(count: int) -> str:
    return ", ".join(["?"] * count)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _journal_many(
    connection: Connection, entries: list[tuple[str, int, str, str, Mapping[str, Any]]]
) -> None:
    """One INSERT for several journal entries (what `append_journal` writes for each)."""
    values = ",".join(["(?, ?, ?, ?, NULL, ?)"] * len(entries))
    connection.exec_driver_sql(
        f"INSERT INTO journal (job_id, revision, at, kind, job_json, detail_json) VALUES {values}",
        tuple(x for e in entries for x in (e[0], e[1], e[2], e[3], _dumps(dict(e[4])))),
    )


class OutboxRepository:
    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = times.utc_now) -> None:
        self._engine = engine
        self._clock = clock
        self._local = threading.local()

    def _now(self) -> str:
        return times.to_text(self._clock())

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        shared = getattr(self._local, "connection", None)
        if shared is not None:
            yield shared
            return
        with write_transaction(self._engine) as connection:
            yield connection

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run several marks of this thread in one transaction: one commit, one fsync.

        Each job's row is still written as its answer arrives; only the commits are grouped.
        If the batch fails, every mark in it is rolled back together, which leaves those jobs
        `sending`, i.e. settled by a lookup after a restart: never lost, never sent twice.
        """
        if getattr(self._local, "connection", None) is not None:
            yield
            return
        with write_transaction(self._engine) as connection:
            self._local.connection = connection
            try:
                yield
            finally:
                self._local.connection = None

    def due(self, now: datetime, limit: int = 100) -> list[OutboxItem]:
        """Rows to try now, oldest first: queued ones and unknown ones (to settle first)."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                sql(
                    "SELECT o.*, d.job_json, d.revision AS draft_revision, d.parent_id "
                    "FROM outbox o JOIN drafts d ON d.id = o.job_id "
                    "WHERE o.state IN ('queued', 'unknown') AND o.next_attempt_at <= :now "
                    "ORDER BY o.enqueued_at, o.job_id LIMIT :limit"
                ),
                {"now": times.to_text(now), "limit": int(limit)},
            ).mappings()
            return [
                OutboxItem(
                    job_id=row["job_id"],
                    revision=row["revision"],
                    job=self._job_of(connection, row),
                    attempts=row["attempts"],
                    state=row["state"],
                    parent_id=row["parent_id"],
                    enqueued_at=row["enqueued_at"],
                    next_attempt_at=row["next_attempt_at"],
                    last_error=row["last_error"],
                )
                for row in rows.all()
            ]

    def _job_of(self, connection: Connection, row: Mapping[Any, Any]) -> dict[str, Any]:
        if row["draft_revision"] == row["revision"]:
            return dict(json.loads(row["job_json"]))
        # Edited while its send was out: what goes (again) is the revision that was sent.
        sent = connection.execute(
            sql(
                "SELECT job_json FROM journal WHERE job_id = :id AND revision = :revision "
                "AND job_json IS NOT NULL ORDER BY id DESC LIMIT 1"
            ),
            {"id": row["job_id"], "revision": row["revision"]},
        ).scalar()
        return dict(json.loads(sent if sent is not None else row["job_json"]))

    def next_attempt_at(self) -> datetime | None:
        """When the next queued or unknown row becomes due (None: nothing waits)."""
        with self._engine.connect() as connection:
            found = connection.execute(
                sql("SELECT min(next_attempt_at) FROM outbox WHERE state IN ('queued', 'unknown')")
            ).scalar()
        return None if found is None else times.from_text(found)

    def pending_count(self) -> int:
        """Jobs not yet known to be delivered: zero means "safe to close"."""
        with self._engine.connect() as connection:
            return int(connection.execute(sql("SELECT count(*) FROM outbox")).scalar_one())

    def attempts(self, job_id: str) -> int | None:
        with self._engine.connect() as connection:
            found = connection.execute(
                sql("SELECT attempts FROM outbox WHERE job_id = :id"), {"id": job_id.lower()}
            ).scalar()
        return None if found is None else int(found)

    def _row(self, connection: Connection, job_id: str) -> Mapping[Any, Any] | None:
        return (
            connection.execute(sql("SELECT * FROM outbox WHERE job_id = :id"), {"id": job_id})
            .mappings()
            .first()
        )

    def _require_row(self, connection: Connection, job_id: str) -> Mapping[Any, Any]:
        row = self._row(connection, job_id)
        if row is None:
            raise StoreError(f"the job {job_id} is not in the outbox")
        return row

    def _set_draft_state(self, connection: Connection, job_id: str, state: str, now: str) -> None:
        connection.execute(
            sql("UPDATE drafts SET state = :state, updated_at = :now WHERE id = :id"),
            {"state": state, "now": now, "id": job_id},
        )

    def mark_sending(self, job_id: str) -> None:
        """Recorded before the request leaves: a crash from here on leaves the outcome unknown."""
        job_id = job_id.lower()
        now = self._now()
        with self._transaction() as connection:
            row = self._require_row(connection, job_id)
            connection.execute(
                sql("UPDATE outbox SET state = 'sending' WHERE job_id = :id"), {"id": job_id}
            )
            self._set_draft_state(connection, job_id, "sending", now)
            append_journal(
                connection,
                job_id,
                row["revision"],
                now,
                "sync_attempt",
                detail={"outcome": "sending", "attempt": row["attempts"] + 1},
            )

    def mark_unknown(
        self, job_id: str, error: str, next_attempt_at: datetime | None = None
    ) -> None:
        """The request may or may not have arrived: settle with a GET before sending again."""
        job_id = job_id.lower()
        now = self._now()
        with self._transaction() as connection:
            row = self._require_row(connection, job_id)
            connection.execute(
                sql(
                    "UPDATE outbox SET state = 'unknown', attempts = attempts + 1, "
                    "last_error = :error, next_attempt_at = :next WHERE job_id = :id"
                ),
                {
                    "error": error,
                    "next": times.to_text(next_attempt_at) if next_attempt_at else now,
                    "id": job_id,
                },
            )
            self._set_draft_state(connection, job_id, "sending", now)
            append_journal(
                connection,
                job_id,
                row["revision"],
                now,
                "sync_attempt",
                detail={"outcome": "unknown", "error": error},
            )

    def mark_sent(self, job_id: str, receipt: Mapping[str, Any]) -> DraftRecord:
        """Delivered: the row goes, the draft is sent with its receipt (time, status, server id)."""
        job_id = job_id.lower()
        now = self._now()
        with self._transaction() as connection:
            record = require_draft(connection, job_id)
            if record.state == "sent":
                return record
            row = self._row(connection, job_id)
            delivered = row["revision"] if row is not None else record.revision
            stored = {**receipt, "revision": delivered}
            connection.execute(sql("DELETE FROM outbox WHERE job_id = :id"), {"id": job_id})
            connection.execute(
                sql(
                    "UPDATE drafts SET state = 'sent', receipt_json = :receipt, "
                    "rejection_json = NULL, updated_at = :now WHERE id = :id"
                ),
                {"receipt": json.dumps(stored, ensure_ascii=False), "now": now, "id": job_id},
            )
            append_journal(
                connection,
                job_id,
                delivered,
                now,
                "sent",
                detail={**stored, "edited_after_send": record.revision > delivered},
            )
            return require_draft(connection, job_id)

    def mark_rejected(
        self,
        job_id: str,
        problems: Iterable[Mapping[str, Any]],
        http_status: int | None = None,
    ) -> DraftRecord:
        """Refused by the server: never retried as is; the problems are kept for the form."""
        job_id = job_id.lower()
        now = self._now()
        kept = _problems(problems)
        with self._transaction() as connection:
            record = require_draft(connection, job_id)
            if record.state == "sent":
                return record
            row = self._row(connection, job_id)
            connection.execute(sql("DELETE FROM outbox WHERE job_id = :id"), {"id": job_id})
            connection.execute(
                sql(
                    "UPDATE drafts SET state = 'rejected', rejection_json = :problems, "
                    "updated_at = :now WHERE id = :id"
                ),
                {"problems": json.dumps(kept, ensure_ascii=False), "now": now, "id": job_id},
            )
            append_journal(
                connection,
                job_id,
                row["revision"] if row is not None else record.revision,
                now,
                "rejected",
                detail={"http_status": http_status, "problems": kept},
            )
            return require_draft(connection, job_id)

    def requeue(
        self,
        job_id: str,
        error: str,
        next_attempt_at: datetime,
        *,
        count_attempt: bool = True,
    ) -> None:
        """Not delivered (network, 5xx, 429, or sync paused): try again at `next_attempt_at`.

        A job edited while this send was out goes back to draft instead: its new revision was
        never validated, so it waits for "Ready to send" again.
        """
        job_id = job_id.lower()
        now = self._now()
        with self._transaction() as connection:
            row = self._require_row(connection, job_id)
            record = require_draft(connection, job_id)
            detail = {"outcome": "requeued", "error": error}
            if record.revision > row["revision"]:
                connection.execute(sql("DELETE FROM outbox WHERE job_id = :id"), {"id": job_id})
                self._set_draft_state(connection, job_id, "draft", now)
                detail["outcome"] = "edited_while_sending"
            else:
                connection.execute(
                    sql(
                        "UPDATE outbox SET state = 'queued', last_error = :error, "
                        "next_attempt_at = :next, attempts = attempts + :add WHERE job_id = :id"
                    ),
                    {
                        "error": error,
                        "next": times.to_text(next_attempt_at),
                        "add": 1 if count_attempt else 0,
                        "id": job_id,
                    },
                )
                self._set_draft_state(connection, job_id, "ready", now)
            append_journal(connection, job_id, row["revision"], now, "sync_attempt", detail=detail)

    def mark_sending_many(self, job_ids: Iterable[str]) -> list[str]:
        """`mark_sending` for a wave of queued jobs in three statements; returns those marked.

        A job that is no longer queued (edited back to a draft, trashed, already out) is left
        as it is and not returned: the caller must not send it.
        """
        ids = list(dict.fromkeys(job_id.lower() for job_id in job_ids))
        if len(ids) > _IDS_PER_STATEMENT:
            with self.batch():
                step = _IDS_PER_STATEMENT
                return [
                    m
                    for n in range(0, len(ids), step)
                    for m in self.mark_sending_many(ids[n : n + step])
                ]
        if not ids:
            return []
        now = self._now()
        with self._transaction() as connection:
            rows = connection.exec_driver_sql(
                "UPDATE outbox SET state = 'sending' WHERE state = 'queued' "
                f"AND job_id IN ({_marks(len(ids))}) RETURNING job_id, revision, attempts",
                tuple(ids),
            ).all()
            if not rows:
                return []
            marked = {row[0] for row in rows}
            connection.exec_driver_sql(
                f"UPDATE drafts SET state = 'sending', updated_at = ? WHERE id IN "
                f"({_marks(len(marked))})",
                (now, *marked),
            )
            _journal_many(
                connection,
                [
                    (
                        job_id,
                        revision,
                        now,
                        "sync_attempt",
                        {"outcome": "sending", "attempt": n + 1},
                    )
                    for job_id, revision, n in rows
                ],
            )
        return [job_id for job_id in ids if job_id in marked]

    def mark_sent_many(self, delivered: Iterable[tuple[str, Mapping[str, Any]]]) -> int:
        """`mark_sent` for several jobs (id, receipt) in five statements; returns how many changed.

        Nothing is read back: the engine, the one caller, needs no `DraftRecord`. A job already
        sent is left as it is; an unknown id raises `DraftNotFound`, as `mark_sent` does.
        """
        receipts = {job_id.lower(): receipt for job_id, receipt in reversed(list(delivered))}
        if len(receipts) > _IDS_PER_STATEMENT:
            pairs, step = list(receipts.items()), _IDS_PER_STATEMENT
            with self.batch():
                return sum(
                    self.mark_sent_many(pairs[n : n + step]) for n in range(0, len(pairs), step)
                )
        if not receipts:
            return 0
        now = self._now()
        with self._transaction() as connection:
            found = connection.exec_driver_sql(
                "SELECT d.id, d.state, d.revision, o.revision FROM drafts d "
                "LEFT JOIN outbox o ON o.job_id = d.id "
                f"WHERE d.id IN ({_marks(len(receipts))})",
                tuple(receipts),
            ).all()
            missing = set(receipts) - {row[0] for row in found}
            if missing:
                raise DraftNotFound(f"no draft has the id {min(missing)}")
            changes = []
            for job_id, state, revision, row_revision in found:
                if state == "sent":
                    continue
                sent = row_revision if row_revision is not None else revision
                stored = {**receipts[job_id], "revision": sent}
                changes.append((job_id, sent, stored, revision > sent))
            if not changes:
                return 0
            ids = tuple(change[0] for change in changes)
            marks = _marks(len(ids))
            connection.exec_driver_sql(f"DELETE FROM outbox WHERE job_id IN ({marks})", ids)
            values = ",".join(["(?, ?)"] * len(changes))
            connection.exec_driver_sql(
                f"WITH v(id, receipt) AS (VALUES {values}) "
                "UPDATE drafts SET state = 'sent', receipt_json = v.receipt, "
                "rejection_json = NULL, updated_at = ? FROM v WHERE drafts.id = v.id",
                (*(x for c in changes for x in (c[0], _dumps(c[2]))), now),
            )
            _journal_many(
                connection,
                [
                    (job_id, sent, now, "sent", {**stored, "edited_after_send": edited})
                    for job_id, sent, stored, edited in changes
                ],
            )
        return len(changes)

    def recover_after_crash(self) -> int:
        """Rows left `sending` by a process that died become `unknown` (settled by a GET)."""
        now = self._now()
        with self._transaction() as connection:
            stuck = connection.execute(
                sql("SELECT job_id, revision FROM outbox WHERE state = 'sending'")
            ).all()
            for job_id, revision in stuck:
                append_journal(
                    connection,
                    job_id,
                    revision,
                    now,
                    "sync_attempt",
                    detail={"outcome": "unknown", "error": "interrupted while sending"},
                )
            connection.execute(
                sql(
                    "UPDATE outbox SET state = 'unknown', next_attempt_at = :now "
                    "WHERE state = 'sending'"
                ),
                {"now": now},
            )
        return len(stuck)
