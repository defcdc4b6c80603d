"""The sync log table: runs stored across sessions, newest first, pruned to the newest 1,000."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from wo_desktop.store.profile import Store
from wo_desktop.store.sync_runs import SyncRunRecord, SyncRunRepository

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def run_at(minutes: int, **fields: object) -> SyncRunRecord:
    started = START + timedelta(minutes=minutes)
    values: dict[str, object] = {
        "trigger": "manual",
        "started_at": started,
        "finished_at": started + timedelta(seconds=3),
    }
    values.update(fields)
    return SyncRunRecord(**values)  # type: ignore[arg-type]


def test_a_run_is_stored_with_every_field_and_survives_reopening(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    run = run_at(
        0,
        trigger="after_ready",
        sent=2,
        rejected=1,
        remaining=3,
        pulled_rows=40,
        paused="offline",
        errors=["Job 1: job_type_code is unknown", "Ünïcode message"],
    )
    with Store.open(db_path) as store:
        new_id = store.sync_runs.record(run)
    with Store.open(db_path) as store:
        (found,) = store.sync_runs.recent()
    assert found == SyncRunRecord(**{**run.__dict__, "id": new_id})
    assert not found.ok


def test_recent_is_newest_first_and_limited(store: Store) -> None:
    for minute in range(5):
        store.sync_runs.record(run_at(minute, sent=minute))
    assert [r.sent for r in store.sync_runs.recent()] == [4, 3, 2, 1, 0]
    assert [r.sent for r in store.sync_runs.recent(limit=2)] == [4, 3]
    assert store.sync_runs.recent()[0].ok


def test_only_the_newest_runs_are_kept(store: Store) -> None:
    repository = SyncRunRepository(store.engine, keep=3)
    for minute in range(7):
        repository.record(run_at(minute, sent=minute))
    assert repository.count() == 3
    assert [r.sent for r in repository.recent()] == [6, 5, 4]


def test_the_default_keeps_one_thousand(store: Store) -> None:
    assert store.sync_runs.keep == 1000
    for minute in range(1003):
        store.sync_runs.record(run_at(minute, sent=minute))
    assert store.sync_runs.count() == 1000
    assert store.sync_runs.recent(limit=1000)[-1].sent == 3


def test_an_unknown_trigger_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.sync_runs.record(run_at(0, trigger="whenever"))
    assert store.sync_runs.count() == 0


def test_the_table_has_the_documented_columns(store: Store, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        columns = [r[1] for r in connection.execute("PRAGMA table_info(sync_runs)")]
    assert columns == [
        "id",
        "started_at",
        "finished_at",
        "trigger",
        "sent",
        "rejected",
        "remaining",
        "pulled_rows",
        "paused",
        "errors_json",
    ]
