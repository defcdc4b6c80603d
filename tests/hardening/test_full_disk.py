"""A full disk: the save fails plainly, nothing saved before is harmed, and it works once
there is room again.

The disk is "filled" with `PRAGMA max_page_count` on every connection the store's pool hands
out (a pool checkout hook), so SQLite itself answers SQLITE_FULL exactly as it would when
the file cannot grow; lifting the limit is freeing space.
"""

from __future__ import annotations

import argparse
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from wo_desktop.store.db import StorageFull, StoreError
from wo_desktop.store.profile import Store

BIG_MEMO = "Caller read out the controller's whole error log:\n" + "E42 pressure low. " * 12_000
ROOM = 1 << 30  # pages: far more than any test writes


class DiskLimit:
    """A ceiling on the database file's size, for every connection of an engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.pages = ROOM
        event.listen(engine, "checkout", self._apply)

    def _apply(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA max_page_count = {int(self.pages)}").fetchone()
        finally:
            cursor.close()

    def fill(self, spare_pages: int = 1) -> None:
        """Leave room for `spare_pages` more pages: a small write fits, a large one does not."""
        with self.engine.connect() as connection:
            used = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
        self.pages = used + spare_pages

    def free(self) -> None:
        self.pages = ROOM

    def remove(self) -> None:
        self.free()
        event.remove(self.engine, "checkout", self._apply)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "profile") as opened:
        yield opened


@pytest.fixture
def disk(store: Store) -> Iterator[DiskLimit]:
    limit = DiskLimit(store.engine)
    yield limit
    limit.remove()


def _job(**fields: Any) -> dict[str, Any]:
    job = {
        "id": str(uuid.uuid4()),
        "name": "Heat pump trips its breaker",
        "project_reference_back_office": "P-0100",
        "job_type_code": "REP",
        "job_status_code": "Open",
    }
    job.update(fields)
    return job


def _integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def test_a_large_save_on_a_full_disk_says_so_plainly(store: Store, disk: DiskLimit) -> None:
    first = store.drafts.save(_job())
    disk.fill()
    with pytest.raises(StorageFull) as caught:
        store.drafts.save({**first.job, "internal_memo": BIG_MEMO})
    message = str(caught.value)
    assert isinstance(caught.value, StoreError)
    assert "disk is full" in message and "could not be saved" in message
    assert "intact" in message and "free some disk space" in message.lower()
    for jargon in ("sqlite", "SQLITE_FULL", "OperationalError", "database or disk"):
        assert jargon.lower() not in message.lower()


def test_the_database_stays_intact_with_the_previous_revision(
    store: Store, disk: DiskLimit
) -> None:
    ready = store.drafts.save(_job(name="Queued before the disk filled"), state="ready")
    first = store.drafts.save(_job())
    disk.fill()
    with pytest.raises(StorageFull):
        store.drafts.save({**first.job, "internal_memo": BIG_MEMO})
    with pytest.raises(StorageFull):
        store.drafts.save(_job(internal_memo=BIG_MEMO))  # a new draft: not half there either

    assert _integrity(store.path) == ["ok"]
    kept = store.drafts.get(first.id)
    assert kept is not None and kept.revision == 1 and kept.job == first.job
    assert [entry.revision for entry in store.drafts.journal(first.id)] == [1]
    assert len(store.drafts.list()) == 2
    assert store.outbox.pending_count() == 1
    assert store.drafts.get(ready.id).state == "ready"  # type: ignore[union-attr]


def test_the_save_succeeds_once_there_is_room(store: Store, disk: DiskLimit) -> None:
    first = store.drafts.save(_job())
    disk.fill()
    edited = {**first.job, "internal_memo": BIG_MEMO}
    with pytest.raises(StorageFull):
        store.drafts.save(edited)
    disk.free()
    saved = store.drafts.save(edited)
    assert saved.revision == 2 and saved.job["internal_memo"] == BIG_MEMO
    assert _integrity(store.path) == ["ok"]
    store.close()
    with Store.open(store.path) as reopened:
        again = reopened.drafts.get(first.id)
        assert again is not None and again.job["internal_memo"] == BIG_MEMO


def test_a_full_disk_does_not_queue_half_a_job(store: Store, disk: DiskLimit) -> None:
    draft = store.drafts.save(_job())
    disk.fill(spare_pages=0)
    with pytest.raises(StorageFull):
        store.drafts.save({**draft.job, "internal_memo": BIG_MEMO}, state="ready")
    assert store.outbox.pending_count() == 0
    assert store.drafts.get(draft.id).state == "draft"  # type: ignore[union-attr]
    disk.free()
    assert store.drafts.save(draft.job, state="ready").state == "ready"
    assert store.outbox.pending_count() == 1


# --- The window ------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from wo_desktop import paths
    from wo_desktop.app import build_window
    from wo_desktop.credentials import MemoryCredentials

    monkeypatch.setenv("WO_DESKTOP_POLICY", str(tmp_path / "no-policy.toml"))
    profile = paths.ensure_profile(tmp_path / "gui-profile")
    args = argparse.Namespace(
        profile=str(profile),
        demo=False,
        demo_projects=20,
        lang="en",
        measure_startup=False,
        quit_after_first_paint=False,
    )
    built, startup = build_window(args)
    startup.credentials = MemoryCredentials()
    startup.settings.values["sync_interval_minutes"] = 0
    built.ask_before_close = False
    built.show()
    qtbot.waitUntil(lambda: built.service is not None, timeout=15_000)
    yield built
    built.ask_before_close = False
    built.close()
    startup.shutdown()


def test_the_window_says_the_disk_is_full_and_keeps_the_text(window: Any, qtbot: Any) -> None:
    service, editor = window.service, window.editor
    window.new_job()
    qtbot.keyClicks(editor.fields["name"], "Chiller alarm")
    window.save_now()
    qtbot.waitUntil(lambda: editor.job_id() and service.get(editor.job_id()), timeout=10_000)
    job_id = editor.job_id()
    disk = DiskLimit(service.store.engine)
    try:
        disk.fill()
        editor.build_tabs()
        memo = editor.fields["internal_memo"]
        memo.setPlainText(BIG_MEMO)
        window.save_now()
        qtbot.waitUntil(lambda: "disk is full" in window.status.currentMessage(), timeout=10_000)
        shown = window.status.currentMessage()
        assert "Not saved" in shown and "free some disk space" in shown.lower()
        assert memo.toPlainText() == BIG_MEMO  # the person's text is still in the editor
        assert editor.dirty and editor.job_id() == job_id
        stored = service.get(job_id)
        assert stored.revision == 1 and "internal_memo" not in stored.job

        disk.free()
        window.save_now()
        qtbot.waitUntil(
            lambda: service.get(job_id).job.get("internal_memo") == BIG_MEMO, timeout=10_000
        )
        assert service.get(job_id).revision == 2
        qtbot.waitUntil(lambda: not editor.dirty, timeout=5_000)
    finally:
        disk.remove()
    assert _integrity(service.store.path) == ["ok"]
