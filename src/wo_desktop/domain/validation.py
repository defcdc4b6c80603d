"""The seed's rules for a job, as problems a person can read and the form can pin to a field.

A draft only has to fit its columns (``validate_draft``); a job marked "Ready to send" must
satisfy every rule the seed documents (``validate_ready``). Problems name fields by their
API (wire) name, which is also the widget's objectName; nested fields use a dotted path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from wo_desktop.domain.fields import FIELD_BY_NAME, FIELDS
from wo_desktop.domain.job import Job
from wo_desktop.domain.statuses import STATUS_CODES, STATUS_IDS


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: ``field`` is a wire name (or dotted path), ``code`` is stable for code."""

    field: str
    code: str
    severity: Severity
    message: str


_LABELS: dict[str, str] = {
    "": "Job",
    "_parent_id": "Parent job",
    "_parent_job": "Parent job",
    "_parent_jobs_reference_back_office": "Parent job reference",
    "project_id": "Installation",
    "project_reference_back_office": "Installation reference",
    "project": "Installation",
    "job_type_id": "Job type",
    "job_type_code": "Job type code",
    "job_type": "Job type",
    "job_priority_id": "Priority",
    "job_priority_code": "Priority code",
    "job_priority": "Priority",
    "job_status_id": "Status",
    "job_status_code": "Status",
    "db_address_id": "Address",
    "contact_id": "Contact",
    "requested_by_company_id": "Requested by company",
    "requested_by_contact_id": "Requested by contact",
    "reference_back_office": "Back-office reference",
    "name": "Name",
    "description": "Description",
    "working_sequence": "Working sequence",
    "internal_memo": "Internal memo",
    "prejob_information": "Information before the job",
    "estimated_time": "Estimated time",
    "earliest_date_plannable": "Earliest planning date",
    "due_date": "Due date",
    "suggested_user_id": "Suggested user",
    "suggested_user_code": "Suggested user code",
    "suggested_user": "Suggested user",
    "suggested_date_start": "Suggested start",
    "skill_id": "Skill",
    "skill_code": "Skill code",
    "skill": "Skill",
    "customer_reference": "Customer reference",
    "approval_responsible_user_id": "Job leader",
    "date_reported_by_company": "Date reported",
    "db_address_name": "Address name",
    "db_address_street": "Street",
    "db_address_street2": "Street, second line",
    "db_address_street_number": "House number",
    "db_address_city": "City",
    "db_address_zip": "Postal code",
    "db_address_db_country_id": "Country",
    "db_address_db_country_code": "Country code",
    "db_address_phone": "Phone",
    "db_address_email": "Email",
    "db_address_latitude_decimal": "Latitude",
    "db_address_longitude_decimal": "Longitude",
    "estimated_quantity_remark": "Parts to bring",
}


def field_label(name: str) -> str:
    """The label a person sees for a wire field name; unknown names are returned as they are."""
    if name in _LABELS:
        return _LABELS[name]
    head, _, rest = name.partition(".")
    if rest and head in _LABELS:
        return f"{_LABELS[head]} ({rest})"
    return name


_TYPE_PHRASES: dict[str, str] = {
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "decimal_type": "must be a number",
    "decimal_parsing": "must be a number",
    "finite_number": "must be a number",
    "wire_number": "must be a number, not yes or no",
    "uuid_type": "must be a GUID",
    "uuid_parsing": "must be a GUID",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "wire_datetime": "must be a date and time (YYYY-MM-DDThh:mm:ss.fffZ)",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "dict_type": "must be an object",
    "list_type": "must be a list",
}


def _type_problem(error: ErrorDetails) -> Problem:
    field = ".".join(str(part) for part in error["loc"])
    phrase = _TYPE_PHRASES.get(error["type"])
    label = field_label(field)
    message = f"{label} {phrase}." if phrase else f"{label}: {error['msg']}."
    return Problem(field, "type", Severity.ERROR, message)


def parse_job(data: Any) -> tuple[Job | None, list[Problem]]:
    """Read a job from JSON-like data; a value of the wrong type becomes a problem."""
    if not isinstance(data, dict):
        kind = type(data).__name__
        return None, [Problem("", "type", Severity.ERROR, f"A job must be an object, not {kind}.")]
    try:
        return Job.model_validate(data), []
    except ValidationError as exc:
        return None, [_type_problem(error) for error in exc.errors()]


_ATTRIBUTE_BY_WIRE_NAME = {(info.alias or name): name for name, info in Job.model_fields.items()}


def _value(job: Job, wire_name: str) -> Any:
    return getattr(job, _ATTRIBUTE_BY_WIRE_NAME[wire_name])


def _is_set(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, BaseModel):
        # An embedded entity with nothing in it identifies nothing.
        return bool(value.model_dump(exclude_none=True))
    return True


def _text_length(text: str) -> int:
    # The server's limits are .NET nvarchar lengths, counted in UTF-16 code units: a character
    # outside the Basic Multilingual Plane (an emoji, say) takes two.
    return len(text.encode("utf-16-le")) // 2


def _max_length_problems(job: Job) -> list[Problem]:
    problems = []
    for spec in FIELDS:
        value = _value(job, spec.name)
        if spec.max_length is None or not isinstance(value, str):
            continue
        length = _text_length(value)
        if length > spec.max_length:
            message = (
                f"{field_label(spec.name)} is too long: {length} characters, "
                f"at most {spec.max_length}."
            )
            problems.append(Problem(spec.name, "max_length", Severity.ERROR, message))
    return problems


def validate_draft(job: Job) -> list[Problem]:
    """What a draft must satisfy to be saved: every text fits its column."""
    return _max_length_problems(job)


