"""The sync log: every sync run (window or command line), kept across sessions.

A run is recorded once, when it ends, by whoever ran it (the window's sync thread, or
`wo-desktop sync`), in one short write transaction that also prunes the table to the newest
`KEEP` rows, so the log never grows without bound. Errors are stored as a JSON list of the
messages the sync engine reported (they never hold a password: the engine's messages are the
server's and the transport's, and the log is redacted the same way).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import text as sql

from wo_desktop.store import times
from wo_desktop.store.db import write_transaction

# What started a run. "startup" is the window's first run after opening a profile (and the
# demo's first pull).
TRIGGERS = ("interval", "manual", "after_ready", "online", "cli", "startup")
KEEP = 1000


@dataclass(frozen=True)
class SyncRunRecord:
    """One sync run as stored; `id` is None until it is recorded."""

    trigger: str
    started_at: datetime
    finished_at: datetime | None = None
    sent: int = 0
    rejected: int = 0
    remaining: int = 0
    pulled_rows: int = 0
    paused: str | None = None
    errors: list[str] = field(default_factory=list)
    id: int | None = None

    @property
    def ok(self) -> bool:
        return self.paused is None and not self.errors


def _record(row: Any) -> SyncRunRecord:
    errors = json.loads(row.errors_json or "[]")
    return SyncRunRecord(
        id=int(row.id),
        trigger=row.trigger,
        started_at=times.from_text(row.started_at),
        finished_at=times.from_text(row.finished_at) if row.finished_at else None,
        sent=int(row.sent),
        rejected=int(row.rejected),
        remaining=int(row.remaining),
        pulled_rows=int(row.pulled_rows),
        paused=row.paused,
        errors=[str(e) for e in errors] if isinstance(errors, list) else [str(errors)],
    )


class SyncRunRepository:
    def __init__(self, engine: Engine, *, keep: int = KEEP) -> None:
        self.engine = engine
        self.keep = keep

    def record(self, run: SyncRunRecord) -> int:
        """Store a finished run and prune the oldest beyond `keep`; returns its id."""
        if run.trigger not in TRIGGERS:
            raise ValueError(f"unknown sync trigger {run.trigger!r}")
        values = {
            "started_at": times.to_text(run.started_at),
            "finished_at": times.to_text(run.finished_at) if run.finished_at else None,
            "trigger": run.trigger,
            "sent": run.sent,
            "rejected": run.rejected,
            "remaining": run.remaining,
            "pulled_rows": run.pulled_rows,
            "paused": run.paused,
            "errors_json": json.dumps(list(run.errors), ensure_ascii=False),
        }
        with write_transaction(self.engine) as connection:
            result = connection.execute(
                sql(
                    "INSERT INTO sync_runs (started_at, finished_at, trigger, sent, rejected,"
                    " remaining, pulled_rows, paused, errors_json) VALUES (:started_at,"
                    " :finished_at, :trigger, :sent, :rejected, :remaining, :pulled_rows,"
                    " :paused, :errors_json)"
                ),
                values,
            )
            new_id = int(result.lastrowid or 0)
            connection.execute(
                sql("DELETE FROM sync_runs WHERE id <= :cut"), {"cut": new_id - self.keep}
            )
        return new_id

    def recent(self, limit: int = 200) -> list[SyncRunRecord]:
        """The newest runs first."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                sql("SELECT * FROM sync_runs ORDER BY id DESC LIMIT :limit"), {"limit": limit}
            ).fetchall()
        return [_record(row) for row in rows]

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(sql("SELECT count(*) FROM sync_runs")).scalar_one())
