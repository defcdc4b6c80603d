"""The client against the contract server (wo_desktop.sandbox), over loopback HTTP."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from wo_desktop.api.client import ApiClient
from wo_desktop.api.errors import (
    AuthError,
    ConfigurationError,
    RejectedError,
    TransientError,
    UnknownOutcomeError,
)
from wo_desktop.sandbox import mutate
from wo_desktop.sandbox.harness import SandboxServer

Client = Callable[..., ApiClient]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(tmp_path_factory.mktemp("sandbox"), projects=40) as server:
        yield server


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[Client]:
    made: list[ApiClient] = []

    def make(**options: Any) -> ApiClient:
        password = options.pop("password", sandbox.password)
        api = ApiClient(sandbox.base_url, sandbox.user, sandbox.domain, password, **options)
        made.append(api)
        return api

    yield make
    sandbox.set_faults()
    for api in made:
        api.close()


def _job(sandbox: SandboxServer, **fields: Any) -> dict[str, Any]:
    project = sandbox.pick_project(kind="equipment")
    return {
        "id": str(uuid.uuid4()),
        "name": "Boiler leaks in the basement",
        "project_id": project["id"],
        "job_type_code": sandbox.codes("JobType")[0],
        "job_status_code": "Open",
        **fields,
    }


def test_login_is_checked(sandbox: SandboxServer, client: Client) -> None:
    client().check_login()
    with pytest.raises(AuthError):
        client(password="wrong-password").check_login()


def test_lists_come_in_pages_of_at_most_twenty_until_the_last(
    sandbox: SandboxServer, client: Client
) -> None:
    pages = list(client().iter_pages("Project"))
    assert len(pages) > 1
    assert all(len(page) <= 20 for page in pages)
    ids = [row["id"] for page in pages for row in page]
    assert len(ids) == len(set(ids)) == sandbox.count("Project")


def test_an_unknown_controller_is_a_configuration_error(client: Client) -> None:
    with pytest.raises(ConfigurationError):
        list(client().iter_pages("NoSuchThing"))


def test_user_rows_carry_no_private_fields(client: Client) -> None:
    rows = [row for page in client().pull_delta("User", None) for row in page]
    assert rows
    assert all("bankaccount" not in row and "private_street" not in row for row in rows)


def test_delta_since_the_watermark_returns_only_what_changed(
    sandbox: SandboxServer, client: Client
) -> None:
    api = client()
    rows = [row for page in api.pull_delta("Project", None) for row in page]
    watermark = rows[-1]["modified_dateutc"]
    assert list(api.pull_delta("Project", watermark)) == []
    changed = rows[3]["id"]
    sandbox.touch("Project", changed)
    (page,) = api.pull_delta("Project", watermark)
    assert [row["id"] for row in page] == [changed]


def test_delta_resume_inside_a_run_of_equal_timestamps_loses_and_repeats_nothing(
    sandbox: SandboxServer, client: Client
) -> None:
    api = client()
    ids = [row["id"] for page in api.pull_delta("Project", None) for row in page]
    # One back-office transaction changes 30 projects: they share one modified_dateutc, and
    # the run spans a page boundary. That is where `gt <watermark>` alone would lose rows.
    assert sandbox.db_path is not None
    conn = mutate.open_path(sandbox.db_path)
    try:
        with mutate.write(conn) as ms:
            for row_id in ids[:30]:
                mutate.update_row(conn, "project", row_id, {}, ms)
    finally:
        conn.close()
    rows = [row for page in api.pull_delta("Project", None) for row in page]
    stamps = [row["modified_dateutc"] for row in rows]
    first = stamps.index(stamps[-1])
    assert len(rows) - first == 30
    for k in (first, first + 12, len(rows) - 1):  # start, middle (page 2) and end of the run
        resumed = [
            row["id"]
            for page in api.pull_delta("Project", stamps[k], after_id=rows[k]["id"])
            for row in page
        ]
        assert resumed == [row["id"] for row in rows[k + 1 :]]


def test_a_job_is_created_once_and_read_back(sandbox: SandboxServer, client: Client) -> None:
    api = client()
    job = _job(sandbox)
    result = api.create_job(job)
    assert result.status == 201
    assert result.server_id == job["id"]
    stored = api.get_job(job["id"])
    assert stored is not None and stored["name"] == job["name"]
    with pytest.raises(UnknownOutcomeError) as caught:
        api.create_job(job)
    assert caught.value.reason == "conflict"
    assert api.get_job(str(uuid.uuid4())) is None


def test_update_changes_the_job(sandbox: SandboxServer, client: Client) -> None:
    api = client()
    job = _job(sandbox)
    api.create_job(job)
    api.update_job(job["id"], {**job, "name": "Boiler replaced"})
    stored = sandbox.get_job(job["id"])
    assert stored is not None and stored["name"] == "Boiler replaced"


def test_an_invalid_job_is_rejected_with_the_field_named(
    sandbox: SandboxServer, client: Client
) -> None:
    job = _job(sandbox)
    del job["name"]
    with pytest.raises(RejectedError) as caught:
        client().create_job(job)
    assert caught.value.status in (400, 422)
    assert "name" in [error.field for error in caught.value.field_errors]
    assert sandbox.get_job(job["id"]) is None


def test_rate_limiting_is_transient_with_retry_after(
    sandbox: SandboxServer, client: Client
) -> None:
    sandbox.set_faults(rate_limit_rate=1.0, retry_after=3)
    with pytest.raises(TransientError) as caught:
        client().create_job(_job(sandbox))
    assert (caught.value.status, caught.value.retry_after) == (429, 3.0)


def test_server_errors_are_transient(sandbox: SandboxServer, client: Client) -> None:
    sandbox.set_faults(error_rate=1.0)
    with pytest.raises(TransientError) as caught:
        client().create_job(_job(sandbox))
    assert caught.value.status in (500, 502, 503)


def test_a_lost_acknowledgement_is_an_unknown_outcome_that_get_settles(
    sandbox: SandboxServer, client: Client
) -> None:
    api = client()
    job = _job(sandbox)
    sandbox.set_faults(drop_after_commit_rate=1.0)
    with pytest.raises(UnknownOutcomeError):
        api.create_job(job)
    sandbox.set_faults()
    assert api.get_job(job["id"]) is not None  # it did arrive: mark sent, never resend


def test_a_revoked_user_is_an_auth_error(sandbox: SandboxServer, client: Client) -> None:
    sandbox.set_faults(unauthorized_user=sandbox.user, scope="all")
    with pytest.raises(AuthError):
        client().check_login()


def test_a_dripping_answer_is_cut_at_the_deadline(sandbox: SandboxServer, client: Client) -> None:
    sandbox.set_faults(drip_bytes_per_second=200, scope="all")
    api = client(deadline=1.0)
    started = time.monotonic()
    with pytest.raises(TransientError, match="within 1 s"):
        list(api.iter_pages("Project"))
    assert time.monotonic() - started < 10  # a page of 20 projects drips for far longer
