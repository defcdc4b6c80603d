"""What a person does with a job, shared by the command line and the window.

Each function validates with the domain and then makes one store call, so the rules of the
life of a job (docs/modules.md) are written once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from wo_desktop.domain import validation
from wo_desktop.domain.job import Job, new_job_id
from wo_desktop.domain.statuses import DEFAULT_STATUS_CODE

if TYPE_CHECKING:
    from wo_desktop.store.drafts import DraftRecord
    from wo_desktop.store.profile import Store

Problems = list[validation.Problem]
EXPORT_FORMAT = "wo-desktop-drafts"


class WorkflowError(Exception):
    pass


def project_is_mobile(store: Store, job: Job) -> bool | None:
    """Whether the job's installation is mobile, from the embedded project or the catalog."""
    if job.project is not None and job.project.is_mobile_installation is not None:
        return bool(job.project.is_mobile_installation)
    row = None
    if job.project_id is not None:
        row = store.catalog.get("projects", str(job.project_id))
    elif job.project_reference_back_office:
        row = store.catalog.find_by_reference("projects", job.project_reference_back_office)
    if row is None:
        return None
    return bool(row.get("is_mobile"))


def prepare_new(data: dict[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
    """A new job gets its permanent id, the status Open and the date it was reported."""
    data = dict(data)
    data.setdefault("id", str(new_job_id()))
    if not any(data.get(k) for k in ("job_status_id", "job_status_code")):
        data["job_status_code"] = DEFAULT_STATUS_CODE
    return data


def new_draft(store: Store, data: Any) -> tuple[DraftRecord | None, Problems]:
    if not isinstance(data, dict):
        _, problems = validation.parse_job(data)
        return None, problems
    data = prepare_new(data)
    job, problems = validation.check(data, ready=False)
    if job is None or validation.has_errors(problems):
        return None, problems
    if store.drafts.exists(str(job.id)):
        return None, [
            validation.Problem(
                "id",
                "duplicate",
                validation.Severity.ERROR,
                "A draft with this id exists already; use import to merge files.",
            )
        ]
    return store.drafts.save(job.to_wire(), state="draft"), problems


def save_edit(store: Store, data: dict[str, Any]) -> tuple[DraftRecord | None, Problems]:
    """Save an edit; a ready or rejected job goes back to draft, as the person changed it."""
    job, problems = validation.check(data, ready=False)
    if job is None or validation.has_errors(problems):
        return None, problems
    return store.drafts.save(job.to_wire(), state="draft"), problems


def ready_problems(store: Store, job: Job) -> Problems:
    return validation.validate_ready(job, project_is_mobile=project_is_mobile(store, job))


def make_ready(store: Store, job_id: str) -> tuple[DraftRecord | None, Problems]:
    record = store.drafts.get(job_id)
    if record is None:
        raise WorkflowError(f"No draft has the id {job_id}.")
    if record.state in ("sending", "sent"):
        raise WorkflowError(f"The job {job_id} is already {record.state}.")
    job, problems = validation.parse_job(record.job)
    if job is None:
        return None, problems
    problems = ready_problems(store, job)
    if validation.has_errors(problems):
        return None, problems
    return store.drafts.save(job.to_wire(), state="ready", kind="ready"), problems


def export_drafts(store: Store, state: str | None = None) -> dict[str, Any]:
    records = store.drafts.list(state=state)
    return {
        "format": EXPORT_FORMAT,
        "version": 1,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "drafts": [{"state": r.state, "job": r.job} for r in reversed(records)],
    }


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: dict[str, Problems] = field(default_factory=dict)


def _jobs_of(payload: Any) -> list[Any]:
    if isinstance(payload, dict) and payload.get("format") == EXPORT_FORMAT:
        drafts = payload.get("drafts")
        if not isinstance(drafts, list):
            raise WorkflowError("The file says it is a drafts export but has no list of drafts.")
        return [d.get("job") if isinstance(d, dict) else d for d in drafts]
    if isinstance(payload, list):
        return payload
    if isinstance(payload, dict):
        return [payload]
    raise WorkflowError("The file holds neither a job, a list of jobs nor a drafts export.")


def import_drafts(store: Store, payload: Any) -> ImportReport:
    """Import jobs as drafts. Idempotent by job id; nothing is saved if any job is invalid."""
    report = ImportReport()
    checked: list[Job] = []
    for index, data in enumerate(_jobs_of(payload)):
        if isinstance(data, dict):
            data = prepare_new(data)
        job, problems = validation.check(data, ready=False)
        if job is None or validation.has_errors(problems):
            key = (
                str(data.get("id"))
                if isinstance(data, dict) and data.get("id")
                else f"#{index + 1}"
            )
            report.problems[key] = problems
            continue
        checked.append(job)
    if report.problems:
        return report
    seen: set[str] = set()
    for job in checked:
        job_id = str(job.id)
        if job_id in seen or store.drafts.exists(job_id):
            report.skipped.append(job_id)
            continue
        seen.add(job_id)
        store.drafts.save(job.to_wire(), state="draft", kind="import")
        report.added.append(job_id)
    return report
