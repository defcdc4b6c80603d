"""Creating and reading jobs, and what each failure status becomes."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from apikit import PASSWORD, TOKEN, assert_no_secret
from rawservers import canned, serving

from wo_desktop.api.client import ApiClient, CreateResult
from wo_desktop.api.errors import (
    AuthError,
    ConfigurationError,
    FieldError,
    ForbiddenError,
    RejectedError,
    TransientError,
    UnknownOutcomeError,
)

Make = Callable[..., ApiClient]
JOB_ID = str(uuid.uuid4())
JOB = {"id": JOB_ID, "name": "Boiler leaks", "job_status_code": "Open", "job_type_code": "REP"}


def test_create_posts_the_job_with_prefer_minimal(make_client: Make) -> None:
    with serving(canned(201, {"id": JOB_ID})) as server:
        result = make_client(server.base_url).create_job(JOB)
    assert result == CreateResult(201, JOB_ID, {"id": JOB_ID})
    (request,) = server.requests
    assert (request.method, request.target) == ("POST", "/api/Jobs")
    assert request.headers["prefer"] == "return=minimal"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.body) == JOB


def test_create_answered_204_takes_the_id_from_the_entity_header(make_client: Make) -> None:
    headers = {"OData-EntityId": f"https://h/api/Jobs({JOB_ID})"}
    with serving(canned(204, b"", headers)) as server:
        result = make_client(server.base_url).create_job(JOB)
    assert (result.status, result.server_id, result.body) == (204, JOB_ID, {})


def test_create_answered_201_with_a_body_that_is_not_json_still_succeeds(make_client: Make) -> None:
    with serving(canned(201, "Created")) as server:
        result = make_client(server.base_url).create_job(JOB)
    assert (result.status, result.server_id) == (201, None)


def test_a_409_on_create_leaves_the_outcome_to_settle(make_client: Make) -> None:
    answer = canned(409, {"error": {"code": "Conflict", "message": "Exists"}})
    with serving(answer) as server, pytest.raises(UnknownOutcomeError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert (caught.value.reason, caught.value.status) == ("conflict", 409)


def test_get_job_reads_one_row_by_key_and_404_is_none(make_client: Make) -> None:
    with serving(canned(200, {"id": JOB_ID, "name": "x"})) as server:
        assert make_client(server.base_url).get_job(JOB_ID) == {"id": JOB_ID, "name": "x"}
    assert server.requests[0].target == f"/api/Jobs({JOB_ID})"
    with serving(canned(404, {"error": {"message": "No such job"}})) as server:
        assert make_client(server.base_url).get_job(JOB_ID) is None


def test_get_job_refuses_what_is_not_a_guid(make_client: Make) -> None:
    client = make_client("https://wo.example.com/api")
    with pytest.raises(ValueError):
        client.get_job("1) or (1")


def test_update_puts_the_job_by_key(make_client: Make) -> None:
    with serving(canned(200, {**JOB, "name": "Boiler fixed"})) as server:
        answer = make_client(server.base_url).update_job(JOB_ID, {**JOB, "name": "Boiler fixed"})
    assert answer["name"] == "Boiler fixed"
    assert (server.requests[0].method, server.requests[0].target) == ("PUT", f"/api/Jobs({JOB_ID})")


def test_401_is_an_auth_error(make_client: Make) -> None:
    answer = canned(401, {"Message": "Authorization has been denied."})
    with serving(answer) as server, pytest.raises(AuthError) as caught:
        make_client(server.base_url).check_login()
    assert_no_secret(caught.value)


def test_403_is_forbidden_with_the_servers_message(make_client: Make) -> None:
    body = {"error": {"code": "Forbidden", "message": "You may not create jobs."}}
    with serving(canned(403, body)) as server, pytest.raises(ForbiddenError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert caught.value.status == 403
    assert "You may not create jobs." in str(caught.value)


def test_404_on_a_controller_is_a_configuration_error(make_client: Make) -> None:
    with serving(canned(404, "Not Found")) as server, pytest.raises(ConfigurationError) as caught:
        list(make_client(server.base_url).iter_pages("Skill"))
    assert caught.value.status == 404
    assert "Skill" in str(caught.value)


def test_404_on_create_is_a_configuration_error(make_client: Make) -> None:
    with serving(canned(404, "Not Found")) as server, pytest.raises(ConfigurationError):
        make_client(server.base_url).create_job(JOB)


def test_a_redirect_is_not_followed(make_client: Make) -> None:
    answer = canned(302, b"", {"Location": "https://login.example.com/"})
    with serving(answer) as server, pytest.raises(ConfigurationError, match="redirected"):
        make_client(server.base_url).check_login()
    assert len(server.requests) == 1


def test_422_odata_body_gives_field_errors(make_client: Make) -> None:
    body = {
        "error": {
            "code": "Invalid",
            "message": "Validation failed.",
            "details": [{"code": "Required", "message": "Name is required.", "target": "name"}],
        }
    }
    with serving(canned(422, body)) as server, pytest.raises(RejectedError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert caught.value.status == 422
    assert "Validation failed." in str(caught.value)
    assert caught.value.field_errors == [FieldError("name", "Name is required.", "Required")]


def test_400_aspnet_model_state_gives_field_errors(make_client: Make) -> None:
    body = {
        "Message": "The request is invalid.",
        "ModelState": {"job.db_address_city": ["Required"]},
    }
    with serving(canned(400, body)) as server, pytest.raises(RejectedError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert caught.value.status == 400
    assert caught.value.field_errors == [FieldError("db_address_city", "Required")]


def test_400_with_plain_text_keeps_the_text(make_client: Make) -> None:
    answer = canned(400, "Unknown job type code REP")
    with (
        serving(answer) as server,
        pytest.raises(RejectedError, match="Unknown job type code REP") as caught,
    ):
        make_client(server.base_url).create_job(JOB)
    assert caught.value.field_errors == []


def test_the_password_echoed_by_a_server_is_scrubbed(make_client: Make) -> None:
    body = {"Message": f"Bad login {PASSWORD} / Basic {TOKEN}", "ModelState": {"x": [PASSWORD]}}
    with serving(canned(400, body)) as server, pytest.raises(RejectedError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert_no_secret(caught.value)
    assert all(PASSWORD not in error.message for error in caught.value.field_errors)


def test_429_retry_after_in_seconds(make_client: Make) -> None:
    answer = canned(429, "slow down", {"Retry-After": "7"})
    with serving(answer) as server, pytest.raises(TransientError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert (caught.value.status, caught.value.retry_after) == (429, 7.0)


def test_429_retry_after_as_an_http_date(make_client: Make) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    answer = canned(429, "", {"Retry-After": when})
    with serving(answer) as server, pytest.raises(TransientError) as caught:
        list(make_client(server.base_url).iter_pages("Project"))
    assert caught.value.retry_after is not None
    assert 100 <= caught.value.retry_after <= 121


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_transient(status: int, make_client: Make) -> None:
    page = "<html><title>Service Unavailable</title></html>"
    answer = canned(status, page, {"Content-Type": "text/html"})
    with serving(answer) as server, pytest.raises(TransientError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert (caught.value.status, caught.value.retry_after) == (status, None)
    assert_no_secret(caught.value)
