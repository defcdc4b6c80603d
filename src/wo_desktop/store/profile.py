"""Opening the profile's database: check it, migrate it, then hand out the repositories.

The order matters: a damaged file is refused before anything could write to it (the check is
read-only and so is the refusal), and migrations back the file up before they change it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine

from wo_desktop.store import times
from wo_desktop.store.catalog import CatalogRepository
from wo_desktop.store.db import DatabaseDamaged, open_engine, quick_check
from wo_desktop.store.drafts import DraftRepository
from wo_desktop.store.migrate import MigrationReport, upgrade
from wo_desktop.store.outbox import OutboxRepository
from wo_desktop.store.sync_runs import SyncRunRepository

log = logging.getLogger(__name__)

DATABASE_NAME = "wo-desktop.db"  # the file's name when a profile folder is given


class Store:
    def __init__(
        self,
        path: Path,
        engine: Engine,
        migration: MigrationReport,
        *,
        clock: Callable[[], datetime] = times.utc_now,
    ) -> None:
        self.path = path
        self.engine = engine
        self.migration = migration
        self.schema_revision = migration.to_rev
        self.drafts = DraftRepository(engine, clock=clock)
        self.outbox = OutboxRepository(engine, clock=clock)
        self.catalog = CatalogRepository(engine, clock=clock)
        self.sync_runs = SyncRunRepository(engine)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        finish_bulk_loads: bool = True,
        clock: Callable[[], datetime] = times.utc_now,
    ) -> Store:
        """Open (creating or migrating) the database file, or `<folder>/wo-desktop.db`.

        Raises `DatabaseDamaged` when the file fails `PRAGMA quick_check` (the file is left
        exactly as it was) and `DatabaseTooNew` when a newer program wrote it.
        `finish_bulk_loads` rebuilds the search index of a catalog load that a crash cut short;
        `clock` (UTC) stamps every row the store writes.
        """
        file = Path(path)
        if file.is_dir():
            file = file / DATABASE_NAME
        if file.exists() and file.stat().st_size > 0:
            messages = quick_check(file)
            if messages != ["ok"]:
                raise DatabaseDamaged(file, messages)
        report = upgrade(file)
        if report.backup_path is not None:
            log.info("database migrated %s -> %s", report.from_rev, report.to_rev)
        store = cls(file, open_engine(file), report, clock=clock)
        if finish_bulk_loads:
            for table in store.catalog.stale_tables():
                log.info("finishing the interrupted catalog load of %s", table)
                store.catalog.end_bulk(table)
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
