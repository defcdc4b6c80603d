"""The local SQLite store: drafts, outbox, journal and the reference catalog.

Qt-free. Every repository takes an SQLAlchemy engine from `db.open_engine`; `profile.Store`
opens a profile's database (check, migrate) and builds them all.
"""

from wo_desktop.store.db import DatabaseDamaged, DatabaseTooNew, StorageFull, StoreError

__all__ = ["DatabaseDamaged", "DatabaseTooNew", "StorageFull", "StoreError"]
