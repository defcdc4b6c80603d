"""Fault injection, each kind seen from the client's side of a real HTTP connection."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest
from sandboxkit import minimal_job

from wo_desktop.sandbox.harness import SandboxServer


def test_error_rate_answers_5xx_and_stores_nothing(
    server: SandboxServer, http: httpx.Client
) -> None:
    server.set_faults(error_rate=1.0)
    job = minimal_job(server, id=str(uuid.uuid4()))
    statuses = {http.post("Jobs", json=job).status_code for _ in range(12)}
    assert statuses <= {500, 502, 503} and statuses
    assert server.get_job(job["id"]) is None
    assert sum(v for k, v in server.fault_counts().items() if k.startswith("error_")) >= 12


def test_rate_limit_answers_429_with_retry_after(server: SandboxServer, http: httpx.Client) -> None:
    server.set_faults(rate_limit_rate=1.0, retry_after=7)
    response = http.post("Jobs", json=minimal_job(server))
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"


def test_drop_after_commit_loses_the_answer_but_keeps_the_job(
    server: SandboxServer, http: httpx.Client
) -> None:
    server.set_faults(drop_after_commit_rate=1.0)
    job = minimal_job(server, id=str(uuid.uuid4()))
    with pytest.raises(httpx.TransportError):
        http.post("Jobs", json=job)
    assert server.get_job(job["id"]) is not None  # committed: the acknowledgement was lost
    assert server.fault_counts()["dropped"] == 1
    server.set_faults()
    # What the client does next: ask whether it arrived, and resending is a 409.
    assert http.get(f"Jobs({job['id']})").status_code == 200
    assert http.post("Jobs", json=job).status_code == 409


def test_a_rejected_job_is_answered_even_when_drops_are_on(
    server: SandboxServer, http: httpx.Client
) -> None:
    server.set_faults(drop_after_commit_rate=1.0)
    response = http.post("Jobs", json={"name": ""})
    assert response.status_code == 422  # nothing was committed, so nothing to lose


def test_latency_delays_the_answer(server: SandboxServer, http: httpx.Client) -> None:
    server.set_faults(latency_ms=300)
    started = time.monotonic()
    assert http.post("Jobs", json=minimal_job(server)).status_code == 201
    assert time.monotonic() - started >= 0.3


def test_drip_sends_the_body_slowly_in_pieces(server: SandboxServer, http: httpx.Client) -> None:
    server.set_faults(drip_bytes_per_second=2000, scope="all")
    started = time.monotonic()
    with http.stream("GET", "JobStatus", params={"$top": "3"}) as response:
        pieces = list(response.iter_raw())
    elapsed = time.monotonic() - started
    body = b"".join(pieces)
    assert response.status_code == 200 and len(body) > 400
    assert elapsed >= len(body) / 2000 * 0.9
    assert server.fault_counts()["dripped"] == 1


def test_faults_apply_to_job_writes_only_unless_scope_is_all(
    server: SandboxServer, http: httpx.Client
) -> None:
    server.set_faults(error_rate=1.0)
    assert http.get("Project", params={"$top": "1"}).status_code == 200
    assert http.post("Jobs", json=minimal_job(server)).status_code >= 500
    server.set_faults(error_rate=1.0, scope="all")
    assert http.get("Project", params={"$top": "1"}).status_code >= 500


def test_a_fault_seed_repeats_the_same_decisions(server: SandboxServer, http: httpx.Client) -> None:
    def pattern() -> list[int]:
        server.set_faults(error_rate=0.5, seed=42, scope="all")
        return [http.get("JobStatus").status_code for _ in range(16)]

    first = pattern()
    assert pattern() == first
    assert 200 in first and any(code >= 500 for code in first)


def test_set_faults_with_nothing_named_is_a_healthy_network(
    server: SandboxServer, http: httpx.Client
) -> None:
    server.set_faults(error_rate=1.0, rate_limit_rate=1.0, scope="all")
    server.set_faults()
    assert http.get("JobStatus").status_code == 200
    with pytest.raises(TypeError):
        server.set_faults(no_such_fault=1)
    with pytest.raises(ValueError):
        server.set_faults(error_rate=2.0)
