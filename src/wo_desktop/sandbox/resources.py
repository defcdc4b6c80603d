"""The controllers the sandbox serves and how their rows become contract JSON.

Every list is answered in two steps: the filter, order and page pick row ids from one table
(so SQLite can walk the ``(modified_ms, id)`` index), then only those rows are built.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wo_desktop.sandbox import odata
from wo_desktop.sandbox.db import GENERIC_TABLES
from wo_desktop.sandbox.odata import BadQuery, Column
from wo_desktop.sandbox.wire import EMPTY_GUID, format_ms

_BASE_COLUMNS = {
    "id": Column("id", "guid"),
    "modified_dateutc": Column("modified_ms", "datetime"),
}
_GENERIC_COLUMNS = {
    **_BASE_COLUMNS,
    "code": Column("code", "text"),
    "reference_back_office": Column("reference_back_office", "text"),
    "name": Column("name", "text"),
}
_DELETED = {"sys_logical_delete": Column("deleted", "bool")}

# Heavy tables carry sys_logical_delete (CONTRACT.md "Conventions").
HEAVY = frozenset({"Project", "Company", "Contact", "User"})


@dataclass(frozen=True)
class Resource:
    controller: str
    table: str
    columns: dict[str, Column]
    build: Callable[[sqlite3.Connection, list[int]], dict[int, dict[str, Any]]]


def _generic_builder(
    table: str, resource_fields: tuple[str, ...], heavy: bool
) -> Callable[[sqlite3.Connection, list[int]], dict[int, dict[str, Any]]]:
    def build(conn: sqlite3.Connection, rids: list[int]) -> dict[int, dict[str, Any]]:
        rows = _by_rid(conn, f"SELECT * FROM {table} WHERE rid IN ({{marks}})", rids)
        return {row["rid"]: generic_json(row, resource_fields, heavy) for row in rows}

    return build


def generic_json(row: sqlite3.Row, fields: tuple[str, ...], heavy: bool) -> dict[str, Any]:
    entity: dict[str, Any] = {"id": row["id"]}
    for name in fields:
        entity[name] = row[name]
    entity.update(json.loads(row["data"]))
    entity["modified_dateutc"] = format_ms(row["modified_ms"])
    if heavy:
        entity["sys_logical_delete"] = bool(row["deleted"])
    return entity


def _by_rid(conn: sqlite3.Connection, sql: str, rids: list[int]) -> list[sqlite3.Row]:
    marks = ",".join("?" * len(rids))
    return conn.execute(sql.replace("{marks}", marks), rids).fetchall()


_PROJECT_SELECT = """
SELECT p.rid, p.id, p.kind, par.id AS parent_id, par.ref AS parent_ref, root.id AS root_id,
       c.id AS company_id, c.code AS company_code, c.name AS company_name,
       ct.id AS contact_id, ct.reference_back_office AS contact_ref,
       a.id AS address_id, a.street, a.number, a.zip, a.city, a.country,
       m.rid AS model_rid, m.id AS model_id, m.code AS model_code, m.name AS model_name,
       m.modified_ms AS model_modified_ms, m.data AS model_data,
       p.name, p.ref, p.location, p.serial, p.barcode, p.mobile, p.modified_ms, p.deleted, p.extra
