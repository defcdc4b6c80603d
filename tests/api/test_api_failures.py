"""Network failures become Offline, Transient or UnknownOutcome, and the deadline holds."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Callable

import pytest
from apikit import assert_no_secret
from rawservers import (
    Behaviour,
    Request,
    drip,
    garbage,
    refused_port,
    reset,
    response_bytes,
    serving,
    silent,
)

from wo_desktop.api.client import ApiClient
from wo_desktop.api.errors import OfflineError, TransientError, UnknownOutcomeError

Make = Callable[..., ApiClient]
JOB = {"id": str(uuid.uuid4()), "name": "Boiler leaks", "job_status_code": "Open"}


def test_connection_refused_is_offline(make_client: Make) -> None:
    client = make_client(f"http://127.0.0.1:{refused_port()}/api")
    with pytest.raises(OfflineError, match="Cannot reach 127.0.0.1") as caught:
        client.create_job(JOB)
    assert_no_secret(caught.value)


def test_an_unknown_host_is_offline(make_client: Make) -> None:
    # .invalid never resolves (RFC 2606), so this fails in DNS without leaving the machine.
    client = make_client("https://wo.invalid/api", connect_timeout=2.0)
    with pytest.raises(OfflineError, match="wo.invalid"):
        client.check_login()


def test_a_reset_after_the_post_was_sent_leaves_the_outcome_unknown(make_client: Make) -> None:
    with serving(reset) as server, pytest.raises(UnknownOutcomeError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert caught.value.reason == "connection_lost"
    assert server.requests[0].json() == JOB  # the server did get the whole job
    assert_no_secret(caught.value)


def test_a_reset_during_a_get_is_transient(make_client: Make) -> None:
    with serving(reset) as server, pytest.raises(TransientError) as caught:
        make_client(server.base_url).check_login()
    assert_no_secret(caught.value)


def test_a_reset_after_a_put_leaves_the_outcome_unknown(make_client: Make) -> None:
    with serving(reset) as server, pytest.raises(UnknownOutcomeError):
        make_client(server.base_url).update_job(JOB["id"], JOB)


def test_garbage_instead_of_http_after_a_post_leaves_the_outcome_unknown(make_client: Make) -> None:
    with serving(garbage) as server, pytest.raises(UnknownOutcomeError) as caught:
        make_client(server.base_url).create_job(JOB)
    assert_no_secret(caught.value)


def test_garbage_instead_of_http_on_a_get_is_transient(make_client: Make) -> None:
    with serving(garbage) as server, pytest.raises(TransientError):
        list(make_client(server.base_url).iter_pages("Project"))


def test_a_server_that_never_answers_a_post_times_out_with_unknown_outcome(
    make_client: Make,
) -> None:
    with serving(silent) as server:
        client = make_client(server.base_url, read_timeout=0.3, deadline=5.0)
        with pytest.raises(UnknownOutcomeError) as caught:
            client.create_job(JOB)
    assert caught.value.reason == "timeout"


def test_a_server_that_never_answers_a_get_is_transient(make_client: Make) -> None:
    with serving(silent) as server:
        client = make_client(server.base_url, read_timeout=0.3, deadline=5.0)
        with pytest.raises(TransientError, match="did not answer in time"):
            client.get_job(JOB["id"])


ANSWER = response_bytes(200, {"value": [{"id": "a"}] * 20})


def test_a_slow_drip_of_headers_is_cut_at_the_deadline_on_a_post(make_client: Make) -> None:
    # One byte every 50 ms never trips the 20 s read timeout; only the 1 s deadline can stop it
    # (the headers alone take 20 s to arrive).
    padded = response_bytes(200, {"value": []}, {"X-Padding": "p" * 300})
    with serving(drip(padded, 0.05)) as server:
        client = make_client(server.base_url, deadline=1.0)
        started = time.monotonic()
        with pytest.raises(UnknownOutcomeError) as caught:
            client.create_job(JOB)
        elapsed = time.monotonic() - started
    assert caught.value.reason == "deadline"
    assert elapsed < 10  # cut long before the headers were complete


def test_a_slow_drip_of_the_body_is_cut_at_the_deadline_on_a_get(make_client: Make) -> None:
    head, _, body = ANSWER.partition(b"\r\n\r\n")
    with serving(drip(body, 0.05)) as server:
        # Headers arrive at once; only the body drips.
        server.behaviour = _headers_then(head + b"\r\n\r\n", server.behaviour)
        client = make_client(server.base_url, deadline=1.0)
        with pytest.raises(TransientError, match="within 1 s") as caught:
            list(client.iter_pages("Project"))
    assert_no_secret(caught.value)


def _headers_then(head: bytes, rest: Behaviour) -> Behaviour:
    def behave(conn: socket.socket, request: Request) -> bool:
        conn.sendall(head)
        return rest(conn, request)

    return behave
