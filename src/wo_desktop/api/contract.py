"""Every choice the server contract leaves open, in one place.

CONTRACT.md marks these lines [inferred]: the vendor's documentation is silent on them. When a
real server behaves differently, change it here and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any
from urllib.parse import quote

# --- Controllers -------------------------------------------------------------------------------
# CONTRACT.md "Resources the client reads": Project, JobType, JobPriority, JobStatus, Company
# are [doc]; Skill, User, Contact, DbCountry are [inferred names]. "Creating a job": Jobs.
PROJECT = "Project"
COMPANY = "Company"
CONTACT = "Contact"
USER = "User"
SKILL = "Skill"
DB_COUNTRY = "DbCountry"
JOB_TYPE = "JobType"
JOB_PRIORITY = "JobPriority"
JOB_STATUS = "JobStatus"
JOBS = "Jobs"

CATALOG_CONTROLLERS: tuple[str, ...] = (
    JOB_STATUS,
    JOB_TYPE,
    JOB_PRIORITY,
    SKILL,
    DB_COUNTRY,
    USER,
    COMPANY,
    CONTACT,
    PROJECT,
)

# The cheapest authenticated request we know of, for "check login". [inferred]
LOGIN_PROBE_CONTROLLER = JOB_STATUS
LOGIN_PROBE_PARAMS: Mapping[str, str] = {"$top": "1"}

# --- Transport ---------------------------------------------------------------------------------
# CONTRACT.md "Transport": an optional X-Api-Version pins a version, without it the latest is
# served. We send none until a real server tells us which one we were written against.
API_VERSION: str | None = None
ACCEPT = "application/json"

# CONTRACT.md "Creating a job": `Prefer: return=minimal`. [doc]
PREFER_MINIMAL = "return=minimal"

# What confirms that a POST created the job. CONTRACT.md: "201 Created with the entity, or only
# {"id": ...}"; 204 is OData's answer to return=minimal. A 200 counts only when its body is
# this job (a JSON object with our id): a 200 HTML page or {"status": "ok"} is what a catch-all
# web server or gateway answers to any URL. Any other 2xx (202 Accepted...) does not say the
# job exists. Unconfirmed, the client raises UnknownOutcomeError: settled with GET Jobs(<id>).
CREATED_STATUSES: frozenset[int] = frozenset({201, 204})
CREATED_WITH_ENTITY_STATUSES: frozenset[int] = frozenset({200})

# CONTRACT.md "Failures": honour `Retry-After`. A longer wait than this is taken as this long
# (and "inf" or "nan" as no wish at all): a day is more than any real server asks. [inferred]
RETRY_AFTER_LIMIT = 24 * 3600.0

# --- Lists, paging, delta ----------------------------------------------------------------------
# CONTRACT.md "Lists, paging, delta": pages hold at most 20 rows; follow @odata.nextLink.
PAGE_SIZE = 20
VALUE_KEY = "value"
NEXT_LINK_KEY = "@odata.nextLink"
MODIFIED_FIELD = "modified_dateutc"
ID_FIELD = "id"
LOGICAL_DELETE_FIELD = "sys_logical_delete"


def query_string(params: Mapping[str, str]) -> str:
    """`$filter=modified_dateutc%20gt%202026-01-31T12:00:00.000Z&$orderby=modified_dateutc,id`.

    The OData documentation writes `$`, `:` and `,` literally; percent-encoding them (as a form
    encoder would) is legal HTTP but not what OData examples show, so we keep them literal.
    Spaces are `%20`, never `+`. [inferred]
    """
    return "&".join(
        f"{quote(key, safe='$')}={quote(value, safe=_QUERY_SAFE)}" for key, value in params.items()
    )


_QUERY_SAFE = "$,:()'"

# CONTRACT.md: "`$orderby=modified_dateutc,id` [is] inferred".
DELTA_ORDERBY = f"{MODIFIED_FIELD},{ID_FIELD}"


def delta_literal(since: str) -> str:
    """The timestamp as the $filter literal: `2026-01-31T12:00:00.000Z`, unquoted, UTC.

    CONTRACT.md: "the literal form `2026-01-31T12:00:00.000Z`, unquoted [...] inferred" and
    "millisecond precision". The server's own values carry 7 fraction digits and sometimes an
    offset; the literal is cut *down* to the millisecond, so the server's filter can only let
    through more rows than asked for, never fewer. The client drops the surplus (see
    `timestamp_key`), so a cut can never lose a row.
    """
    ticks = timestamp_key(since)
    if ticks is None:
        raise ValueError(f"not a contract date-time: {since!r}")
    seconds, fraction = divmod(ticks, _TICKS_PER_SECOND)
    moment = datetime.fromtimestamp(seconds, tz=UTC)
    millis = fraction // (_TICKS_PER_SECOND // 1000)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{millis:03d}Z"


def delta_filter(since: str, *, inclusive: bool) -> str:
    """`modified_dateutc gt <since>`, or `ge` when resuming inside a run of equal timestamps.

    Resuming (CONTRACT.md "Delta"; the engine keeps the watermark and the id of the last row it
    stored at that watermark): `gt` would skip the rows that share the watermark's timestamp and
    were not stored yet, so a resume asks with `ge` and the client drops, in the server's own
    order, the rows at that timestamp up to and including `after_id` (see
    `client.ApiClient.pull_delta`). Rows are dropped by *position* rather than by comparing
    GUIDs, because a SQL Server sorts uniqueidentifiers in its own byte order, not as text.
    """
    operator = "ge" if inclusive else "gt"
    return f"{MODIFIED_FIELD} {operator} {delta_literal(since)}"


# If the run of rows that share the resume timestamp is longer than this and `after_id` has
# not shown up (it was updated since, so it moved), stop looking and hand the rows over:
# a duplicate is harmless to an upsert, holding a huge run in memory is not.
RESUME_HOLD_LIMIT = 1000

_TICKS_PER_SECOND = 10_000_000  # .NET ticks: the server's 7 fraction digits
_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7})\d*)?"
    r"(Z|[+-]\d{2}:?\d{2})?$"
)


def timestamp_key(text: object) -> int | None:
    """A contract date-time as UTC ticks (100 ns) since 1970, for exact comparison.

    CONTRACT.md "Conventions": `YYYY-MM-DDThh:mm:ss.fff`, trailing `Z` for UTC; the server's
    samples carry 7 digits and `+00:00`. A value with no zone is UTC (the field is *_dateutc).
    """
    if not isinstance(text, str):
        return None
    match = _TIMESTAMP.match(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        moment = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), tzinfo=UTC
        )
    except ValueError:
        return None
    offset = 0
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        offset = (int(digits[:2]) * 60 + int(digits[2:])) * 60
        if zone[0] == "-":
            offset = -offset
    whole = int(moment.timestamp()) - offset
    sub = int((fraction or "").ljust(7, "0"))
    return whole * _TICKS_PER_SECOND + sub


# --- Empty values ------------------------------------------------------------------------------
# CONTRACT.md "Conventions": "The client treats a `1980-01-01` date as empty". [inferred]
EMPTY_DATE_PREFIX = "1980-01-01"


def is_empty_date(value: object) -> bool:
    return isinstance(value, str) and value.startswith(EMPTY_DATE_PREFIX)


# --- Data minimisation -------------------------------------------------------------------------
# CONTRACT.md: "The local cache keeps only what a picker shows: id, code, names, email, team
# leader, archived/disabled. [inferred: data minimisation]". modified_dateutc and
# sys_logical_delete are kept because delta sync needs them. Applied as soon as a page is
# parsed, so private fields (bank account, social security number...) never leave this module.
USER_PICKER_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "code",
        "username",
        "firstname",
        "lastname",
        "email",
        "is_team_leader",
        "team_leader_user_id",
        "archived",
        "disabled",
        MODIFIED_FIELD,
        LOGICAL_DELETE_FIELD,
    }
)
KEPT_FIELDS: Mapping[str, frozenset[str]] = {USER: USER_PICKER_FIELDS}


def minimise(controller: str, row: dict[str, Any]) -> dict[str, Any]:
    keep = KEPT_FIELDS.get(controller)
    if keep is None:
        return row
    return {key: value for key, value in row.items() if key in keep}


# --- Statuses ----------------------------------------------------------------------------------
class Outcome(Enum):
    """What a status means to the client: CONTRACT.md "Failures", right-hand column [inferred]."""

    OK = "ok"
    REJECTED = "rejected"  # keep the draft, show the message on the fields; never retry as is
    AUTH = "auth"  # pause sync, ask for the password again
    FORBIDDEN = "forbidden"  # mark rejected with the message
    CONFIGURATION = "configuration"  # wrong URL or version: pause sync, say so
    CONFLICT = "conflict"  # settle with GET Jobs(<id>): if it is ours, it was delivered
    TRANSIENT = "transient"  # retry with backoff, honour Retry-After


# 400, 422 -> rejected; 401 -> auth; 403 -> forbidden; 404 -> configuration; 409 -> conflict;
# 429, 5xx -> transient (CONTRACT.md "Failures"). The others are our reading of HTTP: 408 means
# the server never got the whole request; 405/406/410/415 mean the URL or API version is wrong;
# any other 4xx is a request the server will not take as it is.
_STATUS_OUTCOMES: Mapping[int, Outcome] = {
    400: Outcome.REJECTED,
    401: Outcome.AUTH,
    403: Outcome.FORBIDDEN,
    404: Outcome.CONFIGURATION,
    405: Outcome.CONFIGURATION,
    406: Outcome.CONFIGURATION,
    408: Outcome.TRANSIENT,
    409: Outcome.CONFLICT,
    410: Outcome.CONFIGURATION,
    415: Outcome.CONFIGURATION,
    422: Outcome.REJECTED,
    429: Outcome.TRANSIENT,
}


def classify_status(status: int) -> Outcome:
    if 200 <= status < 300:
        return Outcome.OK
    if status in _STATUS_OUTCOMES:
        return _STATUS_OUTCOMES[status]
    if status >= 500:
        return Outcome.TRANSIENT
    if 400 <= status < 500:
        return Outcome.REJECTED
    # 1xx left over or 3xx: we never follow redirects (they could carry the credentials
    # elsewhere), so a redirect means the URL is not the API's.
    return Outcome.CONFIGURATION


# --- Error bodies ------------------------------------------------------------------------------
# CONTRACT.md "Failures": "Error bodies are not documented. Parse both common shapes, and fall
# back to the raw text". The shapes themselves are parsed in errors.py; these are their keys.
ODATA_ERROR_KEY = "error"  # {"error": {"code", "message", "target", "details": [...]}}
ASPNET_MESSAGE_KEY = "Message"  # {"Message": "...", "ModelState": {"job.name": ["..."]}}
ASPNET_MODELSTATE_KEY = "ModelState"
# ASP.NET Core's ProblemDetails {"title", "detail", "errors": {"name": ["..."]}}: not named by
# the contract, but it is what a newer ASP.NET server answers by default.
PROBLEM_ERRORS_KEY = "errors"
# Model-state keys name the action's parameter first ("job.name"); the field is what follows.
FIELD_PREFIXES: tuple[str, ...] = ("job.", "jobs.", "$.")
RAW_TEXT_LIMIT = 300
