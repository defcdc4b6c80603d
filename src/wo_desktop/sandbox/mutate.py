"""Changing catalog rows behind the client's back, so delta pulls can be tested.

Every change moves the row's ``modified_dateutc`` to the server clock (strictly increasing),
as a real server does on add, update and logical delete. The functions take a connection
(the harness and the server each have their own; SQLite's WAL lets them share the file).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wo_desktop.sandbox.db import TABLES, connect, next_ms
from wo_desktop.sandbox.resources import find
from wo_desktop.sandbox.wire import format_ms, is_guid

# Project fields that have a column of their own; anything else goes to the `extra` JSON.
_PROJECT_COLUMNS = {
    "name": "name",
    "reference_back_office": "ref",
    "location": "location",
    "serial_number": "serial",
    "barcode": "barcode",
    "is_mobile_installation": "mobile",
    "sys_logical_delete": "deleted",
}
_GENERIC_COLUMNS = {
    "code": "code",
    "reference_back_office": "reference_back_office",
    "name": "name",
    "sys_logical_delete": "deleted",
}


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[int]:
    """One write transaction; yields its modification time.

    Inside a transaction already (jobs committed together, see ``post_jobs``) it is a
    savepoint instead, so a failure undoes this write alone.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT write")
        try:
            yield next_ms(conn)
        except BaseException:
            conn.execute("ROLLBACK TO write")
            conn.execute("RELEASE write")
            raise
        conn.execute("RELEASE write")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield next_ms(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _table(controller: str) -> str:
    resource = find(controller)
    if resource is None:
        raise KeyError(f"no controller {controller!r}; known: {', '.join(TABLES)}")
    return resource.table


def touch(conn: sqlite3.Connection, controller: str, row_id: str) -> str:
    """Mark a row as modified without changing it; returns its new ``modified_dateutc``."""
    return modify(conn, controller, row_id, {})


def logical_delete(conn: sqlite3.Connection, controller: str, row_id: str) -> str:
    """Flag a row ``sys_logical_delete`` (heavy tables) and move its ``modified_dateutc``."""
    return modify(conn, controller, row_id, {"sys_logical_delete": True})


def modify(
    conn: sqlite3.Connection, controller: str, row_id: str, fields: Mapping[str, Any]
) -> str:
    """Change fields of a row (column or JSON alike); returns its new ``modified_dateutc``."""
    table = _table(controller)
    with write(conn) as ms:
        update_row(conn, table, row_id, fields, ms)
    return format_ms(ms)


def update_row(
    conn: sqlite3.Connection, table: str, row_id: str, fields: Mapping[str, Any], ms: int
) -> None:
    """Inside a transaction: apply ``fields`` to one row; ``KeyError`` if there is none."""
    json_column = {"project": "extra", "jobs": "data"}.get(table, "data")
    columns = {"project": _PROJECT_COLUMNS, "jobs": {}}.get(table, _GENERIC_COLUMNS)
    row = conn.execute(f"SELECT rid, {json_column} FROM {table} WHERE id = ?", (row_id,))
    found = row.fetchone()
    if found is None:
        raise KeyError(f"{table} has no row {row_id}")
    document = json.loads(found[1] or "{}")
    sets, values = ["modified_ms = ?"], list[Any]([ms])
    for key, value in fields.items():
        if key in columns:
            sets.append(f"{columns[key]} = ?")
            values.append(int(value) if isinstance(value, bool) else value)
        elif key not in ("id", "modified_dateutc"):
            document[key] = value
    if fields and any(key not in columns for key in fields):
        sets.append(f"{json_column} = ?")
        values.append(json.dumps(document, ensure_ascii=False))
    conn.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE rid = ?", [*values, found[0]])


def _rid(conn: sqlite3.Connection, table: str, column: str, value: Any) -> sqlite3.Row | None:
    if not isinstance(value, str) or not value or (column == "id" and not is_guid(value)):
        return None
    sql = f"SELECT * FROM {table} WHERE {column} = ?"
    row: sqlite3.Row | None = conn.execute(sql, (value,)).fetchone()
    return row


def find_project(conn: sqlite3.Connection, fields: Mapping[str, Any]) -> sqlite3.Row | None:
    """The project an embedded ``project`` names: by ``id``, else ``reference_back_office``."""
    return _rid(conn, "project", "id", fields.get("id")) or _rid(
        conn, "project", "ref", fields.get("reference_back_office")
    )


def insert_project(conn: sqlite3.Connection, fields: Mapping[str, Any], ms: int) -> str:
    """Inside a transaction: a new project from an embedded ``project`` (contract names).

    Links given by GUID or by code are resolved; what the new row does not say (company,
    contact, address) it inherits from its parent, as the tree implies.
    """
    parent = _rid(conn, "project", "id", fields.get("_parent_id")) or _rid(
        conn, "project", "ref", fields.get("_parent_reference_back_office")
    )

    def link(table: str, by_id: str, by_code: str, code_column: str, inherited: str) -> Any:
        row = _rid(conn, table, "id", fields.get(by_id)) or _rid(
            conn, table, code_column, fields.get(by_code)
        )
        if row is not None:
            return row["rid"]
        return parent[inherited] if parent is not None else None

    model_code = fields.get("equipment_model_code")
    embedded_model = fields.get("equipment_model")
    if not model_code and isinstance(embedded_model, dict):
        model_code = embedded_model.get("code")
    model = _rid(conn, "equipment_model", "id", fields.get("equipment_model_id")) or _rid(
        conn, "equipment_model", "code", model_code
    )
    kind = 2 if model is not None else (0 if parent is None else min(parent["kind"] + 1, 2))
    row_id = fields.get("id") if is_guid(fields.get("id")) else str(uuid.uuid4())
    consumed = {
        *_PROJECT_COLUMNS,
        "id",
        "modified_dateutc",
        "_parent_id",
        "_parent_reference_back_office",
        "root_parent_id",
    }
    extra = {key: value for key, value in fields.items() if key not in consumed}
    root = None if parent is None else (parent["root_rid"] or parent["rid"])
    conn.execute(
        "INSERT INTO project (id, kind, parent_rid, root_rid, company_rid, contact_rid,"
        " address_rid, model_rid, name, ref, location, serial, barcode, mobile, modified_ms,"
        " deleted, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)",
        (
            row_id,
            kind,
            None if parent is None else parent["rid"],
            root,
            link("company", "company_id", "company_code", "code", "company_rid"),
            link(
                "contact",
                "contact_id",
                "contact_reference_back_office",
                "reference_back_office",
                "contact_rid",
            ),
            link("address", "db_address_id", "", "id", "address_rid"),
            None if model is None else model["rid"],
            str(fields.get("name") or ""),
            str(fields.get("reference_back_office") or ""),
            str(fields.get("location") or ""),
            str(fields.get("serial_number") or ""),
            str(fields.get("barcode") or ""),
            1 if fields.get("is_mobile_installation") is True else 0,
            ms,
            json.dumps(extra, ensure_ascii=False) if extra else None,
        ),
    )
    return str(row_id)


def create_project(conn: sqlite3.Connection, fields: Mapping[str, Any]) -> str:
    """Add a project as if the back office had; returns its id."""
    with write(conn) as ms:
        return insert_project(conn, fields, ms)


def open_path(path: Path) -> sqlite3.Connection:
    """A connection to a sandbox database file, for scripts and tools."""
    return connect(path)
