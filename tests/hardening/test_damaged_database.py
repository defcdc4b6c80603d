"""A damaged database: found by quick_check, never overwritten, restored from a backup.

A real profile is filled with drafts, backed up automatically, changed some more, closed,
and then one b-tree page in the middle of the file is overwritten, as a disk fault would.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from wo_desktop.cli import main as cli_main
from wo_desktop.cli.common import EXIT_DATABASE
from wo_desktop.store import backups
from wo_desktop.store.db import DatabaseDamaged, quick_check
from wo_desktop.store.profile import Store

LEAF_TABLE_PAGE = 0x0D
INTERIOR_TABLE_PAGE = 0x05


def _job(number: int) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=0x5EED_0000 + number)),  # fixed ids: the same pages every run
        "name": f"Pump {number} hums at night",
        "project_reference_back_office": f"P-{number:04d}",
        "job_type_code": "REP",
        "job_status_code": "Open",
        "description": f"Job {number}: " + "the bearing sounds worn. " * 40,
    }


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


def _files(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def corrupt_middle_page(path: Path) -> int:
    """Overwrite the cell area of the b-tree page nearest the middle of the file; its number."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages >= 8, "the file must span many pages for 'the middle' to mean something"
    middle = pages // 2
    for distance in range(pages):
        for number in (middle - distance, middle + distance):
            start = (number - 1) * page_size
            if 1 < number <= pages and data[start] in (LEAF_TABLE_PAGE, INTERIOR_TABLE_PAGE):
                # Keep the page type byte: SQLite must read it as a b-tree page and then find
                # its cell pointers and cells to be garbage.
                data[start + 1 : start + page_size // 2] = b"\xa5" * (page_size // 2 - 1)
                path.write_bytes(bytes(data))
                return number
    raise AssertionError("no b-tree page to damage")


@pytest.fixture
def profile_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "profile"
    folder.mkdir()
    monkeypatch.setenv("WO_DESKTOP_HOME", str(folder))
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(tmp_path / "no-policy.toml"))
    return folder


