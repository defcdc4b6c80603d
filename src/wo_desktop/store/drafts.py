"""Drafts: every job the person entered, with its outbox row and its journal.

A save is one `BEGIN IMMEDIATE` transaction holding the draft row (next revision, list columns
derived from the job), the outbox row and a journal entry with the job's JSON: after a crash
either all three are there or none.

The life of a job (ARCHITECTURE.md) as this module enforces it:
- `save(job)` or `save(job, state="draft")` leaves the job a draft; an edit of a ready or
  rejected job makes it a draft again and takes it out of the outbox, since only "Ready to
  send" validates. `save(job, state="ready")` queues it (outbox row, attempts kept on a repeat).
- A job being sent (`sending`) can still be edited: the edit is saved and journaled as a new
  revision, but the send in flight carries the revision it started with and the state stays
  `sending`. If that send is delivered, the job is `sent` and the receipt says which revision
  arrived; if it is put back, the job becomes a draft, because the edit was never validated.
- A `sent` job is never changed by a save. Trashing takes a ready job out of the outbox;
  a job being sent cannot be trashed; emptying the trash never deletes a sent job.
"""

from __future__ import annotations

import builtins
import json
import os
import signal
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, bindparam
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection

from wo_desktop.store import times
from wo_desktop.store.catalog_rows import guid, integer, text
from wo_desktop.store.db import StoreError, write_transaction
from wo_desktop.store.models import DRAFT_STATES, JOURNAL_KINDS

CRASH_ENV = "WO_DESKTOP_TEST_CRASH_POINT"
SAVE_STATES = ("draft", "ready")


class DraftNotFound(StoreError, LookupError):
    pass


class DraftStateError(StoreError, ValueError):
    """The job's state does not allow this (a sent job edited, a job being sent trashed...)."""


@dataclass(frozen=True)
class DraftRecord:
    id: str
    state: str
    job: dict[str, Any]
    name: str | None
    installation: str | None
    job_type: str | None
    status: str | None
    parent_id: str | None
    working_sequence: int | None
    revision: int
    created_at: str
    updated_at: str
    trashed_at: str | None
    rejection: list[dict[str, Any]] | None
    receipt: dict[str, Any] | None

    @property
    def trashed(self) -> bool:
        return self.trashed_at is not None


