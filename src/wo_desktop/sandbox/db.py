"""The sandbox server's own SQLite database: schema, the generated-data marker and the clock.

Projects are stored compactly (integer links to company, address, model and parent rows) and
turned into contract JSON only when read, which is what lets a million of them be generated
in seconds. Every other table keeps its searchable columns plus the rest of the row as JSON.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from wo_desktop.sandbox.wire import now_ms

DB_NAME = "sandbox.sqlite3"
GENERATOR_VERSION = "1"

# controller -> table, for the tables stored as searchable columns + JSON.
GENERIC_TABLES: dict[str, str] = {
    "Company": "company",
    "Contact": "contact",
    "User": "user",
    "Skill": "skill",
    "DbCountry": "db_country",
    "JobType": "job_type",
    "JobPriority": "job_priority",
    "JobStatus": "job_status",
    "EquipmentBrand": "equipment_brand",
    "EquipmentModel": "equipment_model",
}
TABLES: dict[str, str] = {**GENERIC_TABLES, "Project": "project", "Jobs": "jobs"}

_GENERIC_COLUMNS = """(
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL COLLATE NOCASE,
    code TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    reference_back_office TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    name TEXT NOT NULL DEFAULT '',
    modified_ms INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL
)"""

_SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    *(f"CREATE TABLE {table} {_GENERIC_COLUMNS}" for table in GENERIC_TABLES.values()),
    """CREATE TABLE address (
        rid INTEGER PRIMARY KEY, id TEXT NOT NULL COLLATE NOCASE, street TEXT NOT NULL,
        number TEXT NOT NULL, zip TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL)""",
    # kind: 0 root location, 1 installation, 2 equipment. extra: JSON of the fields an
    # embedded project brought that have no column.
    """CREATE TABLE project (
        rid INTEGER PRIMARY KEY, id TEXT NOT NULL COLLATE NOCASE, kind INTEGER NOT NULL,
        parent_rid INTEGER, root_rid INTEGER, company_rid INTEGER, contact_rid INTEGER,
        address_rid INTEGER, model_rid INTEGER, name TEXT NOT NULL,
        ref TEXT NOT NULL COLLATE NOCASE, location TEXT NOT NULL, serial TEXT NOT NULL,
        barcode TEXT NOT NULL, mobile INTEGER NOT NULL, modified_ms INTEGER NOT NULL,
        deleted INTEGER NOT NULL, extra TEXT)""",
    """CREATE TABLE jobs (
        rid INTEGER PRIMARY KEY, id TEXT NOT NULL COLLATE NOCASE,
        reference_back_office TEXT NOT NULL COLLATE NOCASE, project_id TEXT NOT NULL
        COLLATE NOCASE, job_status_code TEXT NOT NULL COLLATE NOCASE, name TEXT NOT NULL,
        modified_ms INTEGER NOT NULL, data TEXT NOT NULL)""",
    """CREATE TABLE planning (
        rid INTEGER PRIMARY KEY, job_id TEXT NOT NULL, user_id TEXT NOT NULL,
        date_start TEXT NOT NULL)""",
]

# Built after the bulk insert: sorting once is much faster than growing B-trees row by row.
_INDEXES = [
    *(
        statement
        for table in (*GENERIC_TABLES.values(), "project", "jobs")
        for statement in (
            f"CREATE UNIQUE INDEX {table}_id ON {table} (id)",
            f"CREATE INDEX {table}_modified ON {table} (modified_ms, id)",
        )
    ),
    *(f"CREATE INDEX {table}_code ON {table} (code)" for table in GENERIC_TABLES.values()),
    *(
        f"CREATE INDEX {table}_ref ON {table} (reference_back_office)"
        for table in GENERIC_TABLES.values()
    ),
    "CREATE UNIQUE INDEX address_id ON address (id)",
    "CREATE INDEX project_ref ON project (ref)",
    "CREATE INDEX project_parent ON project (parent_rid)",
    "CREATE INDEX jobs_ref ON jobs (reference_back_office)",
]


def connect(path: Path) -> sqlite3.Connection:
    """A connection for serving: WAL, so the harness can write while the server reads."""
    conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def read_marker(path: Path) -> dict[str, str] | None:
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT key, value FROM meta").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return dict(rows)


def prepare(data_dir: Path, *, projects: int, seed: int) -> Path:
    """The database in ``data_dir``: reused when it was generated with the same seed and size,
    otherwise generated afresh (into a temporary file renamed only when complete)."""
    from wo_desktop.sandbox.generate import generate

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    wanted = {"generator": GENERATOR_VERSION, "seed": str(seed), "projects": str(projects)}
    marker = read_marker(path)
    if marker is not None and all(marker.get(key) == value for key, value in wanted.items()):
        return path
    partial = data_dir / (DB_NAME + ".partial")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        for statement in _SCHEMA:
            conn.execute(statement)
        last_ms = generate(conn, projects=projects, seed=seed)
        for statement in _INDEXES:
            conn.execute(statement)
        wanted["clock_ms"] = str(last_ms)
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", wanted.items())
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(partial, path)
    return path


def next_ms(conn: sqlite3.Connection) -> int:
    """The next modification time: the wall clock, but always after every earlier one.

    Strictly increasing across the whole server (and the harness), so a delta that asks for
    ``modified_dateutc gt <last seen>`` can never miss a row written in the same millisecond.
    Call it inside the write transaction.
    """
    row = conn.execute(
        "UPDATE meta SET value = max(?, CAST(value AS INTEGER) + 1) WHERE key = 'clock_ms'"
        " RETURNING value",
        (now_ms(),),
    ).fetchone()
    return int(row[0])
