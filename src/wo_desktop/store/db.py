"""Opening, checking and copying the SQLite file.

Every connection gets the same pragmas (WAL, synchronous=FULL, foreign keys, a busy timeout):
a setting made once on one connection would silently be missing on the next one the pool opens.
The check and the backup read through a read-only connection, so a damaged file is never written.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)
# Execution option read by the "begin" listener: writers take the write lock up front, so a
# transaction never fails half-way with SQLITE_BUSY when it upgrades from reading to writing.
BEGIN_OPTION = "wo_begin"


class StoreError(Exception):
    """Base class of the store's own errors."""


class DatabaseDamaged(StoreError):
    def __init__(self, path: Path | str, messages: list[str]) -> None:
        self.path = Path(path)
        self.messages = list(messages)
        super().__init__(f"{self.path} is damaged: {'; '.join(self.messages[:3])}")


class StorageFull(StoreError):
    """SQLITE_FULL: the disk (or the database's size limit) has no room for this write.

    The transaction was rolled back, so what was saved before is intact.
    """

    def __init__(self) -> None:
        super().__init__(
            "The disk is full: this change could not be saved. Everything saved before is "
            "intact. Free some disk space, then save again."
        )


def is_storage_full(error: BaseException) -> bool:
    """Whether a driver error (or SQLAlchemy's wrapper of one) is SQLITE_FULL."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.Error):
        return False
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == sqlite3.SQLITE_FULL)
    return "database or disk is full" in str(original)


class DatabaseTooNew(StoreError):
    def __init__(self, found: str, known: str | None) -> None:
        self.found = found
        self.known = known
        super().__init__(
            f"the database is at schema {found}, newer than this program knows ({known})"
        )


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own implicit transactions are switched off; SQLAlchemy's "begin" event
    # below issues BEGIN itself, so transactions (and transactional DDL) work as written.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            row = cursor.execute(pragma).fetchone()
            if pragma.startswith("PRAGMA journal_mode") and (row is None or row[0] != "wal"):
                log.warning("the database could not switch to WAL mode (got %r)", row)
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql(connection.get_execution_options().get(BEGIN_OPTION, "BEGIN"))


def open_engine(path: Path | str) -> Engine:
    url = URL.create("sqlite+pysqlite", database=str(Path(path)))
    # The pool hands a connection to one thread at a time; the sync worker is another thread.
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One `BEGIN IMMEDIATE` transaction: committed when the block ends, rolled back on error.

    SQLITE_FULL, in a statement or at the commit, is raised as `StorageFull`.
    """
    try:
        with engine.connect() as connection:
            connection.execution_options(**{BEGIN_OPTION: "BEGIN IMMEDIATE"})
            with connection.begin():
                yield connection
    except (sqlite3.Error, DBAPIError) as exc:
        if is_storage_full(exc):
            raise StorageFull() from exc
        raise


def _read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def connect_read_only(path: Path | str) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write the file (raises when it is missing)."""
    file = Path(path)
    if not file.exists():
        raise FileNotFoundError(str(file))
    return sqlite3.connect(_read_only_uri(file), uri=True)


def quick_check(path: Path | str) -> list[str]:
    """`PRAGMA quick_check` through a read-only connection: `["ok"]` when the file is sound."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        return [f"cannot be opened: {exc}"]
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA quick_check")] or ["ok"]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_directory(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename itself.
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def backup(source_path: Path | str, target_path: Path | str) -> None:
    """A consistent copy of a database in use, by SQLite's online backup API.

    The copy is written to `<target>.partial`, flushed to disk and only then renamed, so a
    file under the target's name is always complete.
    """
    source = Path(source_path)
    target = Path(target_path)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    reader = connect_read_only(source)
    try:
        writer = sqlite3.connect(partial)
        try:
            reader.backup(writer)
            # A single self-contained file: no -wal beside it is needed to read the copy.
            writer.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            writer.close()
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_directory(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
