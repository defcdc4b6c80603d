"""The reference pull: delta by watermark, logical deletes, and resuming after a stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from wo_desktop.store.profile import Store
from wo_desktop.sync.engine import TABLES, SyncEngine


def stored_projects(store: Store) -> int:
    return {t.table: t.rows for t in store.catalog.status()}["projects"]


def live_projects(client) -> int:
    return sum(
        1
        for page in client.iter_pages("Project")
        for row in page
        if not row.get("sys_logical_delete")
    )


def test_first_pull_fills_every_table(server, store, client) -> None:
    report = SyncEngine(store, client).pull()
    assert report.paused is None and not report.errors
    assert report.rows["projects"] == server.count("Project")
    assert report.rows["job_statuses"] == server.count("JobStatus")
    status = {t.table: t for t in store.catalog.status()}
    for table in TABLES:
        assert status[table].as_of is not None, table
    assert status["projects"].rows == live_projects(client)


def test_user_cache_keeps_no_private_fields(server, store, client) -> None:
    SyncEngine(store, client).pull(["users"])
    with store.engine.connect() as conn:
        columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(users)")]
    for private in ("bankaccount", "social_security", "private_email", "private_street"):
        assert private not in columns


def test_delta_brings_changes_and_removes_logical_deletes(server, store, client) -> None:
    engine = SyncEngine(store, client)
    engine.pull(["projects"])
    changed = server.pick_project(kind="equipment", offset=3)
    gone = server.pick_project(kind="equipment", offset=4)
    server.modify("Project", changed["id"], name="Renamed cooling tower")
    server.logical_delete("Project", gone["id"])
    report = engine.pull(["projects"])
    assert report.rows["projects"] == 2  # only what moved, not the whole table
    assert store.catalog.get("projects", changed["id"])["name"] == "Renamed cooling tower"
    assert store.catalog.get("projects", gone["id"]) is None


def test_cancelled_pull_resumes_where_it_stopped(server, store, client) -> None:
    cancel = threading.Event()
    seen: list[int] = []

    def progress(event) -> None:
        if event.table == "projects" and event.done and event.done != event.total:
            seen.append(event.done)
            cancel.set()

    engine = SyncEngine(store, client, batch_rows=40)
    first = engine.pull(["projects"], progress=progress, cancel=cancel)
    assert first.cancelled
    received = first.rows["projects"]
    total = server.count("Project")
    assert 0 < received < total
    second = engine.pull(["projects"])
    assert received + second.rows["projects"] == total  # nothing fetched twice
    assert stored_projects(store) == live_projects(client)


PULL_SCRIPT = textwrap.dedent(
    """
    import sys
    from wo_desktop.api.client import ApiClient
    from wo_desktop.store.profile import Store
    from wo_desktop.sync.engine import SyncEngine
    db, url, user, domain, password = sys.argv[1:6]
    store = Store.open(db)
    with ApiClient(url, user, domain, password) as client:
        def progress(event):
            if event.table == "projects" and event.done:
                print("stored", event.done, flush=True)
        SyncEngine(store, client, batch_rows=40).pull(["projects"], progress=progress)
    print("finished", flush=True)
    """
)


def test_killed_pull_resumes_without_starting_over(server, tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    server.set_faults(latency_ms=15, scope="all")  # slow enough to be killed mid-way
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            PULL_SCRIPT,
            str(db),
            server.base_url,
            server.user,
            server.domain,
            server.password,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("stored"), line
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    server.set_faults()
    received = int(line.split()[1])
    store = Store.open(db)
    try:
        total = server.count("Project")
        assert 0 < stored_projects(store) < total
        from wo_desktop.api.client import ApiClient

        with ApiClient(server.base_url, server.user, server.domain, server.password) as api:
            report = SyncEngine(store, api).pull(["projects"])
            # Rows stored before the kill are not asked for again (a batch in flight may be).
            assert report.rows["projects"] <= total - received
            assert stored_projects(store) == live_projects(api)
    finally:
        store.close()


def test_a_server_that_times_out_stops_the_pull_at_the_first_table(server, store) -> None:
    from wo_desktop.api.client import ApiClient

    server.set_faults(drip_bytes_per_second=5, scope="all")
    with ApiClient(
        server.base_url, server.user, server.domain, server.password, deadline=0.5
    ) as slow:
        report = SyncEngine(store, slow).pull()
    assert len(report.rows) == 1  # it did not try every table, one deadline each
    assert report.errors
