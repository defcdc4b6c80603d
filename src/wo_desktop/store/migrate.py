"""Bringing a database to the program's schema with Alembic, configured in code (no alembic.ini).

A database that is behind is copied to `<its folder>/backups/` before anything runs; one whose
revision this program does not know (written by a newer version) is refused and never written.
All the revisions run in one transaction, so a failure leaves the old schema as it was.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from wo_desktop.store import times
from wo_desktop.store.db import (
    DatabaseTooNew,
    backup,
    connect_read_only,
    open_engine,
    write_transaction,
)

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
BACKUPS_DIR_NAME = "backups"


@dataclass(frozen=True)
class MigrationReport:
    from_rev: str | None
    to_rev: str
    backup_path: Path | None

    @property
    def migrated(self) -> bool:
        return self.from_rev != self.to_rev


def _config(script_location: Path | None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return config


def _script(script_location: Path | None) -> ScriptDirectory:
    return ScriptDirectory.from_config(_config(script_location))


def head_revision(*, script_location: Path | None = None) -> str:
    head = _script(script_location).get_current_head()
    if head is None:
        raise RuntimeError("the store has no migrations")
    return head


def _is_empty(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def current_revision(path: Path | str) -> str | None:
    """The revision stamped in the file (None for no file or no schema), read without writing."""
    file = Path(path)
    if _is_empty(file):
        return None
    with closing(connect_read_only(file)) as connection:
        stamped = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if stamped is None:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def backup_path_for(path: Path, revision: str | None, now: datetime | None = None) -> Path:
    stamp = (now or times.utc_now()).strftime("%Y%m%dT%H%M%SZ")
    folder = path.parent / BACKUPS_DIR_NAME
    candidate = folder / f"pre-migrate-{revision or 'none'}-{stamp}.db"
    counter = 2
    while candidate.exists():
        candidate = folder / f"pre-migrate-{revision or 'none'}-{stamp}-{counter}.db"
        counter += 1
    return candidate


def upgrade(
    path: Path | str, *, script_location: Path | None = None, revision: str = "head"
) -> MigrationReport:
    """Migrate the database at `path` to the head revision (creating it when missing).

    `revision` and `script_location` exist for the tests (an older target, extra revisions).
    """
    file = Path(path)
    script = _script(script_location)
    head = head_revision(script_location=script_location)
    target = head if revision == "head" else revision
    try:
        current = current_revision(file)
    except sqlite3.DatabaseError as exc:
        raise sqlite3.DatabaseError(f"{file}: the schema revision cannot be read ({exc})") from exc
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise DatabaseTooNew(current, head)
    if current == target:
        return MigrationReport(current, target, None)

    saved: Path | None = None
    if not _is_empty(file):
        saved = backup_path_for(file, current)
        saved.parent.mkdir(parents=True, exist_ok=True)
        backup(file, saved)
    file.parent.mkdir(parents=True, exist_ok=True)
    config = _config(script_location)
    engine = open_engine(file)
    try:
        with write_transaction(engine) as connection:
            # env.py finds this connection already in a transaction and leaves it to us.
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()
    return MigrationReport(current, target, saved)
