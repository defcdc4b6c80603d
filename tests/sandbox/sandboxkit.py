"""Helpers for the sandbox tests: follow a list to its end, make a valid job."""

from __future__ import annotations

from typing import Any

import httpx

from wo_desktop.sandbox.harness import SandboxServer


def all_rows(client: httpx.Client, url: str, **params: Any) -> list[dict[str, Any]]:
    """Every row of a list, following @odata.nextLink; checks the page size on the way."""
    rows: list[dict[str, Any]] = []
    response = client.get(url, params=params)
    while True:
        response.raise_for_status()
        body = response.json()
        assert len(body["value"]) <= 20
        rows += body["value"]
        link = body.get("@odata.nextLink")
        if link is None:
            return rows
        response = client.get(link)


def minimal_job(server: SandboxServer, **fields: Any) -> dict[str, Any]:
    """A valid job for a fixed (not mobile) piece of equipment."""
    project = server.pick_project(kind="equipment", mobile=False)
    job = {
        "name": "Koelcel lekt",
        "project_id": project["id"],
        "job_type_code": "REPAIR",
        "job_status_code": "Open",
    }
    job.update(fields)
    return job
