"""Automatic backups of the profile's database, and restoring one over a damaged file.

Backups are `<profile>/backups/auto-<UTC stamp>.db`, written by SQLite's online backup API
(`db.backup`: into a `.partial` file, flushed, then renamed), so a name without `.partial` is
always a complete copy. A new backup is checked before the oldest ones are rotated away: a
crash or a full disk while copying never costs a good backup. Restoring never deletes the
damaged file: it is moved aside, with its `-wal` and `-shm`, for support to look at.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wo_desktop.store import times
from wo_desktop.store.db import (
    DatabaseDamaged,
    StorageFull,
    backup,
    is_storage_full,
    quick_check,
)

log = logging.getLogger(__name__)

BACKUPS_DIR_NAME = "backups"
DATABASE_NAME = "wo-desktop.db"  # the file's name when a profile folder is given
AUTO_PREFIX = "auto-"
DAMAGED_PREFIX = "damaged-"
DEFAULT_KEEP = 5
DEFAULT_INTERVAL = timedelta(hours=20)  # about once a working day, at start-up
SIDE_FILES = ("-wal", "-shm", "-journal")
_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_AUTO_NAME = re.compile(r"^auto-(\d{8}T\d{6}\.\d{6}Z)(?:-\d+)?\.db$")


def _database_of(profile_or_db_path: Path | str) -> Path:
    path = Path(profile_or_db_path)
    return path / DATABASE_NAME if path.is_dir() else path


def backups_dir(profile_or_db_path: Path | str) -> Path:
    return _database_of(profile_or_db_path).parent / BACKUPS_DIR_NAME


def _stamp(now: datetime | None) -> str:
    return (now or times.utc_now()).astimezone(UTC).strftime(_STAMP_FORMAT)


def _unused(folder: Path, prefix: str, stamp: str, suffix: str = ".db") -> Path:
    candidate = folder / f"{prefix}{stamp}{suffix}"
    counter = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".partial").exists():
        candidate = folder / f"{prefix}{stamp}-{counter}{suffix}"
        counter += 1
    return candidate


def backup_time(path: Path | str) -> datetime | None:
    """When an automatic backup was made (UTC), read from its name; None for other files."""
    found = _AUTO_NAME.match(Path(path).name)
    if found is None:
        return None
    return datetime.strptime(found.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)


def automatic_backups(profile_or_db_path: Path | str) -> list[Path]:
    """The complete automatic backups, oldest first (`.partial` files are never listed)."""
    folder = backups_dir(profile_or_db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and _AUTO_NAME.match(p.name)]
    return sorted(found, key=lambda p: (backup_time(p), p.name))


def is_backup_due(
    profile_or_db_path: Path | str,
    every: timedelta = DEFAULT_INTERVAL,
    *,
    now: datetime | None = None,
) -> bool:
    """Whether the newest automatic backup is older than `every` (or there is none)."""
    made = automatic_backups(profile_or_db_path)
    newest = backup_time(made[-1]) if made else None
    return newest is None or (now or times.utc_now()) - newest >= every


def make_automatic_backup(
    db_path: Path | str, keep: int = DEFAULT_KEEP, *, now: datetime | None = None
) -> Path:
    """Copy the database (in use or not) to `backups/auto-<stamp>.db`; keep the newest `keep`.

    The copy is checked with `quick_check` before anything older is removed; a copy that
    fails (the source was damaged) is deleted and `DatabaseDamaged` raised, and the
    backups made before stay as they were.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    source = _database_of(db_path)
    folder = backups_dir(source)
    folder.mkdir(parents=True, exist_ok=True)
    target = _unused(folder, AUTO_PREFIX, _stamp(now))
    try:
        backup(source, target)
    except sqlite3.DatabaseError as exc:
        if is_storage_full(exc):
            raise StorageFull() from exc
        if isinstance(exc, sqlite3.OperationalError):
            raise
        raise DatabaseDamaged(source, [str(exc)]) from exc  # the copy met a damaged page
    messages = quick_check(target)
    if messages != ["ok"]:
        target.unlink(missing_ok=True)
        raise DatabaseDamaged(source, messages)
    for old in automatic_backups(source)[:-keep]:
        log.info("removing the old automatic backup %s", old.name)
        old.unlink(missing_ok=True)
    log.info("automatic backup written: %s", target.name)
    return target


def newest_backup(profile_or_db_path: Path | str) -> Path | None:
    """The newest automatic backup that passes `quick_check`, or None."""
    for candidate in reversed(automatic_backups(profile_or_db_path)):
        if quick_check(candidate) == ["ok"]:
            return candidate
        log.warning("the backup %s is damaged; trying an older one", candidate.name)
    return None


def restore_backup(db_path: Path | str, backup_path: Path | str) -> Path:
    """Put `backup_path` in the place of the (damaged) database; returns where that went.

    The damaged file and its `-wal`/`-shm` are renamed to `damaged-<stamp>.db...` beside it,
    never deleted or overwritten. The backup is checked first (`DatabaseDamaged` if it fails)
    and copied with the backup API, so the database's name never holds a half-written file.
    Raises `FileNotFoundError` when there is no database file to put aside.
    """
    database = _database_of(db_path)
    source = Path(backup_path)
    messages = quick_check(source)
    if messages != ["ok"]:
        raise DatabaseDamaged(source, messages)
    if not database.exists():
        raise FileNotFoundError(str(database))
    # The copy is made complete beside the database first, so the database's name is
    # without a file only between two renames, not for the length of a copy.
    staged = database.with_name(database.name + ".restoring")
    backup(source, staged)
    aside = _unused(database.parent, DAMAGED_PREFIX, _stamp(None))
    # Side files first: a -wal left under the database's name would be replayed into the
    # restored copy. Each goes beside the damaged file under the same new name.
    for suffix in SIDE_FILES:
        side = database.with_name(database.name + suffix)
        if side.exists():
            _move(side, aside.with_name(aside.name + suffix))
    _move(database, aside)
    os.replace(staged, database)
    _fsync_directory(database.parent)
    log.warning("restored %s from %s; the damaged file is %s", database, source.name, aside)
    return aside


def _fsync_directory(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself.
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _move(source: Path, target: Path) -> None:
    """Rename without ever replacing an existing file."""
    if target.exists():
        raise FileExistsError(str(target))
    os.rename(source, target)
