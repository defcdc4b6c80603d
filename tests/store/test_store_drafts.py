"""Drafts: one transaction per save, the list columns, trash, counts and the list filters."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from storekit import FakeClock, make_job

from wo_desktop.store import db
from wo_desktop.store.drafts import CRASH_ENV, DraftNotFound, DraftStateError
from wo_desktop.store.profile import Store


def _outbox_rows(store: Store) -> list[tuple[str, int, str]]:
    with store.engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.exec_driver_sql("SELECT job_id, revision, state FROM outbox")
        ]


def test_a_save_writes_draft_outbox_and_journal(store: Store) -> None:
    job = make_job()
    first = store.drafts.save(job)
    assert (first.state, first.revision) == ("draft", 1)
    assert _outbox_rows(store) == []

    ready = store.drafts.save(job, state="ready", note="checked by Ann")
    assert (ready.state, ready.revision) == ("ready", 2)
    assert _outbox_rows(store) == [(ready.id, 2, "queued")]

    entries = store.drafts.journal(job["id"])
    assert [(e.kind, e.revision) for e in entries] == [("save", 1), ("ready", 2)]
    assert entries[1].job == ready.job
    assert entries[1].detail == {"state": "ready", "note": "checked by Ann"}


def test_ids_are_kept_in_lower_case(store: Store) -> None:
    job = make_job(id="9F08C7D2-C6B1-4797-A669-51480D95E401")
    record = store.drafts.save(job)
    assert record.id == "9f08c7d2-c6b1-4797-a669-51480d95e401"
    assert record.job["id"] == record.id
    assert store.drafts.exists("9F08C7D2-C6B1-4797-A669-51480D95E401")
    assert store.drafts.get(record.id.upper()) == record
    with pytest.raises(ValueError, match="id"):
        store.drafts.save({"name": "no id"})


def test_an_edit_returns_a_ready_or_rejected_job_to_draft(store: Store) -> None:
    job = make_job()
    store.drafts.save(job, state="ready")
    edited = store.drafts.save({**job, "name": "Leaking valve, 2nd floor"})
    assert (edited.state, edited.revision, edited.name) == ("draft", 2, "Leaking valve, 2nd floor")
    assert _outbox_rows(store) == []

    store.drafts.save(job, state="ready")
    store.outbox.mark_sending(job["id"])
    store.outbox.mark_rejected(job["id"], [{"field": "name", "code": "x", "message": "bad"}], 422)
    rejected = store.drafts.get(job["id"])
    assert rejected is not None and rejected.state == "rejected"
    again = store.drafts.save(job)
    assert again.state == "draft"
    assert again.rejection == [{"field": "name", "code": "x", "message": "bad"}]
    assert store.drafts.save(job, state="ready").rejection is None


def test_a_sent_job_cannot_be_changed(store: Store) -> None:
    job = make_job()
    store.drafts.save(job, state="ready")
    store.outbox.mark_sending(job["id"])
    store.outbox.mark_sent(job["id"], {"at": "2026-02-01T08:00:00.000Z", "http_status": 201})
    with pytest.raises(DraftStateError):
        store.drafts.save({**job, "name": "changed"})
    record = store.drafts.get(job["id"])
    assert record is not None and (record.state, record.revision) == ("sent", 1)


def test_list_columns_come_from_the_job_or_the_catalog(store: Store) -> None:
    project_id = "a0dd2c41-6f23-437a-963e-882523cb00dd"
    store.catalog.upsert(
        "projects",
        [{"id": project_id.upper(), "name": "Chiller north", "reference_back_office": "P-7"}],
        watermark=None,
    )
    store.catalog.upsert(
        "job_types",
        [{"id": "48d656ab-babc-46c0-9f52-240a46fd3e11", "name": "Repair"}],
        watermark=None,
    )
    by_id = store.drafts.save(
        make_job(
            project_reference_back_office=None,
            project_id=project_id,
            job_type_code=None,
            job_type_id="48D656AB-BABC-46C0-9F52-240A46FD3E11",
            _parent_id="A57056AB-8F6B-4177-9AC9-C8F3AE9BD38F",
            working_sequence=3,
        )
    )
    assert (by_id.installation, by_id.job_type, by_id.status) == ("Chiller north", "Repair", "Open")
    assert (by_id.parent_id, by_id.working_sequence) == ("a57056ab-8f6b-4177-9ac9-c8f3ae9bd38f", 3)
    by_reference = store.drafts.save(make_job(project_reference_back_office="p-7"))
    assert by_reference.installation == "Chiller north"
    unknown = store.drafts.save(make_job(project_reference_back_office="P-404"))
    assert unknown.installation == "P-404"
    embedded = store.drafts.save(
        make_job(project={"name": "New pump", "is_mobile_installation": True})
    )
    assert embedded.installation == "New pump"


_CHILD = textwrap.dedent(
    """
    import json, sys
    from wo_desktop.store.profile import Store
    store = Store.open(sys.argv[1])
    store.drafts.save(json.loads(sys.argv[2]), state="ready")
    store.close()
    """
)


def _save_ready_in_child(path: Path, job: dict[str, object], crash: bool) -> int:
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    if crash:
        env[CRASH_ENV] = "after_draft_write"
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), json.dumps(job)],
        env=env,
        capture_output=True,
        timeout=60,
    )
    return done.returncode


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_save_killed_half_way_leaves_nothing_of_itself(store: Store) -> None:
    job = make_job()
    store.drafts.save(job)
    store.close()

    code = _save_ready_in_child(store.path, job, crash=True)

    assert code == -signal.SIGKILL
    assert db.quick_check(store.path) == ["ok"]
    reopened = Store.open(store.path)
    try:
        record = reopened.drafts.get(job["id"])
        assert record is not None and (record.state, record.revision) == ("draft", 1)
        assert reopened.outbox.pending_count() == 0
        assert [e.kind for e in reopened.drafts.journal(job["id"])] == ["save"]
    finally:
        reopened.close()
    # The same child without the crash point does save: the kill is what undid it above.
    assert _save_ready_in_child(store.path, job, crash=False) == 0
    final = Store.open(store.path)
    try:
        record = final.drafts.get(job["id"])
        assert record is not None and (record.state, record.revision) == ("ready", 2)
        assert final.outbox.pending_count() == 1
    finally:
        final.close()


def test_trash_restore_and_empty_trash(store: Store) -> None:
    draft, ready, sent, sending = (make_job(name=n) for n in ("a", "b", "c", "d"))
    store.drafts.save(draft)
    store.drafts.save(ready, state="ready")
    for job in (sent, sending):
        store.drafts.save(job, state="ready")
        store.outbox.mark_sending(job["id"])
    store.outbox.mark_sent(sent["id"], {"at": "t", "http_status": 201})

    trashed_ready = store.drafts.trash(ready["id"])
    assert (trashed_ready.state, trashed_ready.trashed) == ("draft", True)
    assert [r[0] for r in _outbox_rows(store)] == [sending["id"]]  # a trashed job never goes
    store.drafts.trash(draft["id"])
    store.drafts.trash(sent["id"])
    with pytest.raises(DraftStateError):
        store.drafts.trash(sending["id"])
    with pytest.raises(DraftNotFound):
        store.drafts.trash("00000000-0000-0000-0000-00000000beef")
    assert {r.id for r in store.drafts.list(trashed=True)} == {draft["id"], ready["id"], sent["id"]}

    restored = store.drafts.restore(draft["id"])
    assert not restored.trashed and restored.state == "draft"

    assert store.drafts.empty_trash() == 1  # the sent one stays, even in the trash
    assert store.drafts.get(ready["id"]) is None
    assert store.drafts.get(sent["id"]) is not None
    assert store.drafts.get(draft["id"]) is not None
    kinds = [e.kind for e in store.drafts.journal(ready["id"])]
    assert kinds == ["ready", "trash", "trash"]  # the journal outlives the draft
    assert [e.kind for e in store.drafts.journal(draft["id"])] == ["save", "trash", "restore"]


def test_counts_per_state_and_trash(store: Store) -> None:
    jobs = [make_job() for _ in range(6)]
    for job in jobs[:3]:
        store.drafts.save(job)
    store.drafts.save(jobs[3], state="ready")
    store.drafts.save(jobs[4], state="ready")
    store.outbox.mark_sending(jobs[4]["id"])
    store.drafts.save(jobs[5])
    store.drafts.trash(jobs[5]["id"])
    assert store.drafts.counts() == {
        "draft": 3,
        "ready": 1,
        "sending": 1,
        "sent": 0,
        "rejected": 0,
        "trash": 1,
    }


def test_list_filters_by_state_and_text_newest_first(store: Store, clock: FakeClock) -> None:
    names = ["Boiler check", "Pump 50% noisy", "boiler leak", "Lift stuck"]
    records = []
    for name in names:
        clock.advance(60)
        records.append(store.drafts.save(make_job(name=name)))
    clock.advance(60)
    store.drafts.save(records[0].job, state="ready")  # the newest change now

    assert [r.name for r in store.drafts.list()] == [
        "Boiler check",
        "Lift stuck",
        "boiler leak",
        "Pump 50% noisy",
    ]
    assert [r.name for r in store.drafts.list(text="BOILER")] == ["Boiler check", "boiler leak"]
    assert [r.name for r in store.drafts.list(text="50%")] == ["Pump 50% noisy"]
    assert [r.name for r in store.drafts.list(text="%")] == ["Pump 50% noisy"]
    assert [r.name for r in store.drafts.list(state="ready")] == ["Boiler check"]
    assert len(store.drafts.list(state=["draft", "ready"], limit=2)) == 2
    store.drafts.trash(records[3].id)
    assert [r.name for r in store.drafts.list(trashed=True)] == ["Lift stuck"]
    assert len(store.drafts.list(trashed=None)) == 4
