"""Malformed answers for the client to read: the Hypothesis strategies, and the definition of
an answer that confirms a job was created.

What confirms a creation (CONTRACT.md "Creating a job"; client.create_job):
- 201 Created, whatever the body (the id is ours; the client takes the status at its word);
- 204 No Content, OData's answer to `Prefer: return=minimal`;
- 200 with a JSON object whose `id` is the job's (the entity or `{"id"}`): a 200 with an HTML
  page, garbage or some other object is what a catch-all web server or gateway answers to any
  URL, not the API having made this job;
and only when the answer arrived whole (not cut short by a Content-Length that is too long).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from hardkit import RawAnswer
from hypothesis import strategies as st

JOB_ID = "6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4"
JOB = {"id": JOB_ID, "name": "Boiler leaks", "job_status_code": "Open", "job_type_code": "REP"}
NEXT = "@odata.nextLink"
BASE = "{BASE}"  # replaced by the scripted server's base URL when the answer is sent

# --- Bodies --------------------------------------------------------------------------------
_ROW = {
    "id": "0e5d8c43-5c3e-4d43-8a7d-0c1f7d1d8b9a",
    "code": "OPEN",
    "name": "Open",
    "modified_dateutc": "2026-01-31T12:00:00.0000000+00:00",
}
HUGE_PAGE = json.dumps(
    {"value": [{**_ROW, "name": "x" * 5000, "n": n} for n in range(1000)]}
).encode()  # about 5 MB of valid JSON
HUGE_GARBAGE = bytes(range(256)) * (5 * 1024 * 1024 // 256)
DEEP = b"[" * 100_000 + b"]" * 100_000

_LINKS = st.sampled_from(
    [
        "JobStatus?$skiptoken=2",
        f"{BASE}/JobStatus?$skiptoken=3",
        "https://elsewhere.example/api/JobStatus?$skiptoken=2",  # another host
        "http://127.0.0.1:abc/api/JobStatus",
        "\n",
        "\udcff",
        "javascript:alert(1)",
        "//elsewhere.example/x",
        "",
        "x" * 70_000,
    ]
) | st.sampled_from([5, None, [], {"href": "JobStatus"}, True])


def as_json(value: Any) -> bytes:
    return json.dumps(value).encode()


_WRONG_TYPES = st.sampled_from(
    [
        {"value": {}},
        {"value": "rows"},
        {"value": None},
        {"value": 5},
        {"value": [1, "a", None, [], True, {"id": 5}, {"id": ["x"], "modified_dateutc": {}}]},
        {"id": 5},
        {"id": ["x"]},
        {"id": {"nested": JOB_ID}},
        {"id": None},
        {"id": "not-a-guid"},
        [JOB_ID],
        JOB_ID,
        12.5,
        True,
        None,
        {"error": "flat"},
        {"error": {"message": 5, "details": "x", "target": []}},
        {"error": {"message": {"value": 7}, "details": [1, {"target": 5, "message": None}]}},
        {"Message": ["x"], "ModelState": {"job.name": 5, "": [None, 3]}},
        {"ModelState": [1, 2]},
        {"title": 5, "errors": {"name": [1, None, {}]}},
        {"errors": "bad"},
    ]
).map(as_json)

_TEXTS = st.sampled_from(
    [
        b"",
        b"   \r\n ",
        b"{'value': []}",
        b'{"value": [1,]}',
        b'{"value": [{"id": NaN, "modified_dateutc": Infinity}]}',
        b'{"value": [{"name": "\\udcff"}]}',
        b'{"value": [{"name": "caf\xe9"}]}',  # Latin-1, not UTF-8
        b"\xef\xbb\xbf" + as_json({"value": [_ROW]}),  # with a BOM
        b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>proxy</body></html>",
        b"null",
        DEEP,
        b'{"value": ' + DEEP + b"}",
        b'{"error": ' + DEEP + b"}",
        b"1" * 5000,
        HUGE_PAGE,
        HUGE_GARBAGE,
    ]
)


@st.composite
def _valid_pages(draw: st.DrawFn) -> bytes:
    rows = draw(st.lists(st.sampled_from([_ROW, {"id": JOB_ID}, {}]), max_size=3))
    page: dict[str, Any] = {"@odata.context": "x", "value": rows}
    if draw(st.booleans()):
        page["@odata.nextLink"] = draw(_LINKS)
    return as_json(page)


@st.composite
def _truncated(draw: st.DrawFn) -> bytes:
    whole = draw(
        st.sampled_from([as_json({"value": [_ROW, _ROW]}), as_json(JOB), as_json({"id": JOB_ID})])
    )
    return whole[: draw(st.integers(0, len(whole) - 1))]


BODIES = st.one_of(
    _valid_pages(),
    st.sampled_from([as_json({"id": JOB_ID}), as_json({"id": JOB_ID.upper()}), as_json(JOB)]),
    _truncated(),
    _WRONG_TYPES,
    _TEXTS,
    st.binary(max_size=300),
)

STATUSES = st.one_of(
    st.sampled_from(
        [
            200,
            201,
            202,
            203,
            204,
            205,
            206,
            207,
            226,
            300,
            301,
            302,
            303,
            304,
            307,
            308,
            400,
            401,
            403,
            404,
            405,
            406,
            408,
            409,
            410,
            413,
            415,
            418,
            422,
            429,
            451,
            500,
            501,
            502,
            503,
            504,
            599,
        ]
    ),
    st.integers(200, 599),
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/json; charset=utf-8",
        "application/json",
        "text/html",
        "text/plain",
        "application/octet-stream",
        "application/xml",
        "application/json; charset=latin-1",
        None,
    ]
)
LENGTHS = st.sampled_from(
    ["exact", "exact", "exact", "shorter", "longer", "absent", "chunked", "invalid"]
)
EXTRA_HEADERS = st.lists(
    st.sampled_from(
        [
            ("Retry-After", "5"),
            ("Retry-After", "inf"),
            ("Retry-After", "nan"),
            ("Retry-After", "-3"),
            ("Retry-After", "1e400"),
            ("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"),
            ("Retry-After", "Mon, 99 Foo 2015 07:28:00 GMT"),
            ("Retry-After", "soon"),
            ("Location", f"{BASE}/Jobs({JOB_ID})"),
            ("OData-EntityId", "Jobs(not-a-guid)"),
            ("Content-Encoding", "gzip"),
            ("Content-Encoding", "deflate"),
            ("Content-Encoding", "x-unknown"),
            ("WWW-Authenticate", "Basic realm=x"),
        ]
    ),
    max_size=2,
    unique=True,
).map(tuple)


@st.composite
def answers(draw: st.DrawFn) -> RawAnswer:
    body = draw(BODIES)
    return RawAnswer(
        status=draw(STATUSES),
        body=body,
        content_type=draw(CONTENT_TYPES),
        length=draw(LENGTHS),
        skew=draw(st.integers(1, 64)),
        headers=draw(EXTRA_HEADERS),
    )


OPERATIONS = ("create", "pages", "delta", "resume", "login", "get", "update")


def received_body(answer: RawAnswer) -> bytes:
    if answer.length == "shorter":
        return answer.body[: max(0, len(answer.body) - answer.skew)]
    return answer.body


def confirms_creation(answer: RawAnswer) -> bool:
    """See the module's docstring."""
    if answer.status == 204:
        return True  # a 204 has no body, whatever its Content-Length says
    if answer.length in ("longer", "invalid"):
        return False  # the answer never arrived whole, or could not be framed at all
    if answer.status == 201:
        return True
    if answer.status != 200:
        return False
    try:
        entity = json.loads(received_body(answer))
    except (ValueError, RecursionError):
        return False
    return isinstance(entity, dict) and is_our_job(entity)


def is_our_job(row: dict[str, Any]) -> bool:
    try:
        return uuid.UUID(str(row.get("id"))) == uuid.UUID(JOB_ID)
    except ValueError:
        return False