class Filled:
    """A profile with drafts, one automatic backup of the first ones, then a damaged file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "wo-desktop.db"
        with Store.open(self.db) as store:
            self.in_backup = [store.drafts.save(_job(n)).id for n in range(30)]
            self.backup = backups.make_automatic_backup(self.db)
            self.after_backup = [store.drafts.save(_job(n)).id for n in range(30, 40)]
        self.damaged_page = corrupt_middle_page(self.db)
        self.damaged_digest = _digest(self.db)


@pytest.fixture
def filled(profile_dir: Path) -> Filled:
    return Filled(profile_dir)


def test_a_damaged_page_is_found_and_the_file_is_left_byte_identical(filled: Filled) -> None:
    before = _files(filled.folder)
    messages = quick_check(filled.db)
    assert messages != ["ok"]
    with pytest.raises(DatabaseDamaged) as caught:
        Store.open(filled.folder)
    assert caught.value.path == filled.db
    assert caught.value.messages == messages
    _assert_untouched(filled, before)


def _assert_untouched(filled: Filled, before: dict[str, str]) -> None:
    """The file is byte-identical and nothing was written beside it: reading a WAL-mode file
    may create an empty -wal and the -shm index, but never a frame of data."""
    after = _files(filled.folder)
    assert after[filled.db.name] == filled.damaged_digest
    assert {name: after[name] for name in before} == before
    for name in set(after) - set(before):
        assert name in (f"{filled.db.name}-wal", f"{filled.db.name}-shm"), name
        if name.endswith("-wal"):
            assert (filled.folder / name).stat().st_size == 0


def test_doctor_reports_a_damaged_database_and_never_writes_it(
    filled: Filled, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _files(filled.folder)
    code = cli_main(["doctor", "--profile", str(filled.folder)])
    out, err = capsys.readouterr()
    assert code == EXIT_DATABASE == 5
    assert "DAMAGED" in out and "needs attention" in err
    _assert_untouched(filled, before)


def test_the_newest_backup_is_restored_and_the_damaged_file_kept_aside(filled: Filled) -> None:
    newest = backups.newest_backup(filled.folder)
    assert newest == filled.backup
    aside = backups.restore_backup(filled.db, newest)

    assert aside.parent == filled.folder and aside.name.startswith("damaged-")
    assert _digest(aside) == filled.damaged_digest  # moved, not rewritten
    assert quick_check(filled.db) == ["ok"]
    with Store.open(filled.folder) as store:
        restored = {record.id for record in store.drafts.list()}
    assert restored == set(filled.in_backup)  # the backup's drafts, not the later ones
    assert _digest(filled.backup) != "absent"  # the backup itself stays for next time
    assert not list(filled.folder.glob("*.restoring*"))


def test_restoring_moves_the_damaged_wal_aside_with_the_file(filled: Filled) -> None:
    wal = filled.db.with_name(filled.db.name + "-wal")
    wal.write_bytes(b"frames a replay could misapply" * 10)
    aside = backups.restore_backup(filled.db, filled.backup)
    assert (
        aside.with_name(aside.name + "-wal").read_bytes() == b"frames a replay could misapply" * 10
    )
    assert not wal.exists() or wal.read_bytes() != b"frames a replay could misapply" * 10
    with Store.open(filled.db) as store:
        assert len(store.drafts.list()) == len(filled.in_backup)


def test_a_second_restore_never_overwrites_the_first_damaged_file(filled: Filled) -> None:
    first = backups.restore_backup(filled.db, filled.backup)
    filled.db.write_bytes(b"damaged again")
    second = backups.restore_backup(filled.db, filled.backup)
    assert first != second
    assert _digest(first) == filled.damaged_digest
    assert second.read_bytes() == b"damaged again"


def test_a_damaged_backup_is_never_restored(filled: Filled, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(filled.db.read_bytes())
    with pytest.raises(DatabaseDamaged):
        backups.restore_backup(filled.db, bad)
    assert _digest(filled.db) == filled.damaged_digest


def _stamped(hours: int) -> datetime:
    return datetime(2026, 3, 1, 9, 0, tzinfo=UTC) + timedelta(hours=hours)


def test_automatic_backups_rotate_and_keep_the_newest(profile_dir: Path) -> None:
    db = profile_dir / "wo-desktop.db"
    with Store.open(db) as store:
        made = []
        for hour in range(7):
            store.drafts.save(_job(hour))
            made.append(backups.make_automatic_backup(db, keep=5, now=_stamped(hour)))
    kept = backups.automatic_backups(profile_dir)
    assert kept == made[-5:]
    assert all(not path.exists() for path in made[:2])
    assert backups.newest_backup(profile_dir) == made[-1]
    with Store.open(made[-1]) as newest:
        assert len(newest.drafts.list()) == 7


def test_a_backup_is_due_when_the_newest_is_older_than_the_interval(profile_dir: Path) -> None:
    db = profile_dir / "wo-desktop.db"
    Store.open(db).close()
    assert backups.is_backup_due(profile_dir)  # none yet
    backups.make_automatic_backup(db, now=_stamped(0))
    day = timedelta(hours=20)
    assert not backups.is_backup_due(profile_dir, day, now=_stamped(19))
    assert backups.is_backup_due(profile_dir, day, now=_stamped(20))


def test_a_half_written_backup_is_never_promoted_or_offered(profile_dir: Path) -> None:
    db = profile_dir / "wo-desktop.db"
    with Store.open(db) as store:
        store.drafts.save(_job(1))
    good = backups.make_automatic_backup(db, now=_stamped(0))
    folder = good.parent
    # A copy cut short by a crash: later in time, but only ever under the .partial name.
    partial = folder / "auto-20260301T120000.000000Z.db.partial"
    partial.write_bytes(good.read_bytes()[:4096])
    # And a file under a complete name that is not sound (written by hand, a disk fault...).
    (folder / "auto-20260301T130000.000000Z.db").write_bytes(good.read_bytes()[:5000])

    assert backups.newest_backup(profile_dir) == good
    assert partial not in backups.automatic_backups(profile_dir)
    assert partial.exists()  # never renamed into place


def test_a_backup_that_fails_half_way_leaves_the_older_ones(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = profile_dir / "wo-desktop.db"
    with Store.open(db) as store:
        store.drafts.save(_job(1))
    older = [backups.make_automatic_backup(db, keep=2, now=_stamped(h)) for h in range(2)]

    def disk_full(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)  # the rename after the copy fails
    with pytest.raises(OSError, match="No space"):
        backups.make_automatic_backup(db, keep=2, now=_stamped(5))
    monkeypatch.undo()
    assert backups.automatic_backups(profile_dir) == older  # nothing rotated away
    assert not list(older[0].parent.glob("*.partial"))


def test_a_damaged_database_is_not_backed_up_over_good_backups(filled: Filled) -> None:
    with pytest.raises(DatabaseDamaged):
        backups.make_automatic_backup(filled.db, keep=1)
    assert backups.automatic_backups(filled.folder) == [filled.backup]


# --- The dialog a person sees ----------------------------------------------------------------
@pytest.fixture
def dialog_factory(qtbot: Any) -> Iterator[Any]:
    from wo_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

    made: list[Any] = []

    def make(*args: Any, **kwargs: Any) -> Any:
        dialog = RecoveryDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    yield make


def test_the_recovery_dialog_names_the_backup_date_and_restores_it(
    filled: Filled, qtbot: Any, dialog_factory: Any
) -> None:
    from wo_desktop.ui.dialogs.recovery_dialog import local_time_text

    messages = quick_check(filled.db)
    newest = backups.newest_backup(filled.folder)
    assert newest is not None
    made_at = backups.backup_time(newest)
    assert made_at is not None
    dialog = dialog_factory(filled.db, messages, newest)
    dialog.show()
    date_text = local_time_text(made_at)
    assert date_text == made_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert dialog.restore_button.text() == f"&Restore the newest backup (from {date_text})"
    assert date_text in dialog.message.text() and "damaged" in dialog.message.text()
    assert messages[0] in dialog.details.text()

    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        qtbot.mouseClick(dialog.restore_button, _left())
    aside = restored.args[0]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert aside.name.startswith("damaged-") and _digest(aside) == filled.damaged_digest
    with Store.open(filled.db) as store:
        assert {r.id for r in store.drafts.list()} == set(filled.in_backup)


def test_the_recovery_dialog_without_a_backup_only_offers_quit(
    filled: Filled, qtbot: Any, dialog_factory: Any
) -> None:
    dialog = dialog_factory(filled.db, ["page 9: btreeInitPage() returns error code 11"], None)
    dialog.show()
    assert dialog.restore_button is None
    assert "no automatic backup" in dialog.message.text()
    qtbot.mouseClick(dialog.quit_button, _left())
    assert dialog.result() == dialog.DialogCode.Rejected
    assert _digest(filled.db) == filled.damaged_digest


def test_quit_leaves_the_damaged_file_as_it_is(
    filled: Filled, qtbot: Any, dialog_factory: Any
) -> None:
    dialog = dialog_factory(filled.db, quick_check(filled.db), filled.backup)
    dialog.show()
    qtbot.mouseClick(dialog.quit_button, _left())
    assert dialog.result() == dialog.DialogCode.Rejected
    assert _digest(filled.db) == filled.damaged_digest
    assert not list(filled.folder.glob("damaged-*"))


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
