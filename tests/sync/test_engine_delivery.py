"""Delivery over real HTTP to the sandbox: exactly once, whatever the network does."""

from __future__ import annotations

import time
from collections import Counter

from synckit import queue, ready_job

from wo_desktop.api.client import ApiClient
from wo_desktop.sync.engine import SyncEngine


def server_ids(server) -> Counter[str]:
    return Counter(job["id"] for job in server.jobs())


def test_all_jobs_are_delivered_with_receipts(server, store, client) -> None:
    ids = queue(store, *(ready_job(server, name=f"job {n}") for n in range(6)))
    report = SyncEngine(store, client).push()
    assert (report.sent, report.rejected, report.remaining) == (6, 0, 0)
    for job_id in ids:
        record = store.drafts.get(job_id)
        assert record.state == "sent"
        assert record.receipt["http_status"] == 201
        assert record.receipt["server_id"] == job_id
        assert record.receipt["at"]
    assert all(server_ids(server)[i] == 1 for i in ids)
    assert store.outbox.pending_count() == 0


def test_lost_acknowledgement_is_settled_without_a_second_job(server, store, client) -> None:
    server.set_faults(drop_after_commit_rate=1.0)
    ids = queue(store, *(ready_job(server) for _ in range(4)))
    before = server.job_count()
    report = SyncEngine(store, client).push()
    assert server.fault_counts().get("dropped", 0) >= 4
    assert report.sent == 4 and report.remaining == 0
    assert server.job_count() == before + 4
    counts = server_ids(server)
    for job_id in ids:
        assert counts[job_id] == 1
        record = store.drafts.get(job_id)
        assert record.state == "sent"
        assert record.receipt["settled_by_lookup"] is True


def test_transient_errors_are_retried_until_delivered(server, store, client) -> None:
    server.set_faults(error_rate=0.6, seed=11)
    ids = queue(store, *(ready_job(server) for _ in range(8)))
    engine = SyncEngine(store, client)
    engine.backoff.base, engine.backoff.cap = 0.01, 0.05
    report = engine.push(max_wait=20)
    assert (
        server.fault_counts().get("error_500", 0)
        + server.fault_counts().get("error_502", 0)
        + server.fault_counts().get("error_503", 0)
        > 0
    )
    assert report.sent == 8 and report.remaining == 0
    counts = server_ids(server)
    assert all(counts[i] == 1 for i in ids)


def test_rate_limit_waits_as_long_as_asked(server, store, client) -> None:
    server.set_faults(rate_limit_rate=1.0, retry_after=2)
    (job_id,) = queue(store, ready_job(server))
    engine = SyncEngine(store, client)
    first = engine.push(max_wait=0)
    assert first.sent == 0 and first.remaining == 1
    due = store.outbox.next_attempt_at()
    assert due is not None
    assert (due - engine.now()).total_seconds() >= 1.5  # Retry-After: 2, less time spent since
    server.set_faults()
    started = time.monotonic()
    second = engine.push(max_wait=10)
    assert second.sent == 1
    assert time.monotonic() - started >= 1.0  # it waited for the server's word
    assert store.drafts.get(job_id).state == "sent"


def test_rejection_pins_the_message_and_the_others_still_go(server, store, client) -> None:
    good = [ready_job(server) for _ in range(3)]
    bad = ready_job(server, job_type_code="NO-SUCH-TYPE")
    queue(store, good[0], bad, good[1], good[2])
    report = SyncEngine(store, client).push()
    assert (report.sent, report.rejected) == (3, 1)
    record = store.drafts.get(bad["id"])
    assert record.state == "rejected"
    assert any(p["field"] == "job_type_code" and p["message"] for p in record.rejection)
    assert all(store.drafts.get(j["id"]).state == "sent" for j in good)
    assert server.get_job(bad["id"]) is None


def test_401_pauses_and_a_new_login_sends_the_same_queue(server, store, client) -> None:
    server.set_faults(unauthorized_user=server.user)
    # More jobs than the engine keeps in flight and in reserve: all must go back to the queue.
    ids = queue(store, *(ready_job(server) for _ in range(30)))
    report = SyncEngine(store, client).push()
    assert report.paused == "auth" and report.sent == 0
    assert store.outbox.pending_count() == 30
    assert all(store.drafts.get(i).state == "ready" for i in ids)
    assert all(store.outbox.attempts(i) == 0 for i in ids)  # a 401 is not the job's fault
    server.set_faults()
    with ApiClient(server.base_url, server.user, server.domain, server.password) as again:
        report = SyncEngine(store, again).push()
    assert report.sent == 30 and report.remaining == 0
    counts = server_ids(server)
    assert all(counts[i] == 1 for i in ids)


