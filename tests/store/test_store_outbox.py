"""The outbox: what is due, each outcome of a send, and a crash in the middle of one."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from storekit import FakeClock, make_job

from wo_desktop.store import outbox as outbox_module
from wo_desktop.store.db import StoreError
from wo_desktop.store.drafts import DraftNotFound
from wo_desktop.store.profile import Store


def _ready(store: Store, clock: FakeClock, **fields: object) -> str:
    clock.advance(1)
    return store.drafts.save(make_job(**fields), state="ready").id


def test_due_is_oldest_first_and_skips_later_attempts(store: Store, clock: FakeClock) -> None:
    first, second, third = (_ready(store, clock) for _ in range(3))
    store.outbox.requeue(second, "HTTP 503", clock.now + timedelta(minutes=5))
    assert [i.job_id for i in store.outbox.due(clock.now)] == [first, third]
    assert [i.job_id for i in store.outbox.due(clock.now, limit=1)] == [first]
    later = clock.now + timedelta(minutes=5)
    assert [i.job_id for i in store.outbox.due(later)] == [first, second, third]
    assert store.outbox.next_attempt_at() is not None
    item = store.outbox.due(clock.now)[0]
    assert (item.revision, item.attempts, item.state, item.job["id"]) == (1, 0, "queued", first)


def test_sending_then_sent_stores_the_receipt(store: Store, clock: FakeClock) -> None:
    job_id = _ready(store, clock, _parent_id=None)
    store.outbox.mark_sending(job_id)
    assert store.outbox.due(clock.now) == []  # in flight: not due again
    record = store.drafts.get(job_id)
    assert record is not None and record.state == "sending"

    receipt = {"at": "2026-02-01T08:00:05.000Z", "http_status": 201, "server_id": job_id}
    sent = store.outbox.mark_sent(job_id, receipt)

    assert sent.state == "sent"
    assert sent.receipt == {**receipt, "revision": 1}
    assert store.outbox.pending_count() == 0
    kinds = [e.kind for e in store.drafts.journal(job_id)]
    assert kinds == ["ready", "sync_attempt", "sent"]
    assert store.outbox.mark_sent(job_id, {"at": "later"}).receipt == sent.receipt  # once


def test_rejected_keeps_the_problems_and_leaves_the_outbox(store: Store, clock: FakeClock) -> None:
    job_id = _ready(store, clock)
    store.outbox.mark_sending(job_id)
    problems = [{"field": "name", "code": "max_length", "message": "too long", "extra": 1}]
    record = store.outbox.mark_rejected(job_id, problems, 422)
    assert record.state == "rejected"
    assert record.rejection == [{"field": "name", "code": "max_length", "message": "too long"}]
    assert store.outbox.pending_count() == 0
    assert store.drafts.journal(job_id)[-1].detail == {
        "http_status": 422,
        "problems": record.rejection,
    }


def test_requeue_counts_attempts_and_waits(store: Store, clock: FakeClock) -> None:
    job_id = _ready(store, clock)
    store.outbox.mark_sending(job_id)
    store.outbox.requeue(job_id, "connection reset", clock.now + timedelta(seconds=30))
    assert store.outbox.attempts(job_id) == 1
    record = store.drafts.get(job_id)
    assert record is not None and record.state == "ready"
    assert store.outbox.due(clock.now) == []
    item = store.outbox.due(clock.now + timedelta(seconds=30))[0]
    assert (item.attempts, item.last_error, item.state) == (1, "connection reset", "queued")
    store.outbox.requeue(job_id, "paused", clock.now, count_attempt=False)
    assert store.outbox.attempts(job_id) == 1
    with pytest.raises(StoreError):
        store.outbox.requeue("00000000-0000-0000-0000-000000000000", "x", clock.now)


def test_a_send_cut_short_becomes_unknown_and_is_settled_first(
    store: Store, clock: FakeClock
) -> None:
    job_id = _ready(store, clock)
    store.outbox.mark_sending(job_id)
    # The process dies here. The next push starts with:
    assert store.outbox.recover_after_crash() == 1
    assert store.outbox.recover_after_crash() == 0
    item = store.outbox.due(clock.now)[0]
    assert (item.job_id, item.state) == (job_id, "unknown")
    store.outbox.mark_unknown(job_id, "timed out", clock.now + timedelta(seconds=10))
    assert store.outbox.attempts(job_id) == 1
    assert store.outbox.due(clock.now) == []
    assert store.outbox.pending_count() == 1  # not safe to close


def test_an_edit_while_sending_is_saved_and_the_sent_revision_recorded(
    store: Store, clock: FakeClock
) -> None:
    job = make_job(name="first words")
    store.drafts.save(job, state="ready")
    store.outbox.mark_sending(job["id"])

    edited = store.drafts.save({**job, "name": "second thoughts"})
    assert (edited.state, edited.revision, edited.name) == ("sending", 2, "second thoughts")

    store.outbox.mark_unknown(job["id"], "timed out", clock.now)
    item = store.outbox.due(clock.now)[0]
    assert (item.revision, item.job["name"]) == (1, "first words")  # what was sent goes again

    sent = store.outbox.mark_sent(job["id"], {"at": "t", "http_status": 200})
    assert (sent.state, sent.name, sent.receipt) == (
        "sent",
        "second thoughts",
        {"at": "t", "http_status": 200, "revision": 1},
    )
    assert store.drafts.journal(job["id"])[-1].detail == {
        "at": "t",
        "http_status": 200,
        "revision": 1,
        "edited_after_send": True,
    }


def test_a_job_edited_while_sending_and_put_back_becomes_a_draft(
    store: Store, clock: FakeClock
) -> None:
    job = make_job()
    store.drafts.save(job, state="ready")
    store.outbox.mark_sending(job["id"])
    store.drafts.save({**job, "name": "edited"})
    store.outbox.requeue(job["id"], "HTTP 503", clock.now)
    record = store.drafts.get(job["id"])
    assert record is not None and (record.state, record.name) == ("draft", "edited")
    assert store.outbox.pending_count() == 0


def _trail(store: Store, job_id: str) -> list[tuple[str, int, object]]:
    return [(e.kind, e.revision, e.detail) for e in store.drafts.journal(job_id)]


def test_the_wave_methods_write_what_the_single_ones_write(store: Store, clock: FakeClock) -> None:
    one, many = _ready(store, clock), _ready(store, clock)
    receipt = {"at": "t", "http_status": 201, "server_id": "s"}
    store.outbox.mark_sending(one)
    assert store.outbox.mark_sending_many([many.upper()]) == [many]
    assert store.drafts.get(many).state == "sending"  # type: ignore[union-attr]
    assert _trail(store, many) == _trail(store, one)

    store.outbox.mark_sent(one, receipt)
    assert store.outbox.mark_sent_many([(many, receipt)]) == 1
    single, wave = store.drafts.get(one), store.drafts.get(many)
    assert single is not None and wave is not None
    assert (
        (wave.state, wave.receipt)
        == (single.state, single.receipt)
        == ("sent", {**receipt, "revision": 1})
    )
    assert _trail(store, many) == _trail(store, one)
    assert store.outbox.pending_count() == 0


def test_mark_sending_many_marks_only_queued_jobs(store: Store, clock: FakeClock) -> None:
    first, edited, unknown, last = (_ready(store, clock) for _ in range(4))
    job = store.drafts.get(edited)
    assert job is not None
    store.drafts.save(job.job)  # edited back to a draft: out of the outbox
    store.outbox.mark_sending(unknown)
    store.outbox.recover_after_crash()

    marked = store.outbox.mark_sending_many([last, edited, unknown, first, "not-a-job", last])

    assert marked == [last, first]  # in the order asked, each once
    states = {i: store.drafts.get(i).state for i in (first, edited, unknown, last)}  # type: ignore[union-attr]
    assert states == {first: "sending", edited: "draft", unknown: "sending", last: "sending"}
    assert [i.job_id for i in store.outbox.due(clock.now)] == [unknown]
    assert store.outbox.mark_sending_many([]) == []
    assert store.outbox.mark_sending_many([first]) == []  # already out: not marked twice
    assert [e.kind for e in store.drafts.journal(first)] == ["ready", "sync_attempt"]


def test_mark_sent_many_is_once_and_keeps_an_edit_made_while_sending(
    store: Store, clock: FakeClock
) -> None:
    plain = _ready(store, clock)
    job = make_job(name="first words")
    store.drafts.save(job, state="ready")
    store.outbox.mark_sending_many([plain, job["id"]])
    store.drafts.save({**job, "name": "second thoughts"})

    assert store.outbox.mark_sent_many([(plain, {"at": "1"}), (job["id"], {"at": "2"})]) == 2
    edited = store.drafts.get(job["id"])
    assert edited is not None
    assert (edited.state, edited.name, edited.revision) == ("sent", "second thoughts", 2)
    assert edited.receipt == {"at": "2", "revision": 1}
    assert store.drafts.journal(job["id"])[-1].detail == {
        "at": "2",
        "revision": 1,
        "edited_after_send": True,
    }
    # Sent already (a lookup settling it again, a repeated answer): nothing changes.
    assert store.outbox.mark_sent_many([(plain, {"at": "later"}), (plain, {"at": "x"})]) == 0
    assert store.drafts.get(plain).receipt == {"at": "1", "revision": 1}  # type: ignore[union-attr]
    assert [e.kind for e in store.drafts.journal(plain)] == ["ready", "sync_attempt", "sent"]


def test_a_failed_wave_is_rolled_back_whole(store: Store, clock: FakeClock) -> None:
    sent, next_one = _ready(store, clock), _ready(store, clock)
    store.outbox.mark_sending(sent)
    with pytest.raises(DraftNotFound), store.outbox.batch():
        store.outbox.mark_sending_many([next_one])
        store.outbox.mark_sent_many([(sent, {"at": "t"}), (str(uuid.uuid4()), {"at": "t"})])
    # Nothing of the batch stayed: the one out is still "sending", the next one still queued.
    assert store.drafts.get(sent).state == "sending"  # type: ignore[union-attr]
    assert [i.job_id for i in store.outbox.due(clock.now)] == [next_one]
    assert store.outbox.pending_count() == 2


def test_a_wave_larger_than_one_statement_takes_is_split(
    store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox_module, "_IDS_PER_STATEMENT", 2)
    ids = [_ready(store, clock) for _ in range(5)]
    assert store.outbox.mark_sending_many(ids) == ids
    assert store.outbox.mark_sent_many([(i, {"at": "t"}) for i in ids]) == 5
    assert store.outbox.pending_count() == 0
    assert {store.drafts.get(i).state for i in ids} == {"sent"}  # type: ignore[union-attr]
