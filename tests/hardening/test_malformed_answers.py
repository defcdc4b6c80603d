"""Malformed server answers: every status, broken and lying bodies, the client never crashes.

A raw server on loopback sends exactly the bytes a test scripts: truncated or invalid JSON,
the wrong types, huge bodies, binary garbage, a Content-Length that lies, odd headers
(strategies in malformed.py). The properties:
- the client raises nothing but `ApiError` subclasses (never KeyError, ValueError, httpx...);
- `iter_pages` yields only lists of dicts;
- `create_job` reports success only on an answer that confirms the job was created (defined in
  malformed.py), and `get_job`, on which the sync engine settles an unknown outcome, returns
  only that job.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hardkit import RawAnswer, ScriptedServer
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from malformed import (
    BASE,
    DEEP,
    HUGE_GARBAGE,
    HUGE_PAGE,
    JOB,
    JOB_ID,
    NEXT,
    OPERATIONS,
    answers,
    as_json,
    confirms_creation,
    is_our_job,
)

from wo_desktop.api.client import ApiClient, CreateResult
from wo_desktop.api.errors import (
    ApiError,
    ConfigurationError,
    TransientError,
    UnknownOutcomeError,
)

OTHER_ID = "3f2a9d7c-0000-4000-8000-000000000001"


# --- Running one operation ----------------------------------------------------------------
@pytest.fixture(scope="module")
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


@pytest.fixture(scope="module")
def client(server: ScriptedServer) -> Iterator[ApiClient]:
    with ApiClient(
        server.base_url, "clerk", "acme", "Malformed-Pw-77", read_timeout=5, deadline=5
    ) as api:
        yield api


def _resolve(answer: RawAnswer, server: ScriptedServer) -> RawAnswer:
    root = server.base_url.encode()
    body = answer.body.replace(BASE.encode(), root)
    headers = tuple((k, v.replace(BASE, server.base_url)) for k, v in answer.headers)
    return RawAnswer(answer.status, body, answer.content_type, answer.length, answer.skew, headers)


def run(client: ApiClient, server: ScriptedServer, operation: str, script: list[RawAnswer]) -> Any:
    """The operation's result; an ApiError is returned, anything else raised escapes."""
    server.script([_resolve(answer, server) for answer in script])
    try:
        if operation == "create":
            return client.create_job(JOB)
        if operation == "pages":
            return list(client.iter_pages("JobStatus"))
        if operation == "delta":
            return list(client.pull_delta("JobStatus", "2026-01-31T12:00:00.000Z"))
        if operation == "resume":
            return list(client.pull_delta("User", "2026-01-31T12:00:00.000Z", after_id=JOB_ID))
        if operation == "login":
            return client.check_login()
        if operation == "get":
            return client.get_job(JOB_ID)
        return client.update_job(JOB_ID, JOB)
    except ApiError as exc:
        return exc


_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,  # the suite stays repeatable; the @examples pin what was found
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


# --- Properties -----------------------------------------------------------------------------
@_SETTINGS
@given(
    operation=st.sampled_from(OPERATIONS),
    script=st.lists(answers(), min_size=1, max_size=3),
)
@example(operation="pages", script=[RawAnswer(200, DEEP)])
@example(operation="create", script=[RawAnswer(400, b'{"error": ' + DEEP + b"}")])
@example(operation="pages", script=[RawAnswer(200, as_json({"value": [], NEXT: "\n"}))])
@example(operation="pages", script=[RawAnswer(200, b'{"value": [], "@odata.nextLink": "\\udcff"}')])
@example(
    operation="pages",
    script=[RawAnswer(200, as_json({"value": [], "@odata.nextLink": "http://127.0.0.1:abc/"}))],
)
@example(
    operation="create",
    script=[RawAnswer(201, as_json({"id": JOB_ID}), headers=(("Content-Encoding", "gzip"),))],
)
@example(operation="pages", script=[RawAnswer(200, HUGE_PAGE), RawAnswer(200, HUGE_GARBAGE)])
@example(operation="get", script=[RawAnswer(200, as_json({"value": []}))])
@example(operation="get", script=[RawAnswer(200, as_json({**JOB, "id": OTHER_ID}))])
def test_the_client_raises_only_api_errors_and_returns_only_well_formed_results(
    client: ApiClient, server: ScriptedServer, operation: str, script: list[RawAnswer]
) -> None:
    result = run(client, server, operation, script)
    if isinstance(result, ApiError):
        assert str(result)  # a message for a person, never empty
        assert "Malformed-Pw-77" not in repr(result)
        return
    first = script[0]
    if operation == "get" and result is None:
        assert first.status == 404  # the one answer that means "no such job"
        return
    assert 200 <= first.status < 300, f"{operation} succeeded on status {first.status}"
    if operation == "create":
        assert isinstance(result, CreateResult)
        assert result.status == first.status
        assert result.server_id is None or isinstance(result.server_id, str)
        assert isinstance(result.body, dict)
    elif operation in ("pages", "delta", "resume"):
        assert isinstance(result, list)
        for page in result:
            assert isinstance(page, list)
            assert all(isinstance(row, dict) for row in page)
    elif operation == "get":
        # The engine settles an unknown outcome on this answer: it must be our job.
        assert isinstance(result, dict) and is_our_job(result)
    elif operation == "update":
        assert isinstance(result, dict)
    else:
        assert result is None