FROM project p
LEFT JOIN project par ON par.rid = p.parent_rid
LEFT JOIN project root ON root.rid = p.root_rid
LEFT JOIN company c ON c.rid = p.company_rid
LEFT JOIN contact ct ON ct.rid = p.contact_rid
LEFT JOIN address a ON a.rid = p.address_rid
LEFT JOIN equipment_model m ON m.rid = p.model_rid
WHERE p.rid IN ({marks})
"""


def _project_build(conn: sqlite3.Connection, rids: list[int]) -> dict[int, dict[str, Any]]:
    return {row["rid"]: project_json(row) for row in _by_rid(conn, _PROJECT_SELECT, rids)}


def project_json(row: sqlite3.Row) -> dict[str, Any]:
    """One project as the server sends it: the tree links, the company and address flattened
    for the pickers, and the embedded equipment model of a piece of equipment."""
    entity: dict[str, Any] = {
        "id": row["id"],
        "_parent_id": row["parent_id"] or EMPTY_GUID,
        "_parent_reference_back_office": row["parent_ref"] or "",
        "root_parent_id": row["root_id"] or EMPTY_GUID,
        "name": row["name"],
        "description": "",
        "reference_back_office": row["ref"],
        "company_id": row["company_id"] or EMPTY_GUID,
        "company_code": row["company_code"] or "",
        "company_name": row["company_name"] or "",
        "contact_id": row["contact_id"] or EMPTY_GUID,
        "contact_reference_back_office": row["contact_ref"] or "",
        "db_address_id": row["address_id"] or EMPTY_GUID,
        "street": row["street"] or "",
        "street_number": row["number"] or "",
        "zip": row["zip"] or "",
        "city": row["city"] or "",
        "db_country_code": row["country"] or "",
        "location": row["location"],
        "serial_number": row["serial"],
        "barcode": row["barcode"],
        "equipment_model_id": row["model_id"] or EMPTY_GUID,
        "equipment_model_code": row["model_code"] or "",
        "is_mobile_installation": bool(row["mobile"]),
    }
    if row["model_id"]:
        model = json.loads(row["model_data"])
        entity["equipment_family_id"] = model["equipment_family_id"]
        entity["equipment_family_code"] = model["equipment_family_code"]
        entity["equipment_model"] = {
            "id": row["model_id"],
            "code": row["model_code"],
            "name": row["model_name"],
            **model,
            "modified_dateutc": format_ms(row["model_modified_ms"]),
        }
    else:
        entity["equipment_family_id"] = EMPTY_GUID
        entity["equipment_family_code"] = ""
    if row["extra"]:
        for key, value in json.loads(row["extra"]).items():
            entity.setdefault(key, value)
    entity["modified_dateutc"] = format_ms(row["modified_ms"])
    entity["sys_logical_delete"] = bool(row["deleted"])
    return entity


def _jobs_build(conn: sqlite3.Connection, rids: list[int]) -> dict[int, dict[str, Any]]:
    rows = _by_rid(conn, "SELECT rid, modified_ms, data FROM jobs WHERE rid IN ({marks})", rids)
    return {row["rid"]: job_json(row) for row in rows}


def job_json(row: sqlite3.Row) -> dict[str, Any]:
    entity: dict[str, Any] = json.loads(row["data"])
    entity["modified_dateutc"] = format_ms(row["modified_ms"])
    return entity


def _link(column: str, table: str) -> Column:
    return Column(f"{column} {{op}} (SELECT rid FROM {table} WHERE id = ?)", "link", False)


_PROJECT_COLUMNS = {
    **_BASE_COLUMNS,
    **_DELETED,
    "reference_back_office": Column("ref", "text"),
    "name": Column("name", "text"),
    "serial_number": Column("serial", "text"),
    "barcode": Column("barcode", "text"),
    "location": Column("location", "text"),
    "is_mobile_installation": Column("mobile", "bool"),
    "_parent_id": _link("parent_rid", "project"),
    "root_parent_id": _link("root_rid", "project"),
    "company_id": _link("company_rid", "company"),
}
_JOBS_COLUMNS = {
    **_BASE_COLUMNS,
    "reference_back_office": Column("reference_back_office", "text"),
    "project_id": Column("project_id", "guid"),
    "job_status_code": Column("job_status_code", "text"),
    "name": Column("name", "text"),
}
_FIELDS = {
    "Company": ("code", "reference_back_office", "name"),
    "Contact": ("reference_back_office", "name"),
    "User": ("code",),
}


def _generic(controller: str, table: str) -> Resource:
    heavy = controller in HEAVY
    columns = {**_GENERIC_COLUMNS, **(_DELETED if heavy else {})}
    if controller == "Contact":
        company = "json_extract(data, '$.company_id') COLLATE NOCASE"
        columns["company_id"] = Column(company, "guid")
    fields = _FIELDS.get(controller, ("code", "name"))
    return Resource(controller, table, columns, _generic_builder(table, fields, heavy))


RESOURCES: dict[str, Resource] = {
    **{name: _generic(name, table) for name, table in GENERIC_TABLES.items()},
    "Project": Resource("Project", "project", _PROJECT_COLUMNS, _project_build),
    "Jobs": Resource("Jobs", "jobs", _JOBS_COLUMNS, _jobs_build),
}
_BY_LOWER = {name.lower(): resource for name, resource in RESOURCES.items()}


def find(controller: str) -> Resource | None:
    """Controllers are matched without regard to case, as ASP.NET routes are."""
    return _BY_LOWER.get(controller.lower())


@dataclass
class Page:
    rows: list[dict[str, Any]]
    next_params: dict[str, str] | None
    count: int | None = None


def list_page(
    conn: sqlite3.Connection, resource: Resource, params: Mapping[str, str], *, keyset: bool
) -> Page:
    """One page of a list; ``next_params`` are the query options of the next page, if any."""
    columns = resource.columns
    where, values = "1", list[Any]()
    if params.get("$filter"):
        where, values = odata.compile_filter(params["$filter"], columns)
    keys = odata.compile_orderby(params.get("$orderby"), columns)
    top = odata.non_negative("$top", params.get("$top"))
    skip = odata.non_negative("$skip", params.get("$skip")) or 0
    size = odata.PAGE_SIZE if top is None else min(odata.PAGE_SIZE, top)
    count = None
    if params.get("$count", "").lower() == "true":
        sql = f"SELECT count(*) FROM {resource.table} WHERE {where}"
        count = conn.execute(sql, values).fetchone()[0]
    clauses, query_values, offset = [where], list(values), skip
    token = params.get("$skiptoken")
    if keyset and token:
        seek, seek_values = odata.seek_sql(keys, odata.decode_token(token))
        # The seek goes first: with two lower bounds on modified_ms, SQLite starts the index
        # range at the first one, and the seek's is the one that skips the pages already sent.
        clauses.insert(0, seek)
        query_values = seek_values + query_values
        offset = 0
    key_columns = ", ".join(sql for sql, _ in keys)
    sql = (
        f"SELECT rid, {key_columns} FROM {resource.table} WHERE {' AND '.join(clauses)}"
        f" ORDER BY {odata.order_sql(keys)} LIMIT ? OFFSET ?"
    )
    try:
        picked = conn.execute(sql, [*query_values, size + 1, offset]).fetchall()
    except sqlite3.OperationalError as exc:
        raise BadQuery(f"the query cannot be run: {exc}") from None
    more = len(picked) > size
    picked = picked[:size]
    built = resource.build(conn, [row[0] for row in picked]) if picked else {}
    rows = [built[row[0]] for row in picked]
    left = None if top is None else top - len(rows)
    if not more or (left is not None and left <= 0):
        return Page(rows, None, count)
    next_params = {
        key: value for key, value in params.items() if key in ("$filter", "$orderby", "$count")
    }
    if left is not None:
        next_params["$top"] = str(left)
    next_params["$skip"] = str(skip + len(rows))
    if keyset:
        next_params["$skiptoken"] = odata.encode_token(list(picked[-1][1:]))
    return Page(rows, next_params, count)


def get_one(conn: sqlite3.Connection, resource: Resource, key: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT rid FROM {resource.table} WHERE id = ?", (key,)).fetchone()
    if row is None:
        return None
    return resource.build(conn, [row[0]]).get(row[0])


def parse_key(text: str) -> str:
    """``<guid>``, ``'<guid>'`` or ``guid'<guid>'`` (OData v3) as the GUID text."""
    key = text.strip()
    if key.startswith("guid'") and key.endswith("'"):
        key = key[5:-1]
    elif len(key) >= 2 and key[0] == key[-1] == "'":
        key = key[1:-1]
    if odata.GUID_RE.fullmatch(key) is None:
        raise BadQuery(f"the key {text!r} is not a GUID")
    return key