def test_cancel_mid_push_leaves_nothing_sending(server, store, client) -> None:
    import threading

    ids = queue(store, *(ready_job(server) for _ in range(40)))
    cancel = threading.Event()

    def progress(event) -> None:
        if event.done >= 5:
            cancel.set()

    report = SyncEngine(store, client).push(progress=progress, cancel=cancel)
    assert report.cancelled
    states = [store.drafts.get(i).state for i in ids]
    assert "sending" not in states
    assert states.count("sent") == report.sent and 5 <= report.sent < 40
    assert store.outbox.pending_count() == 40 - report.sent
    finished = SyncEngine(store, client).push()
    assert finished.sent == 40 - report.sent
    counts = server_ids(server)
    assert all(counts[i] == 1 for i in ids)


def test_slow_drip_is_cut_off_by_the_deadline(server, store) -> None:
    # The answer to the POST would take about ten seconds at 5 bytes/s; the job itself is
    # committed before the drip starts, so the engine must give up at its deadline and then
    # learn from a GET that the job arrived: sent once, without waiting for the drip.
    server.set_faults(drip_bytes_per_second=5)
    (job_id,) = queue(store, ready_job(server))
    with ApiClient(
        server.base_url, server.user, server.domain, server.password, deadline=1.0
    ) as slow:
        started = time.monotonic()
        report = SyncEngine(store, slow).push(max_wait=0)
        elapsed = time.monotonic() - started
    assert elapsed < 5, f"the drip was waited for ({elapsed:.1f} s)"
    assert server.fault_counts().get("dripped", 0) >= 1
    assert report.sent == 1 and report.remaining == 0
    assert store.drafts.get(job_id).receipt["settled_by_lookup"] is True
    assert server_ids(server)[job_id] == 1


def test_slow_drip_on_every_request_leaves_the_job_queued(server, store) -> None:
    server.set_faults(drip_bytes_per_second=5, scope="all")
    (job_id,) = queue(store, ready_job(server))
    with ApiClient(
        server.base_url, server.user, server.domain, server.password, deadline=1.0
    ) as slow:
        started = time.monotonic()
        report = SyncEngine(store, slow).push(max_wait=0)
        assert time.monotonic() - started < 6
    # Committed on the server but unconfirmed, and the lookup was cut off too: the job stays
    # in the outbox, marked for a lookup before anything is sent again.
    assert report.sent == 0 and report.remaining == 1
    assert store.drafts.get(job_id).state != "sent"
    server.set_faults()
    with ApiClient(server.base_url, server.user, server.domain, server.password) as healthy:
        engine = SyncEngine(store, healthy)
        engine.backoff.cap = 0.1
        assert engine.push(max_wait=5).sent == 1
    assert store.drafts.get(job_id).receipt["settled_by_lookup"] is True
    assert server_ids(server)[job_id] == 1


def test_parent_goes_before_its_children(server, store, client) -> None:
    parent = ready_job(server, name="multi-job parent")
    children = [
        ready_job(server, name=f"child {n}", _parent_id=parent["id"], working_sequence=n)
        for n in range(3)
    ]
    queue(store, *children, parent)  # the children were made ready first
    report = SyncEngine(store, client, concurrency=4).push()
    assert report.sent == 4
    order = [job["id"] for job in server.jobs()]
    assert order.index(parent["id"]) < min(order.index(c["id"]) for c in children)


def test_offline_keeps_everything_queued(store) -> None:
    (job_id,) = queue(
        store,
        {
            "id": "0b7c2a10-1111-4c1e-9d7e-2f1a5f0c0001",
            "name": "x",
            "project_id": "0b7c2a10-1111-4c1e-9d7e-2f1a5f0c0002",
            "job_type_code": "T",
            "job_status_code": "Open",
        },
    )
    with ApiClient("http://127.0.0.1:9/api", "u", "d", "pw-offline") as nowhere:
        report = SyncEngine(store, nowhere).push()
    assert report.paused == "offline"
    assert store.drafts.get(job_id).state == "ready"
    assert store.outbox.pending_count() == 1
