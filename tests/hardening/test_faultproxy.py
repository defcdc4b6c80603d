"""The fault proxy breaks the network as it says, and the client names each break correctly.

Every test runs the real ApiClient through a FaultProxy to the sandbox over loopback, and
checks both sides: what the client raised, and what the server did or did not receive.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from hardkit import eventually
from support.faultproxy import DOWN, UP, FaultProxy, Faults

from wo_desktop.api.client import ApiClient
from wo_desktop.api.errors import OfflineError, TransientError, UnknownOutcomeError
from wo_desktop.sandbox.harness import SandboxServer

Make = Callable[..., ApiClient]
NewJob = Callable[[], dict[str, Any]]


def test_a_healthy_proxy_is_transparent(
    proxy: FaultProxy, make_client: Make, new_job: NewJob, sandbox: SandboxServer
) -> None:
    client = make_client(proxy.url())
    job = new_job()
    result = client.create_job(job)
    direct = [row for page in make_client().iter_pages("Project") for row in page]
    through = [row for page in client.iter_pages("Project") for row in page]
    assert result.status == 201
    assert sandbox.get_job(job["id"]) is not None
    assert through == direct and len(through) > 20  # several pages, all intact
    counts = proxy.counts()
    assert counts["connections"] >= 1
    assert counts["bytes_up"] > 0 and counts["bytes_down"] > 0
    assert proxy.faults_applied() == 0


def test_latency_per_chunk_delays_every_exchange_but_delivers(
    proxy: FaultProxy, make_client: Make, new_job: NewJob, sandbox: SandboxServer
) -> None:
    client = make_client(proxy.url())
    client.check_login()  # the connection is open before the fault: it applies to it too
    proxy.latency(120)
    job = new_job()
    started = time.monotonic()
    client.create_job(job)
    # At least the request's chunk and the answer's chunk each waited 120 ms.
    assert time.monotonic() - started >= 0.24
    assert sandbox.get_job(job["id"]) is not None
    assert proxy.counts()["latency"] == 1  # one connection was delayed


def test_latency_per_connection_delays_only_the_start(proxy: FaultProxy, make_client: Make) -> None:
    proxy.latency(150, per="connection")
    client = make_client(proxy.url())
    started = time.monotonic()
    client.check_login()
    assert time.monotonic() - started >= 0.15
    client.check_login()  # the same kept-alive connection: not delayed again
    assert proxy.counts()["latency"] == 1
    assert proxy.connections == 1


def test_latency_beyond_the_read_timeout_is_a_timeout(
    proxy: FaultProxy, make_client: Make, new_job: NewJob
) -> None:
    proxy.latency(600)
    client = make_client(proxy.url(), read_timeout=0.2, deadline=5.0)
    with pytest.raises(TransientError, match="did not answer in time"):
        client.check_login()
    with pytest.raises(UnknownOutcomeError) as caught:
        client.create_job(new_job())
    assert caught.value.reason == "timeout"


def test_an_answer_cut_in_its_status_line_after_a_post_is_unknown_but_arrived(
    proxy: FaultProxy, make_client: Make, new_job: NewJob, sandbox: SandboxServer
) -> None:
    proxy.cut_after(10, DOWN)  # "HTTP/1.1 2" and then a FIN
    job = new_job()
    with pytest.raises(UnknownOutcomeError) as caught:
        make_client(proxy.url()).create_job(job)
    assert caught.value.reason == "connection_lost"
    # The lost acknowledgement: the server has the job, the client must settle before resending.
    assert sandbox.get_job(job["id"]) is not None
    assert proxy.counts()["cut"] == 1


def test_an_answer_cut_in_its_body_on_a_get_is_transient(
    proxy: FaultProxy, make_client: Make
) -> None:
    proxy.cut_after(1500, DOWN)  # a page of 20 projects is several kilobytes
    with pytest.raises(TransientError, match="closed the connection"):
        next(iter(make_client(proxy.url()).iter_pages("Project")))
    assert proxy.counts()["bytes_down"] == 1500


def test_a_request_cut_on_its_way_up_never_reaches_the_server(
    proxy: FaultProxy, make_client: Make, new_job: NewJob, sandbox: SandboxServer
) -> None:
    proxy.cut_after(40, UP)
    job = new_job()
    with pytest.raises((UnknownOutcomeError, TransientError)):
        # Unknown if the whole request was written before the cut was seen, Transient if
        # the body's write failed: both are honest, since the client cannot tell.
        make_client(proxy.url()).create_job(job)
    assert proxy.counts()["bytes_up"] == 40
    assert sandbox.get_job(job["id"]) is None
    with pytest.raises(TransientError):
        make_client(proxy.url()).check_login()


def test_a_reset_instead_of_the_answer_to_a_post_is_unknown_but_arrived(
    proxy: FaultProxy, make_client: Make, new_job: NewJob, sandbox: SandboxServer
) -> None:
    proxy.reset(0, DOWN)  # the whole request goes up; the answer is replaced by a RST
    job = new_job()
    with pytest.raises(UnknownOutcomeError) as caught:
        make_client(proxy.url()).create_job(job)
    assert caught.value.reason == "connection_lost"
    assert eventually(lambda: sandbox.get_job(job["id"]) is not None)
    assert proxy.counts()["reset"] == 1


def test_a_reset_before_the_request_goes_up_is_transient_on_a_get(
    proxy: FaultProxy, make_client: Make
) -> None:
    proxy.reset(0, UP)
    with pytest.raises(TransientError):
        make_client(proxy.url()).check_login()
    assert proxy.counts().get("bytes_up", 0) == 0


def _raw_exchange(proxy: FaultProxy) -> bytes | type[BaseException]:
    """What a bare socket sees after sending one request through the proxy."""
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock:
        sock.sendall(b"GET /api/JobStatus HTTP/1.1\r\nHost: x\r\n\r\n")
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            return ConnectionResetError
        return received


def test_reset_is_a_real_rst_and_cut_is_a_clean_fin(proxy: FaultProxy) -> None:
    proxy.reset(5, DOWN)
    assert _raw_exchange(proxy) is ConnectionResetError
    proxy.heal()  # faults add up: clear the reset before setting the cut
    proxy.cut_after(12, DOWN)
    assert _raw_exchange(proxy) == b"HTTP/1.1 401"  # the sandbox's answer, cut, then EOF


def test_a_black_hole_is_cut_off_by_the_clients_deadline(
    proxy: FaultProxy, make_client: Make, new_job: NewJob, sandbox: SandboxServer
) -> None:
    proxy.black_hole()
    client = make_client(proxy.url(), connect_timeout=30, read_timeout=30, deadline=0.4)
    job = new_job()
    started = time.monotonic()
    with pytest.raises(UnknownOutcomeError) as caught:
        client.create_job(job)
    # Cut by the 0.4 s deadline, not by the 30 s read timeout.
    assert time.monotonic() - started < 10
    assert caught.value.reason == "deadline"
    with pytest.raises(TransientError, match="within 0.4 s"):
        client.check_login()
    assert sandbox.get_job(job["id"]) is None
    counts = proxy.counts()
    assert counts["black_hole"] == 2 and counts.get("bytes_up", 0) == 0


def test_a_black_hole_also_swallows_a_connection_that_was_working(
    proxy: FaultProxy, make_client: Make
) -> None:
    client = make_client(proxy.url(), read_timeout=30, deadline=0.4)
    client.check_login()
    proxy.black_hole()
    with pytest.raises(TransientError, match="within 0.4 s"):
        client.check_login()
    assert proxy.connections == 1  # the kept-alive connection went dark, no new one was made
    assert proxy.counts()["black_hole"] == 1


def test_a_sliced_answer_arrives_intact(proxy: FaultProxy, make_client: Make) -> None:
    proxy.slice_response(97, every_ms=0.5)
    direct = next(iter(make_client().iter_pages("Project")))
    through = next(iter(make_client(proxy.url()).iter_pages("Project")))
    assert through == direct
    assert proxy.counts()["slice"] == 1


def test_an_answer_dribbled_past_the_deadline_after_a_post_is_unknown_but_arrived(
    proxy: FaultProxy, make_client: Make, new_job: NewJob, sandbox: SandboxServer
) -> None:
    proxy.slice_response(1, every_ms=40)  # every read returns well within the read timeout
    client = make_client(proxy.url(), read_timeout=5, deadline=0.4)
    job = new_job()
    with pytest.raises(UnknownOutcomeError) as caught:
        client.create_job(job)
    assert caught.value.reason == "deadline"
    assert eventually(lambda: sandbox.get_job(job["id"]) is not None)
    with pytest.raises(TransientError, match="within 0.4 s"):
        client.check_login()


def test_a_refusing_proxy_is_offline_and_heal_listens_again_on_the_same_port(
    proxy: FaultProxy, make_client: Make
) -> None:
    port = proxy.port
    proxy.refuse()
    with pytest.raises(OfflineError, match="Cannot reach"):
        make_client(proxy.url()).check_login()
    proxy.heal()
    assert proxy.port == port
    make_client(proxy.url()).check_login()
    assert proxy.counts()["refused"] == 1


def test_heal_clears_every_fault(proxy: FaultProxy, make_client: Make, new_job: NewJob) -> None:
    proxy.latency(5000)
    proxy.cut_after(3, UP)
    proxy.reset(0, DOWN)
    proxy.slice_response(1, every_ms=1000)
    proxy.black_hole()
    proxy.refuse()
    proxy.heal()
    assert proxy.faults == Faults(generation=proxy.faults.generation)
    client = make_client(proxy.url(), deadline=5)
    client.create_job(new_job())
    assert proxy.faults_applied() == 1  # only the listener closed by refuse()


def test_faults_can_be_switched_from_another_thread_while_requests_run(
    proxy: FaultProxy, make_client: Make
) -> None:
    client = make_client(proxy.url(), read_timeout=0.3, deadline=0.3)
    stop = threading.Event()

    def switch() -> None:
        moves = [
            lambda: proxy.cut_after(50, DOWN),
            lambda: proxy.reset(0, UP),
            lambda: proxy.latency(1),
            proxy.black_hole,
            proxy.heal,
        ]
        turn = 0
        while not stop.is_set():
            moves[turn % len(moves)]()
            turn += 1
            stop.wait(0.02)

    switcher = threading.Thread(target=switch)
    switcher.start()
    outcomes: list[str] = []
    try:
        for _ in range(15):
            try:
                client.check_login()
                outcomes.append("ok")
            except (TransientError, OfflineError) as exc:
                outcomes.append(type(exc).__name__)
    finally:
        stop.set()
        switcher.join()
    proxy.heal()
    make_client(proxy.url()).check_login()
    assert len(outcomes) == 15
    assert proxy.faults_applied() > 0
