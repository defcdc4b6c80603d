"""The fast ``POST /api/Jobs`` route: same answers as the generic one, jobs committed together."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sandboxkit import minimal_job

from wo_desktop.sandbox import db, jobs
from wo_desktop.sandbox.harness import SandboxServer
from wo_desktop.sandbox.jobs import ApiFailure
from wo_desktop.sandbox.post_jobs import GroupCommit


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(db.prepare(tmp_path, projects=40, seed=5))
    yield connection
    connection.close()


def _job(conn: sqlite3.Connection, **fields: Any) -> dict[str, Any]:
    project = conn.execute("SELECT id FROM project WHERE mobile = 0 AND deleted = 0").fetchone()
    job = {
        "id": str(uuid.uuid4()),
        "name": "Koelcel lekt",
        "project_id": project[0],
        "job_type_code": "REPAIR",
        "job_status_code": "Open",
    }
    job.update(fields)
    return job


def _post_together(conn: sqlite3.Connection, bodies: list[dict[str, Any]]) -> list[Any]:
    async def run() -> list[Any]:
        writer = GroupCommit(lambda: conn)
        # Created in one turn of the loop, so they are flushed as one batch.
        futures = [writer.create(json.dumps(body).encode()) for body in bodies]
        return await asyncio.gather(*futures, return_exceptions=True)

    return asyncio.run(run())


def test_jobs_posted_together_share_one_commit_and_keep_their_own_answers(
    conn: sqlite3.Connection,
) -> None:
    existing = _job(conn)
    jobs.create_job(conn, json.dumps(existing).encode())
    duplicate = _job(conn, id=existing["id"])
    del duplicate["project_id"]
    duplicate["project"] = {"reference_back_office": "NEW-REF-9", "name": "Nieuwe koelcel"}
    nameless = _job(conn)
    del nameless["name"]
    good = [_job(conn), _job(conn)]
    statements: list[str] = []
    conn.set_trace_callback(statements.append)

    first, refused, conflict, second = _post_together(conn, [good[0], nameless, duplicate, good[1]])

    conn.set_trace_callback(None)
    assert statements.count("BEGIN IMMEDIATE") == 1 and statements.count("COMMIT") == 1
    assert [first["id"], second["id"]] == [good[0]["id"], good[1]["id"]]
    assert isinstance(refused, ApiFailure) and refused.status == 422
    assert isinstance(conflict, ApiFailure) and conflict.status == 409
    stored = conn.execute("SELECT id, modified_ms FROM jobs ORDER BY rid").fetchall()
    assert [row[0] for row in stored] == [existing["id"], good[0]["id"], good[1]["id"]]
    assert stored[1][1] < stored[2][1]  # every write still gets its own, later, time
    # The conflicting job's embedded project was undone with it, nothing else was.
    assert conn.execute("SELECT count(*) FROM project WHERE ref = 'NEW-REF-9'").fetchone()[0] == 0


def test_a_server_error_in_a_batch_fails_only_the_job_that_met_it(
    conn: sqlite3.Connection,
) -> None:
    def explode() -> None:
        raise RuntimeError("disk on fire")

    conn.create_function("explode", 0, explode)
    conn.execute(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON jobs WHEN NEW.name = 'boom'"
        " BEGIN SELECT explode(); END"
    )
    good = [_job(conn), _job(conn)]

    first, failed, second = _post_together(conn, [good[0], _job(conn, name="boom"), good[1]])

    assert isinstance(failed, sqlite3.OperationalError)
    assert [first["id"], second["id"]] == [good[0]["id"], good[1]["id"]]
    stored = conn.execute("SELECT id FROM jobs ORDER BY rid").fetchall()
    assert [row[0] for row in stored] == [good[0]["id"], good[1]["id"]]


def test_an_existing_id_is_409_even_when_the_body_is_invalid(
    server: SandboxServer, http: httpx.Client
) -> None:
    job = minimal_job(server, id=str(uuid.uuid4()))
    assert http.post("Jobs", json=job).status_code == 201
    del job["name"]
    assert http.post("Jobs", json=job).status_code == 409


def test_posting_without_the_right_credentials_is_401_with_a_challenge(
    server: SandboxServer,
) -> None:
    job = minimal_job(server, id=str(uuid.uuid4()))
    for auth in (None, (server.user, "wrong@" + server.domain)):
        response = httpx.post(f"{server.base_url}/Jobs", json=job, auth=auth)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Basic ")
        assert response.json()["error"]["code"] == "Unauthorized"
    assert server.get_job(job["id"]) is None


def test_many_jobs_in_flight_are_all_stored_once(server: SandboxServer, http: httpx.Client) -> None:
    bodies = [minimal_job(server, id=str(uuid.uuid4()), name=f"Job {n}") for n in range(24)]
    before = server.job_count()

    def post(body: dict[str, Any]) -> httpx.Response:
        return http.post("Jobs", json=body, headers={"Prefer": "return=minimal"})

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(post, bodies))
    assert [answer.status_code for answer in answers] == [201] * len(bodies)
    assert [answer.json() for answer in answers] == [{"id": body["id"]} for body in bodies]
    assert server.job_count() == before + len(bodies)
    stored = [server.get_job(body["id"]) or {} for body in bodies]
    assert len({job.get("modified_dateutc") for job in stored}) == len(bodies)