@dataclass(frozen=True)
class JournalEntry:
    id: int
    job_id: str
    revision: int
    at: str
    kind: str
    job: dict[str, Any] | None
    detail: dict[str, Any] | None


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def record_from_row(row: Mapping[Any, Any]) -> DraftRecord:
    return DraftRecord(
        id=row["id"],
        state=row["state"],
        job=json.loads(row["job_json"]),
        name=row["name"],
        installation=row["installation"],
        job_type=row["job_type"],
        status=row["status"],
        parent_id=row["parent_id"],
        working_sequence=row["working_sequence"],
        revision=row["revision"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        trashed_at=row["trashed_at"],
        rejection=_loads(row["rejection_json"]),
        receipt=_loads(row["receipt_json"]),
    )


def read_draft(connection: Connection, job_id: str) -> DraftRecord | None:
    row = (
        connection.execute(sql("SELECT * FROM drafts WHERE id = :id"), {"id": job_id})
        .mappings()
        .first()
    )
    return None if row is None else record_from_row(row)


def require_draft(connection: Connection, job_id: str) -> DraftRecord:
    record = read_draft(connection, job_id)
    if record is None:
        raise DraftNotFound(f"no draft has the id {job_id}")
    return record


def append_journal(
    connection: Connection,
    job_id: str,
    revision: int,
    at: str,
    kind: str,
    *,
    job_json: str | None = None,
    detail: Mapping[str, Any] | None = None,
) -> None:
    connection.execute(
        sql(
            "INSERT INTO journal (job_id, revision, at, kind, job_json, detail_json) "
            "VALUES (:job_id, :revision, :at, :kind, :job_json, :detail)"
        ),
        {
            "job_id": job_id,
            "revision": revision,
            "at": at,
            "kind": kind,
            "job_json": job_json,
            "detail": None if detail is None else _dumps(dict(detail)),
        },
    )


def _lookup(connection: Connection, table: str, column: str, value: str | None) -> str | None:
    if value is None:
        return None
    where = f"{column} = :v" if column == "id" else f"{column} = :v COLLATE NOCASE"
    found = connection.execute(
        sql(f"SELECT name FROM {table} WHERE {where} LIMIT 1"), {"v": value}
    ).scalar()
    return text(found)


def list_columns(connection: Connection, job: Mapping[str, Any]) -> dict[str, Any]:
    """What the drafts list shows, from the job and, where it only has a key, the catalog."""
    project: Mapping[str, Any] = job.get("project") or {}
    if not isinstance(project, dict):
        project = {}
    reference = text(job.get("project_reference_back_office"))
    installation = (
        text(project.get("name"))
        or _lookup(connection, "projects", "id", guid(job.get("project_id")))
        or _lookup(connection, "projects", "reference_back_office", reference)
        or reference
        or text(project.get("reference_back_office"))
    )
    job_type: Mapping[str, Any] = job.get("job_type") or {}
    if not isinstance(job_type, dict):
        job_type = {}
    return {
        "name": text(job.get("name")),
        "installation": installation,
        "job_type": text(job.get("job_type_code"))
        or _lookup(connection, "job_types", "id", guid(job.get("job_type_id")))
        or text(job_type.get("name"))
        or text(job_type.get("code")),
        "status": text(job.get("job_status_code"))
        or _lookup(connection, "job_statuses", "id", guid(job.get("job_status_id"))),
        "parent_id": guid(job.get("_parent_id")),
        "working_sequence": integer(job.get("working_sequence")),
    }


def crash_point(name: str) -> None:
    """Tests set WO_DESKTOP_TEST_CRASH_POINT to kill the process here, mid-transaction."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


class DraftRepository:
    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = times.utc_now) -> None:
        self._engine = engine
        self._clock = clock

    def _now(self) -> str:
        return times.to_text(self._clock())

    def save(
        self,
        job: Mapping[str, Any],
        *,
        state: str | None = None,
        note: str = "",
        kind: str = "save",
    ) -> DraftRecord:
        """Store a new revision of `job` (its "id" is required); see the module's rules."""
        job_id = guid(job.get("id"))
        if job_id is None:
            raise ValueError("a job needs its id before it can be saved")
        if state is not None and state not in SAVE_STATES:
            raise ValueError(f"save() makes a job draft or ready, not {state!r}")
        if kind not in JOURNAL_KINDS:
            raise ValueError(f"unknown journal kind {kind!r}")
        data = {**job, "id": job_id}
        job_json = _dumps(data)
        now = self._now()
        with write_transaction(self._engine) as connection:
            old = read_draft(connection, job_id)
            if old is not None and old.state == "sent":
                raise DraftStateError(f"the job {job_id} was sent; it cannot be changed")
            in_flight = old is not None and old.state == "sending"
            new_state = "sending" if in_flight else (state or "draft")
            values = {
                **list_columns(connection, data),
                "id": job_id,
                "state": new_state,
                "job_json": job_json,
                "revision": (old.revision if old else 0) + 1,
                "now": now,
                "ready": new_state == "ready",
            }
            if old is None:
                connection.execute(
                    sql(
                        "INSERT INTO drafts (id, state, job_json, name, installation, job_type, "
                        "status, parent_id, working_sequence, revision, created_at, updated_at) "
                        "VALUES (:id, :state, :job_json, :name, :installation, :job_type, "
                        ":status, :parent_id, :working_sequence, :revision, :now, :now)"
                    ),
                    values,
                )
            else:
                # Making it ready again clears the server's last rejection and takes it out
                # of the trash: a job in the outbox is never hidden.
                connection.execute(
                    sql(
                        "UPDATE drafts SET state = :state, job_json = :job_json, name = :name, "
                        "installation = :installation, job_type = :job_type, status = :status, "
                        "parent_id = :parent_id, working_sequence = :working_sequence, "
                        "revision = :revision, updated_at = :now, "
                        "rejection_json = CASE WHEN :ready THEN NULL ELSE rejection_json END, "
                        "trashed_at = CASE WHEN :ready THEN NULL ELSE trashed_at END "
                        "WHERE id = :id"
                    ),
                    values,
                )
            crash_point("after_draft_write")
            if new_state == "ready":
                connection.execute(
                    sql(
                        "INSERT INTO outbox (job_id, revision, enqueued_at, attempts, "
                        "next_attempt_at, last_error, state) "
                        "VALUES (:id, :revision, :now, 0, :now, NULL, 'queued') "
                        "ON CONFLICT (job_id) DO UPDATE SET revision = excluded.revision, "
                        "next_attempt_at = excluded.next_attempt_at, state = 'queued'"
                    ),
                    values,
                )
            elif not in_flight:
                connection.execute(sql("DELETE FROM outbox WHERE job_id = :id"), values)
            detail: dict[str, Any] = {"state": new_state}
            if note:
                detail["note"] = note
            if in_flight:
                detail["while_sending"] = True
            append_journal(
                connection,
                job_id,
                values["revision"],
                now,
                "ready" if kind == "save" and new_state == "ready" else kind,
                job_json=job_json,
                detail=detail,
            )
            return require_draft(connection, job_id)

    def get(self, job_id: str) -> DraftRecord | None:
        with self._engine.connect() as connection:
            return read_draft(connection, str(job_id).lower())

    def exists(self, job_id: str) -> bool:
        with self._engine.connect() as connection:
            found = connection.execute(
                sql("SELECT 1 FROM drafts WHERE id = :id"), {"id": str(job_id).lower()}
            ).first()
        return found is not None

    def list(
        self,
        state: str | Iterable[str] | None = None,
        text: str | None = None,
        trashed: bool | None = False,
        limit: int | None = None,
    ) -> list[DraftRecord]:
        """Newest change first. `trashed=None` lists both; `text` looks in the list columns."""
        where = ["1 = 1"]
        params: dict[str, Any] = {}
        if trashed is not None:
            where.append("trashed_at IS NOT NULL" if trashed else "trashed_at IS NULL")
        if state is not None:
            params["states"] = [state] if isinstance(state, str) else list(state)
            where.append("state IN :states")
        if text and text.strip():
            escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params["like"] = f"%{escaped}%"
            where.append(
                "("
                + " OR ".join(
                    f"{c} LIKE :like ESCAPE '\\'"
                    for c in ("name", "installation", "job_type", "status", "id")
                )
                + ")"
            )
        statement = (
            f"SELECT * FROM drafts WHERE {' AND '.join(where)} ORDER BY updated_at DESC, rowid DESC"
        )
        if limit is not None:
            statement += f" LIMIT {int(limit)}"
        query = sql(statement)
        if "states" in params:
            query = query.bindparams(bindparam("states", expanding=True))
        with self._engine.connect() as connection:
            rows = connection.execute(query, params).mappings().all()
        return [record_from_row(row) for row in rows]

    def counts(self) -> dict[str, int]:
        """Drafts per state (trashed ones left out), and "trash"."""
        result = dict.fromkeys(DRAFT_STATES, 0)
        with self._engine.connect() as connection:
            for found, number in connection.execute(
                sql("SELECT state, count(*) FROM drafts WHERE trashed_at IS NULL GROUP BY state")
            ):
                result[found] = int(number)
            result["trash"] = int(
                connection.execute(
                    sql("SELECT count(*) FROM drafts WHERE trashed_at IS NOT NULL")
                ).scalar_one()
            )
        return result

    def trash(self, job_id: str) -> DraftRecord:
        job_id = str(job_id).lower()
        now = self._now()
        with write_transaction(self._engine) as connection:
            record = require_draft(connection, job_id)
            if record.state == "sending":
                raise DraftStateError(f"the job {job_id} is being sent; it cannot be trashed now")
            if record.trashed:
                return record
            state = "draft" if record.state == "ready" else record.state
            connection.execute(sql("DELETE FROM outbox WHERE job_id = :id"), {"id": job_id})
            connection.execute(
                sql("UPDATE drafts SET trashed_at = :now, state = :state WHERE id = :id"),
                {"now": now, "state": state, "id": job_id},
            )
            append_journal(
                connection, job_id, record.revision, now, "trash", detail={"state": record.state}
            )
            return require_draft(connection, job_id)

    def restore(self, job_id: str) -> DraftRecord:
        job_id = str(job_id).lower()
        now = self._now()
        with write_transaction(self._engine) as connection:
            record = require_draft(connection, job_id)
            if not record.trashed:
                return record
            connection.execute(
                sql("UPDATE drafts SET trashed_at = NULL WHERE id = :id"), {"id": job_id}
            )
            append_journal(connection, job_id, record.revision, now, "restore")
            return require_draft(connection, job_id)

    def empty_trash(self) -> int:
        """Delete the trashed drafts for good (never a sent one, nor one on its way out)."""
        now = self._now()
        with write_transaction(self._engine) as connection:
            doomed = connection.execute(
                sql(
                    "SELECT id, revision FROM drafts WHERE trashed_at IS NOT NULL "
                    "AND state NOT IN ('sent', 'sending') AND id NOT IN "
                    "(SELECT job_id FROM outbox WHERE state IN ('sending', 'unknown'))"
                )
            ).all()
            for job_id, revision in doomed:
                append_journal(connection, job_id, revision, now, "trash", detail={"purged": True})
            connection.execute(
                sql("DELETE FROM drafts WHERE id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": [job_id for job_id, _ in doomed]},
            )
        return len(doomed)

    def journal(self, job_id: str) -> builtins.list[JournalEntry]:
        with self._engine.connect() as connection:
            rows = connection.execute(
                sql("SELECT * FROM journal WHERE job_id = :id ORDER BY id"),
                {"id": str(job_id).lower()},
            ).mappings()
            return [
                JournalEntry(
                    id=row["id"],
                    job_id=row["job_id"],
                    revision=row["revision"],
                    at=row["at"],
                    kind=row["kind"],
                    job=_loads(row["job_json"]),
                    detail=_loads(row["detail_json"]),
                )
                for row in rows
            ]