# Which field carries the problem when none of a one-of group is given, and what to say.
_ONE_OF_RULES: dict[str, tuple[str, str]] = {
    "project": (
        "project_id",
        "Installation is required: pick one, give its back-office reference, "
        "or describe a new one.",
    ),
    "job_type": ("job_type_id", "Job type is required: pick one or give its code."),
    "job_status": ("job_status_code", "Status is required: pick one or give its code."),
}

_MOBILE_ADDRESS = ("db_address_street", "db_address_city", "db_address_zip")
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
_RANGES: dict[str, tuple[Decimal, Decimal]] = {
    "db_address_latitude_decimal": (Decimal(-90), Decimal(90)),
    "db_address_longitude_decimal": (Decimal(-180), Decimal(180)),
}
_NON_NEGATIVE = ("estimated_time", "working_sequence")


def _one_of_problems(job: Job) -> list[Problem]:
    problems = []
    for group, (target, message) in _ONE_OF_RULES.items():
        members = [spec.name for spec in FIELDS if spec.one_of_group == group]
        if not any(_is_set(_value(job, name)) for name in members):
            problems.append(Problem(target, "one_of", Severity.ERROR, message))
    return problems


def _is_mobile(job: Job, project_is_mobile: bool | None) -> bool:
    embedded = job.project is not None and job.project.is_mobile_installation is True
    return project_is_mobile is True or embedded


def _plans_suggested_user(job: Job) -> bool:
    suggested = job.job_status_code == "Suggested" or job.job_status_id == STATUS_IDS["Suggested"]
    user = any(
        _is_set(value)
        for value in (job.suggested_user_id, job.suggested_user_code, job.suggested_user)
    )
    return suggested and user and job.suggested_date_start is not None


def _value_problems(job: Job) -> list[Problem]:
    problems = []
    earliest, due = job.earliest_date_plannable, job.due_date
    if earliest is not None and due is not None and earliest > due:
        message = f"{field_label('due_date')} is before the earliest planning date."
        problems.append(Problem("due_date", "date_order", Severity.ERROR, message))
    for name in _NON_NEGATIVE:
        number = _value(job, name)
        if number is not None and number < 0:
            message = f"{field_label(name)} cannot be negative."
            problems.append(Problem(name, "min_value", Severity.ERROR, message))
    for name, (low, high) in _RANGES.items():
        coordinate = _value(job, name)
        if coordinate is not None and not low <= coordinate <= high:
            message = f"{field_label(name)} must be between {low} and {high}."
            problems.append(Problem(name, "range", Severity.ERROR, message))
    email = job.db_address_email
    if _is_set(email) and _EMAIL_RE.fullmatch(email or "") is None:
        message = f"{field_label('db_address_email')} is not an email address (name@example.com)."
        problems.append(Problem("db_address_email", "email", Severity.ERROR, message))
    return problems


def validate_ready(job: Job, *, project_is_mobile: bool | None = None) -> list[Problem]:
    """Every rule the seed documents for a job that is to be sent.

    ``project_is_mobile`` tells whether the picked installation (``project_id``) is mobile
    equipment, as known from the catalog; an embedded ``project`` says so itself.
    """
    problems = []
    if not _is_set(job.name):
        problems.append(Problem("name", "required", Severity.ERROR, "Name is required."))
    problems += _one_of_problems(job)
    code = job.job_status_code
    if _is_set(code) and code not in STATUS_CODES:
        message = f'Status "{code}" is not one of: {", ".join(STATUS_CODES)}.'
        problems.append(Problem("job_status_code", "invalid_choice", Severity.ERROR, message))
    problems += _max_length_problems(job)
    if _is_mobile(job, project_is_mobile):
        for name in _MOBILE_ADDRESS:
            if not _is_set(_value(job, name)):
                message = (
                    f"{field_label(name)} is required: the installation is mobile equipment, "
                    "so the job needs its own address."
                )
                problems.append(Problem(name, "required", Severity.ERROR, message))
    problems += _value_problems(job)
    if _plans_suggested_user(job):
        message = "A planning entry will be created for the suggested user."
        problems.append(Problem("job_status_code", "planning_entry", Severity.INFO, message))
    return problems


def _top_level(field: str) -> str:
    return field.split(".", 1)[0]


def _blocked_by(problem: Problem, bad_fields: set[str]) -> bool:
    # A rule about a field we could not read (or about its one-of group) would only repeat
    # or contradict the type problem already reported for it.
    if _top_level(problem.field) in bad_fields:
        return True
    spec = FIELD_BY_NAME.get(problem.field)
    group = spec.one_of_group if spec else None
    return group is not None and any(
        FIELD_BY_NAME[name].one_of_group == group for name in bad_fields if name in FIELD_BY_NAME
    )


def check(
    data: Any, *, ready: bool, project_is_mobile: bool | None = None
) -> tuple[Job | None, list[Problem]]:
    """Parse, then validate as a draft or as ready to send.

    When some fields have the wrong type, the job is ``None`` but the other fields are still
    checked, so the person sees every problem at once.
    """
    job, problems = parse_job(data)
    source, bad_fields = job, set[str]()
    if job is None and isinstance(data, dict):
        bad_fields = {_top_level(problem.field) for problem in problems}
        source, _ = parse_job({key: value for key, value in data.items() if key not in bad_fields})
    if source is None:
        return job, problems
    if ready:
        found = validate_ready(source, project_is_mobile=project_is_mobile)
    else:
        found = validate_draft(source)
    return job, problems + [problem for problem in found if not _blocked_by(problem, bad_fields)]


def has_errors(problems: Iterable[Problem]) -> bool:
    """True when any problem is an error (warnings and information do not block sending)."""
    return any(problem.severity is Severity.ERROR for problem in problems)
