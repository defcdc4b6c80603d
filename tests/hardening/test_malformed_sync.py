"""The sync engine against malformed answers: a job is never marked sent without a valid
success answer, the draft is never lost, and neither push nor pull ever crashes.

Each example opens a fresh store (a real SQLite file), queues one ready job and pushes it to
the scripted server of hardkit.py, whose answers come from the strategies of malformed.py.
The engine may ask twice (POST, then `GET Jobs(<id>)` to settle an unknown outcome), so a
script holds up to three answers; after them the server answers 503.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hardkit import RawAnswer, ScriptedServer
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from malformed import JOB, JOB_ID, answers, as_json, confirms_creation, is_our_job, received_body

from wo_desktop.api.client import ApiClient
from wo_desktop.store.db import quick_check
from wo_desktop.store.profile import Store
from wo_desktop.sync.backoff import Backoff
from wo_desktop.sync.engine import PushReport, SyncEngine

OpenStore = Callable[[], Store]
UNAVAILABLE = RawAnswer(503, b"")
_ROW = {"id": "0e5d8c43-5c3e-4d43-8a7d-0c1f7d1d8b9a", "code": "OPEN", "name": "Open"}

_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


@pytest.fixture(scope="module")
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer(fallback=UNAVAILABLE) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: ScriptedServer) -> Iterator[ApiClient]:
    with ApiClient(
        server.base_url, "clerk", "acme", "Sync-Malformed-Pw-5", read_timeout=5, deadline=5
    ) as api:
        yield api


@pytest.fixture
def fresh_store() -> Iterator[OpenStore]:
    """Opens a new, empty store each call (a copy of one made once: migrating is slower)."""
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "template.db"
        Store.open(template).close()
        count = iter(range(1_000_000))

        def open_one() -> Store:
            path = Path(folder) / f"profile-{next(count)}.db"
            shutil.copyfile(template, path)
            return Store.open(path)

        yield open_one


def _engine(store: Store, client: ApiClient) -> SyncEngine:
    # A huge backoff: a requeued job is never due again within this push, so one push is one
    # delivery attempt (plus its settling GET), and the script is read in a known order.
    backoff = Backoff(base=10_000.0, cap=10_000.0, rng=random.Random(7))
    return SyncEngine(store, client, concurrency=1, backoff=backoff)


def _settles(method: str, target: str, answer: RawAnswer) -> bool:
    """A GET Jobs(<id>) answered with this very job, whole, under any 2xx status."""
    if method != "GET" or JOB_ID not in target.lower() or not 200 <= answer.status < 300:
        return False
    if answer.length in ("longer", "invalid"):
        return False
    try:
        row = json.loads(received_body(answer))
    except (ValueError, RecursionError):
        return False
    return isinstance(row, dict) and is_our_job(row)


def _valid_success_in(exchange: list[tuple[str, str, RawAnswer]]) -> bool:
    for method, target, answer in exchange:
        if method == "POST" and confirms_creation(answer):
            return True
        if _settles(method, target, answer):
            return True
    return False


@_SETTINGS
@given(script=st.lists(answers(), min_size=1, max_size=3))
@example(script=[RawAnswer(202, b"")])
@example(script=[RawAnswer(200, b"<html><title>Portal</title></html>", "text/html")])
@example(script=[RawAnswer(201, b"", length="longer"), RawAnswer(200, as_json({"value": []}))])
@example(script=[RawAnswer(503, b"", headers=(("Retry-After", "inf"),))])
@example(script=[RawAnswer(429, b"", headers=(("Retry-After", "99999999999"),))])
def test_a_job_is_marked_sent_only_after_a_valid_success_answer(
    server: ScriptedServer, client: ApiClient, fresh_store: OpenStore, script: list[RawAnswer]
) -> None:
    store = fresh_store()
    try:
        store.drafts.save(JOB, state="ready", kind="ready")
        server.script(script)
        report = _engine(store, client).push()  # never raises
        record = store.drafts.get(JOB_ID)
        assert record is not None  # the draft is never lost
        assert record.job["name"] == JOB["name"]
        exchange = [
            (method, target, script[i] if i < len(script) else UNAVAILABLE)
            for i, (method, target) in enumerate(server.requests)
        ]
        if record.state == "sent":
            assert report.sent == 1
            assert _valid_success_in(exchange), f"marked sent after {exchange}"
        else:
            assert report.sent == 0
            assert store.outbox.pending_count() == (0 if record.state == "rejected" else 1)
    finally:
        store.close()


_PAGES = st.lists(answers(), min_size=1, max_size=3)


@_SETTINGS
@given(first=_PAGES, second=_PAGES)
@example(
    first=[RawAnswer(200, as_json({"value": [{**_ROW, "modified_dateutc": {"x": 1}}]}))],
    second=[RawAnswer(200, as_json({"value": []}))],
)
@example(
    first=[RawAnswer(200, as_json({"value": [{**_ROW, "modified_dateutc": "yesterday"}]}))],
    second=[RawAnswer(200, as_json({"value": []}))],
)
@example(
    first=[RawAnswer(200, as_json({"value": [{**_ROW, "name": {"en": "Open"}, "code": 5}]}))],
    second=[RawAnswer(200, as_json({"value": []}))],
)
@example(
    first=[
        RawAnswer(
            200, b'{"value": [{"id": "0e5d8c43-5c3e-4d43-8a7d-0c1f7d1d8b9a", "name": "\\udcff"}]}'
        )
    ],
    second=[RawAnswer(200, as_json({"value": []}))],
)
def test_pulling_malformed_pages_never_crashes_and_the_next_pull_still_runs(
    server: ScriptedServer,
    client: ApiClient,
    fresh_store: OpenStore,
    first: list[RawAnswer],
    second: list[RawAnswer],
) -> None:
    store = fresh_store()
    try:
        engine = _engine(store, client)
        server.script(first)
        engine.pull(["job_statuses"])
        server.script(second)
        engine.pull(["job_statuses"])  # whatever the first pull stored, this one can ask
        assert server.requests, "the second pull sent no request"
        assert isinstance(store.catalog.status(), list)  # what was stored can be read back
        assert quick_check(store.path) == ["ok"]
    finally:
        store.close()


# --- What the properties found, one test each -----------------------------------------------
def _push_one(
    server: ScriptedServer, client: ApiClient, store: Store, script: list[RawAnswer]
) -> PushReport:
    store.drafts.save(JOB, state="ready", kind="ready")
    server.script(script)
    return _engine(store, client).push()


@pytest.mark.parametrize("retry_after", ["inf", "1e400", "1e13"])
def test_a_retry_after_beyond_any_date_keeps_the_job_queued(
    server: ScriptedServer, client: ApiClient, fresh_store: OpenStore, retry_after: str
) -> None:
    with fresh_store() as store:
        answer = RawAnswer(503, b"", headers=(("Retry-After", retry_after),))
        report = _push_one(server, client, store, [answer])
        assert (report.sent, report.remaining) == (0, 1)
        assert store.outbox.next_attempt_at() is not None


@pytest.mark.parametrize(
    "post", [RawAnswer(202, b""), RawAnswer(200, b"<html>Portal</html>", "text/html")]
)
def test_an_answer_that_does_not_confirm_the_creation_never_marks_the_job_sent(
    server: ScriptedServer, client: ApiClient, fresh_store: OpenStore, post: RawAnswer
) -> None:
    with fresh_store() as store:
        report = _push_one(server, client, store, [post, RawAnswer(404, b"")])
        assert report.sent == 0
        assert store.drafts.get(JOB_ID).state != "sent"


def test_a_settling_lookup_answered_with_a_list_never_marks_the_job_sent(
    server: ScriptedServer, client: ApiClient, fresh_store: OpenStore
) -> None:
    with fresh_store() as store:
        lost = RawAnswer(201, as_json({"id": JOB_ID}), length="longer")  # the answer is cut
        report = _push_one(server, client, store, [lost, RawAnswer(200, as_json({"value": []}))])
        assert report.sent == 0
        assert store.drafts.get(JOB_ID).state != "sent"


@pytest.mark.parametrize(
    "row",
    [
        {**_ROW, "modified_dateutc": "yesterday"},
        {**_ROW, "modified_dateutc": {"x": 1}},
        {**_ROW, "name": "caf\udcff"},
    ],
    ids=["garbage-time", "dict-time", "lone-surrogate"],
)
def test_a_malformed_row_neither_crashes_a_pull_nor_stops_the_next(
    server: ScriptedServer, client: ApiClient, fresh_store: OpenStore, row: dict[str, object]
) -> None:
    body = json.dumps({"value": [row]}).encode()  # ensure_ascii: the surrogate is escaped
    with fresh_store() as store:
        engine = _engine(store, client)
        server.script([RawAnswer(200, body)])
        engine.pull(["job_statuses"])
        server.script([RawAnswer(200, as_json({"value": [_ROW]}))])
        report = engine.pull(["job_statuses"])
        assert report.errors == []
        assert store.catalog.get("job_statuses", _ROW["id"]) is not None