@_SETTINGS
@given(answer=answers())
@example(answer=RawAnswer(202, b""))
@example(answer=RawAnswer(206, as_json({"id": JOB_ID})))
@example(answer=RawAnswer(200, b"<html><title>Welcome</title></html>", "text/html"))
@example(answer=RawAnswer(200, b""))
@example(answer=RawAnswer(200, as_json({"status": "ok"})))
@example(answer=RawAnswer(200, as_json({"id": OTHER_ID})))
@example(answer=RawAnswer(201, as_json({"id": JOB_ID}), length="longer"))
def test_create_job_succeeds_only_on_an_answer_that_confirms_the_creation(
    client: ApiClient, server: ScriptedServer, answer: RawAnswer
) -> None:
    result = run(client, server, "create", [answer])
    if isinstance(result, CreateResult):
        assert confirms_creation(answer), f"create_job took {answer} as a success"


def test_a_201_with_an_empty_body_is_a_success(client: ApiClient, server: ScriptedServer) -> None:
    # The other side of the property: a confirmed creation is not turned into an error.
    result = run(client, server, "create", [RawAnswer(201, b"", None)])
    assert isinstance(result, CreateResult) and result.status == 201


def test_an_answer_cut_short_by_its_content_length_leaves_the_outcome_unknown(
    client: ApiClient, server: ScriptedServer
) -> None:
    cut_short = RawAnswer(201, as_json({"id": JOB_ID}), length="longer")
    result = run(client, server, "create", [cut_short])
    assert isinstance(result, UnknownOutcomeError)


# --- What the properties found, one test each -----------------------------------------------
@pytest.mark.parametrize("operation", ["pages", "create"])
def test_json_nested_too_deep_is_an_api_error_not_a_recursion_error(
    client: ApiClient, server: ScriptedServer, operation: str
) -> None:
    status = 200 if operation == "pages" else 400
    result = run(client, server, operation, [RawAnswer(status, DEEP)])
    assert isinstance(result, ApiError)


@pytest.mark.parametrize(
    "link", ["\n", "http://127.0.0.1:abc/api/JobStatus"], ids=["newline", "port"]
)
def test_a_next_link_that_is_no_url_is_a_configuration_error(
    client: ApiClient, server: ScriptedServer, link: str
) -> None:
    result = run(client, server, "pages", [RawAnswer(200, as_json({"value": [], NEXT: link}))])
    assert isinstance(result, ConfigurationError)
    assert len(server.requests) == 1


def test_a_next_link_with_a_lone_surrogate_is_not_a_crash(
    client: ApiClient, server: ScriptedServer
) -> None:
    # JSON can spell a lone UTF-16 surrogate ("\\udcff"); no URL can hold one.
    page = RawAnswer(200, b'{"value": [], "@odata.nextLink": "\\udcff"}')
    result = run(client, server, "pages", [page])
    assert isinstance(result, list | ApiError)


@pytest.mark.parametrize("operation", ["create", "pages"])
def test_a_body_that_is_not_the_gzip_it_claims_is_an_api_error(
    client: ApiClient, server: ScriptedServer, operation: str
) -> None:
    answer = RawAnswer(
        201 if operation == "create" else 200,
        as_json({"id": JOB_ID, "value": []}),
        headers=(("Content-Encoding", "gzip"),),
    )
    result = run(client, server, operation, [answer])
    assert isinstance(result, UnknownOutcomeError if operation == "create" else TransientError)


@pytest.mark.parametrize("status", [202, 203, 206, 207])
def test_a_2xx_that_does_not_say_created_leaves_the_outcome_unknown(
    client: ApiClient, server: ScriptedServer, status: int
) -> None:
    result = run(client, server, "create", [RawAnswer(status, as_json({"id": JOB_ID}))])
    assert isinstance(result, UnknownOutcomeError)


@pytest.mark.parametrize(
    "body",
    [
        b"<html><title>Welcome</title></html>",
        as_json({"status": "ok"}),
        as_json({"id": OTHER_ID}),
        b"",
    ],
    ids=["html", "other-object", "other-id", "empty"],
)
def test_a_200_whose_body_is_not_this_job_leaves_the_outcome_unknown(
    client: ApiClient, server: ScriptedServer, body: bytes
) -> None:
    result = run(client, server, "create", [RawAnswer(200, body)])
    assert isinstance(result, UnknownOutcomeError)


@pytest.mark.parametrize(
    "body",
    [as_json({"value": []}), as_json({"id": OTHER_ID})],
    ids=["a-list-page", "another-job"],
)
def test_get_job_answered_with_something_else_than_the_job_is_a_configuration_error(
    client: ApiClient, server: ScriptedServer, body: bytes
) -> None:
    # The engine settles an unknown outcome with get_job: "some row" must not count as "ours".
    result = run(client, server, "get", [RawAnswer(200, body)])
    assert isinstance(result, ConfigurationError)
