"""The SQLite file: pragmas on every connection, the read-only check, the online backup."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from storekit import make_job, make_projects

from wo_desktop.store import db
from wo_desktop.store.db import DatabaseDamaged
from wo_desktop.store.migrate import upgrade
from wo_desktop.store.profile import Store


def _pragmas(connection: object) -> tuple[object, ...]:
    return tuple(
        connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # type: ignore[attr-defined]
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    )


def test_pragmas_are_set_on_every_pooled_connection(db_path: Path) -> None:
    upgrade(db_path)
    engine = db.open_engine(db_path)
    try:
        # Two connections out at once are two different SQLite connections from the pool.
        with engine.connect() as first, engine.connect() as second:
            assert first.connection.dbapi_connection is not second.connection.dbapi_connection
            assert _pragmas(first) == ("wal", 2, 1, db.BUSY_TIMEOUT_MS)
            assert _pragmas(second) == ("wal", 2, 1, db.BUSY_TIMEOUT_MS)
        engine.dispose()  # the next connection is a brand new one
        with engine.connect() as third:
            assert _pragmas(third) == ("wal", 2, 1, db.BUSY_TIMEOUT_MS)
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    upgrade(db_path)
    engine = db.open_engine(db_path)
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), db.write_transaction(engine) as c:
            c.exec_driver_sql(
                "INSERT INTO outbox (job_id, revision, enqueued_at, next_attempt_at, state) "
                "VALUES ('no-such-draft', 1, 'x', 'x', 'queued')"
            )
    finally:
        engine.dispose()


def test_quick_check_says_ok_for_a_sound_file(store: Store) -> None:
    store.drafts.save(make_job())
    assert db.quick_check(store.path) == ["ok"]


def _damaged_copy(source: Path, target: Path) -> Path:
    """Overwrite the header of every b-tree page after the first: the file is still SQLite."""
    data = bytearray(source.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for start in range(page_size, len(data), page_size):
        data[start : start + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    target.write_bytes(bytes(data))
    return target


def test_damaged_file_is_reported_and_never_touched(store: Store, tmp_path: Path) -> None:
    for _ in range(20):
        store.drafts.save(make_job(description="x" * 2000))
    store.catalog.upsert("projects", make_projects(300), watermark="w")
    store.close()
    damaged = _damaged_copy(store.path, tmp_path / "damaged.db")
    before = damaged.read_bytes()

    messages = db.quick_check(damaged)
    assert messages != ["ok"] and messages
    with pytest.raises(DatabaseDamaged) as caught:
        Store.open(damaged)
    assert caught.value.path == damaged
    assert caught.value.messages == messages
    assert damaged.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_is_damaged(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert db.quick_check(junk) != ["ok"]
    with pytest.raises(DatabaseDamaged):
        Store.open(junk)
    assert junk.read_bytes() == b"this is not sqlite" * 100


def test_backup_copies_a_database_in_use(store: Store, tmp_path: Path) -> None:
    job = store.drafts.save(make_job(), state="ready")
    target = tmp_path / "out" / "copy.db"
    target.parent.mkdir()
    target.write_bytes(b"an older copy")  # replaced, not appended to

    db.backup(store.path, target)  # the store's engine is still open

    assert db.quick_check(target) == ["ok"]
    assert not target.with_name("copy.db.partial").exists()
    with closing(sqlite3.connect(target)) as copy:
        assert copy.execute("SELECT id, state FROM drafts").fetchall() == [(job.id, "ready")]
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_backup_never_promotes_a_half_written_copy(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    source.write_bytes(b"garbage that SQLite refuses to copy" * 200)
    target = tmp_path / "copy.db"
    with pytest.raises(sqlite3.DatabaseError):
        db.backup(source, target)
    assert not target.exists()
    assert not (tmp_path / "copy.db.partial").exists()
