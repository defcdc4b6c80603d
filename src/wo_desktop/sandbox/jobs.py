"""``POST /api/Jobs`` and ``PUT /api/Jobs(<id>)``: the server side of delivering a job.

The body goes through the domain's "ready to send" rules (the same ones the client applies),
then through what only the server can know: do the referenced rows exist, is the installation
mobile. Wrong JSON or wrong types are 400, rule or reference failures 422, an id that exists
409. An embedded ``project`` that is not known is created, one that changed is updated.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any

from wo_desktop.domain.fields import FIELDS
from wo_desktop.domain.validation import Severity, check
from wo_desktop.domain.wire import format_datetime, parse_datetime
from wo_desktop.sandbox import mutate
from wo_desktop.sandbox.wire import EMPTY_DATE, EMPTY_GUID, format_ms, is_guid

# (field, table, column): references the server checks. Logically deleted rows count as gone.
_REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("project_id", "project", "id"),
    ("project_reference_back_office", "project", "ref"),
    ("job_type_id", "job_type", "id"),
    ("job_type_code", "job_type", "code"),
    ("job_status_id", "job_status", "id"),
    ("job_status_code", "job_status", "code"),
    ("job_priority_id", "job_priority", "id"),
    ("job_priority_code", "job_priority", "code"),
    ("skill_id", "skill", "id"),
    ("skill_code", "skill", "code"),
    ("suggested_user_id", "user", "id"),
    ("suggested_user_code", "user", "code"),
    ("approval_responsible_user_id", "user", "id"),
    ("contact_id", "contact", "id"),
    ("requested_by_contact_id", "contact", "id"),
    ("requested_by_company_id", "company", "id"),
    ("company_id", "company", "id"),
    ("company_code", "company", "code"),
    ("db_address_id", "address", "id"),
    ("db_address_db_country_id", "db_country", "id"),
    ("db_address_db_country_code", "db_country", "code"),
    ("_parent_id", "jobs", "id"),
    ("_parent_jobs_reference_back_office", "jobs", "reference_back_office"),
)
# Embedded entities looked up by code and created when missing: (field, table).
_EMBEDDED = (
    ("job_type", "job_type"),
    ("job_priority", "job_priority"),
    ("skill", "skill"),
    ("suggested_user", "user"),
)
_NO_DELETE_FLAG = frozenset({"jobs", "address"})
_EMPTY_BY_TYPE = {
    "string": "",
    "globally unique identifier": EMPTY_GUID,
    "date": EMPTY_DATE,
    "integer": 0,
    "decimal number": 0.0,
}
_DATE_FIELDS = tuple(spec.name for spec in FIELDS if spec.type == "date")
SCALAR_FIELDS = {
    spec.name: _EMPTY_BY_TYPE[spec.type] for spec in FIELDS if spec.type in _EMPTY_BY_TYPE
}


@dataclass
class ApiFailure(Exception):
    """An answer other than success, with the OData error body the contract describes."""

    status: int
    code: str
    message: str
    details: list[dict[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            error["details"] = self.details
            if len(self.details) == 1:
                error["target"] = self.details[0]["target"]
        return {"error": error}


def _detail(target: str, code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message, "target": target}


def parse_body(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiFailure(400, "BadRequest", f"The body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ApiFailure(400, "BadRequest", "The body must be a JSON object (one job).")
    return data


def _row(conn: sqlite3.Connection, table: str, column: str, value: Any) -> sqlite3.Row | None:
    if not isinstance(value, str) or not value or (column == "id" and not is_guid(value)):
        return None
    found: sqlite3.Row | None = conn.execute(
        f"SELECT * FROM {table} WHERE {column} = ?", (value,)
    ).fetchone()
    if found is not None and table not in _NO_DELETE_FLAG and found["deleted"]:
        return None
    return found


@dataclass
class _Plan:
    """What a valid job will write: resolved links and the embedded rows to create."""

    links: dict[str, sqlite3.Row] = field(default_factory=dict)
    new_project: dict[str, Any] | None = None
    changed_project: dict[str, Any] | None = None
    new_entities: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


def _resolve(conn: sqlite3.Connection, data: dict[str, Any]) -> tuple[_Plan, list[dict[str, str]]]:
    plan, problems = _Plan(), []
    for name, table, column in _REFERENCES:
        value = data.get(name)
        if value is None or value == "" or value == EMPTY_GUID:
            continue
        row = _row(conn, table, column, value)
        if row is None:
            problems.append(_detail(name, "not_found", f"{name} {value!r} does not exist."))
        else:
            plan.links[name] = row
    project = data.get("project")
    has_link = any(data.get(key) for key in ("project_id", "project_reference_back_office"))
    if isinstance(project, dict) and not has_link:
        found = mutate.find_project(conn, project)
        if found is None:
            plan.new_project = project
        else:
            plan.links["project"] = found
            plan.changed_project = project
    for name, table in _EMBEDDED:
        embedded = data.get(name)
        if not isinstance(embedded, dict) or any(
            data.get(f"{name}_{suffix}") for suffix in ("id", "code")
        ):
            continue
        row = _row(conn, table, "id", embedded.get("id")) or _row(
            conn, table, "code", embedded.get("code")
        )
        if row is not None:
            plan.links[name] = row
        elif not embedded.get("code"):
            problems.append(_detail(name, "required", f"A new {name} needs a code."))
        else:
            plan.new_entities.append((name, table, embedded))
    return plan, problems


def _is_mobile(plan: _Plan, data: dict[str, Any]) -> bool | None:
    for key in ("project_id", "project_reference_back_office", "project"):
        if key in plan.links:
            embedded = data.get("project") if key == "project" else None
            if isinstance(embedded, dict) and isinstance(
                embedded.get("is_mobile_installation"), bool
            ):
                return bool(embedded["is_mobile_installation"])
            return bool(plan.links[key]["mobile"])
    return None


def _validate(conn: sqlite3.Connection, data: dict[str, Any]) -> _Plan:
    plan, reference_problems = _resolve(conn, data)
    _, problems = check(data, ready=True, project_is_mobile=_is_mobile(plan, data))
    errors = [problem for problem in problems if problem.severity is Severity.ERROR]
    details = [_detail(p.field, p.code, p.message) for p in errors]
    if any(problem.code == "type" for problem in errors):
        raise ApiFailure(400, "BadRequest", "Some fields have the wrong type.", details)
    details += reference_problems
    if details:
        message = "The job is not valid: " + " ".join(d["message"] for d in details[:3])
        raise ApiFailure(422, "ValidationFailed", message, details)
    return plan


def _insert_entity(conn: sqlite3.Connection, table: str, embedded: dict[str, Any], ms: int) -> Any:
    row_id = embedded.get("id") if is_guid(embedded.get("id")) else str(uuid.uuid4())
    rest = {
        k: v for k, v in embedded.items() if k not in ("id", "code", "name", "modified_dateutc")
    }
    conn.execute(
        f"INSERT INTO {table} (id, code, name, modified_ms, data) VALUES (?,?,?,?,?)",
        (row_id, embedded["code"], str(embedded.get("name") or ""), ms, json.dumps(rest)),
    )
    return conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()


_PROJECT_CHANGES = {
    "name": "name",
    "location": "location",
    "serial_number": "serial",
    "barcode": "barcode",
    "is_mobile_installation": "mobile",
}


def _apply(conn: sqlite3.Connection, plan: _Plan, ms: int) -> None:
    """Inside the write transaction: create or update the embedded rows."""
    if plan.new_project is not None:
        project_id = mutate.insert_project(conn, plan.new_project, ms)
        sql = "SELECT * FROM project WHERE id = ?"
        plan.links["project"] = conn.execute(sql, (project_id,)).fetchone()
    elif plan.changed_project is not None:
        current, changes = plan.links["project"], {}
        for key, column in _PROJECT_CHANGES.items():
            value = plan.changed_project.get(key)
            stored = bool(current[column]) if column == "mobile" else current[column]
            if value is not None and value != stored:
                changes[key] = value
        if changes:
            mutate.update_row(conn, "project", current["id"], changes, ms)
    for name, table, embedded in plan.new_entities:
        plan.links[name] = _insert_entity(conn, table, embedded, ms)


def _entity(
    data: dict[str, Any], plan: _Plan, job_id: str, ms: int, created: str
) -> dict[str, Any]:
    """The stored job: every scalar field (the server's empties where unset), links resolved."""
    entity = dict(SCALAR_FIELDS)
    entity.update({k: v for k, v in data.items() if k in SCALAR_FIELDS and v is not None})
    for name in _DATE_FIELDS:
        # The server writes every date-time its own way, whatever form it was sent in.
        value = entity[name]
        if value == EMPTY_DATE:
            continue
        moment = parse_datetime(value) if isinstance(value, str) and value else None
        entity[name] = EMPTY_DATE if moment is None else format_datetime(moment)
    entity["id"] = job_id
    links = plan.links
    project = links.get("project_id") or links.get("project_reference_back_office")
    project = project or links.get("project")
    if project is not None:
        entity["project_id"] = project["id"]
        entity["project_reference_back_office"] = project["ref"]
    for name in ("job_type", "job_status", "job_priority", "skill", "suggested_user"):
        row = links.get(f"{name}_id") or links.get(f"{name}_code") or links.get(name)
        if row is not None:
            entity[f"{name}_id"] = row["id"]
            entity[f"{name}_code"] = row["code"]
    entity["date_create"] = created
    entity["date_update"] = entity["modified_dateutc"] = format_ms(ms)
    return entity


def _store(conn: sqlite3.Connection, entity: dict[str, Any], ms: int, *, new: bool) -> None:
    values = (
        entity["reference_back_office"],
        entity["project_id"],
        entity["job_status_code"],
        entity["name"],
        ms,
        json.dumps(entity, ensure_ascii=False),
        entity["id"],
    )
    if new:
        conn.execute(
            "INSERT INTO jobs (reference_back_office, project_id, job_status_code, name,"
            " modified_ms, data, id) VALUES (?,?,?,?,?,?,?)",
            values,
        )
    else:
        conn.execute(
            "UPDATE jobs SET reference_back_office = ?, project_id = ?, job_status_code = ?,"
            " name = ?, modified_ms = ?, data = ? WHERE id = ?",
            values,
        )
    # CONTRACT.md: Suggested with a suggested user and start makes a planning entry.
    user, start = entity["suggested_user_id"], entity["suggested_date_start"]
    if entity["job_status_code"] == "Suggested" and user != EMPTY_GUID and start != EMPTY_DATE:
        conn.execute("DELETE FROM planning WHERE job_id = ?", (entity["id"],))
        conn.execute(
            "INSERT INTO planning (job_id, user_id, date_start) VALUES (?,?,?)",
            (entity["id"], user, start),
        )


def _conflict(job_id: str) -> ApiFailure:
    detail = _detail("id", "conflict", f"A job with id {job_id} already exists.")
    return ApiFailure(409, "Conflict", detail["message"], [detail])


def create_job(conn: sqlite3.Connection, raw: bytes) -> dict[str, Any]:
    """Validate and store a new job; returns the stored entity or raises ``ApiFailure``."""
    data = parse_body(raw)
    given = data.get("id")
    try:
        plan = _validate(conn, data)
    except ApiFailure:
        # An id that exists is a 409 whatever else is wrong. A valid job skips this lookup:
        # the unique index on jobs.id answers it when inserting.
        if is_guid(given) and _row(conn, "jobs", "id", given) is not None:
            raise _conflict(given) from None
        raise
    job_id = given if is_guid(given) else str(uuid.uuid4())
    try:
        with mutate.write(conn) as ms:
            _apply(conn, plan, ms)
            created = data.get("date_create") or format_ms(ms)
            entity = _entity(data, plan, job_id, ms, created)
            _store(conn, entity, ms, new=True)
    except sqlite3.IntegrityError:
        raise _conflict(job_id) from None
    return entity


def update_job(conn: sqlite3.Connection, key: str, raw: bytes) -> dict[str, Any]:
    """Validate and replace an existing job; ``ApiFailure`` 404 when there is none."""
    data = parse_body(raw)
    stored = _row(conn, "jobs", "id", key)
    if stored is None:
        raise ApiFailure(404, "NotFound", f"There is no job with id {key}.")
    given = data.get("id")
    if given not in (None, "") and str(given).lower() != stored["id"].lower():
        detail = _detail("id", "mismatch", "The id in the body differs from the one in the URL.")
        raise ApiFailure(400, "BadRequest", detail["message"], [detail])
    data["id"] = stored["id"]
    plan = _validate(conn, data)
    with mutate.write(conn) as ms:
        _apply(conn, plan, ms)
        created = json.loads(stored["data"]).get("date_create") or format_ms(ms)
        entity = _entity(data, plan, stored["id"], ms, created)
        _store(conn, entity, ms, new=False)
    return entity
