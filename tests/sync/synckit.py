"""Helpers for the sync engine's tests."""

from __future__ import annotations

from typing import Any

from wo_desktop.sandbox.harness import SandboxServer
from wo_desktop.store.profile import Store


def ready_job(server: SandboxServer, **overrides: Any) -> dict[str, Any]:
    """A job the sandbox accepts: a fixed installation, a known job type, status Open."""
    from wo_desktop.domain.job import new_job_id

    project = server.pick_project(kind="installation")
    job: dict[str, Any] = {
        "id": str(new_job_id()),
        "name": "Cooling unit leaks water",
        "project_id": project["id"],
        "job_type_code": server.codes("JobType")[0],
        "job_status_code": "Open",
    }
    job.update(overrides)
    return job


def queue(store: Store, *jobs: dict[str, Any]) -> list[str]:
    """Save each job and make it ready, as a person would."""
    for job in jobs:
        store.drafts.save(job, state="ready", kind="ready")
    return [job["id"] for job in jobs]
