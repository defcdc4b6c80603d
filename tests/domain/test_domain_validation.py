import dataclasses
import json
from importlib.resources import files
from typing import Any

import pytest

from wo_desktop.domain.job import Job, new_job_id
from wo_desktop.domain.statuses import STATUS_CODES, STATUS_IDS
from wo_desktop.domain.validation import (
    Problem,
    Severity,
    check,
    field_label,
    has_errors,
    parse_job,
    validate_draft,
    validate_ready,
)

PROJECT_ID = "a0dd2c41-6f23-437a-963e-882523cb00dd"
USER_ID = "6e2f7bd0-2c1f-4557-ba06-b9236a8ea574"


def _minimal(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": str(new_job_id()),
        "name": "Boiler does not start",
        "project_id": PROJECT_ID,
        "job_type_code": "REPAIR",
        "job_status_code": "Open",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def _ready(data: dict[str, Any], **kwargs: Any) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in validate_ready(Job.from_wire(data), **kwargs)]


def _max_length_fields() -> list[tuple[str, int]]:
    text = files("wo_desktop.domain").joinpath("jobs_fields.json").read_text("utf-8")
    rows = json.loads(text)["fields"]
    return [(row["name"], row["max_length"]) for row in rows if row["max_length"]]


def _text_of_length(field: str, length: int) -> str:
    if field == "db_address_email":
        suffix = "@example.com"
        return "x" * (length - len(suffix)) + suffix
    return "x" * length


def test_a_minimal_ready_job_has_no_problem() -> None:
    assert validate_ready(Job.from_wire(_minimal())) == []


@pytest.mark.parametrize("name", [None, "", "   \t"])
def test_ready_requires_a_name(name: str | None) -> None:
    data = _minimal()
    data.pop("name")
    if name is not None:
        data["name"] = name
    assert _ready(data) == [("name", "required")]
    assert validate_ready(Job.from_wire(data))[0].message == "Name is required."


@pytest.mark.parametrize(
    ("group", "target"),
    [
        (("project_id", "project_reference_back_office", "project"), "project_id"),
        (("job_type_id", "job_type_code", "job_type"), "job_type_id"),
        (("job_status_id", "job_status_code"), "job_status_code"),
    ],
)
def test_ready_requires_one_of_each_group(group: tuple[str, ...], target: str) -> None:
    data = {key: value for key, value in _minimal().items() if key not in group}
    assert _ready(data) == [(target, "one_of")]


@pytest.mark.parametrize(
    "given",
    [
        {"project_reference_back_office": "ERP-42"},
        {"project": {"name": "New boiler", "serial_number": "SN-1"}},
        {"project_id": PROJECT_ID},
    ],
)
def test_any_one_way_of_naming_the_project_is_enough(given: dict[str, Any]) -> None:
    data = _minimal(project_id=None)
    data.update(given)
    assert _ready(data) == []


@pytest.mark.parametrize(
    "given",
    [{"job_type_id": "48d656ab-babc-46c0-9f52-240a46fd3e11"}, {"job_type": {"code": "REPAIR"}}],
)
def test_any_one_way_of_naming_the_job_type_is_enough(given: dict[str, Any]) -> None:
    data = _minimal(job_type_code=None)
    data.update(given)
    assert _ready(data) == []


def test_a_status_id_alone_is_enough() -> None:
    data = _minimal(job_status_code=None, job_status_id=str(STATUS_IDS["Open"]))
    assert _ready(data) == []


@pytest.mark.parametrize(
    "given",
    [{"project_reference_back_office": "  "}, {"project": {}}, {"project": {"name": None}}],
)
def test_a_blank_or_empty_project_does_not_count(given: dict[str, Any]) -> None:
    data = _minimal(project_id=None)
    data.update(given)
    assert _ready(data) == [("project_id", "one_of")]


@pytest.mark.parametrize("code", STATUS_CODES)
def test_every_documented_status_code_is_accepted(code: str) -> None:
    assert _ready(_minimal(job_status_code=code)) == []


@pytest.mark.parametrize("code", ["open", "Closed", "Suggested "])
def test_an_unknown_status_code_is_an_invalid_choice(code: str) -> None:
    assert _ready(_minimal(job_status_code=code)) == [("job_status_code", "invalid_choice")]


MOBILE_ADDRESS = ("db_address_street", "db_address_city", "db_address_zip")
FULL_ADDRESS = {
    "db_address_street": "Rue Haute",
    "db_address_city": "Bruxelles",
    "db_address_zip": "1000",
}


def test_mobile_equipment_from_the_catalog_requires_the_job_address() -> None:
    expected = [(name, "required") for name in MOBILE_ADDRESS]
    assert _ready(_minimal(), project_is_mobile=True) == expected
    assert _ready(_minimal(**FULL_ADDRESS), project_is_mobile=True) == []


def test_an_embedded_mobile_project_requires_the_job_address() -> None:
    data = _minimal(project_id=None, project={"name": "Van 7", "is_mobile_installation": True})
    assert _ready(data) == [(name, "required") for name in MOBILE_ADDRESS]
    data.update(FULL_ADDRESS)
    assert _ready(data) == []


@pytest.mark.parametrize("missing", MOBILE_ADDRESS)
def test_each_missing_mobile_address_part_is_its_own_problem(missing: str) -> None:
    data = _minimal(**FULL_ADDRESS)
    data[missing] = " "
    assert _ready(data, project_is_mobile=True) == [(missing, "required")]


def test_fixed_equipment_needs_no_job_address() -> None:
    assert _ready(_minimal(), project_is_mobile=False) == []
    assert _ready(_minimal(project={"name": "Boiler", "is_mobile_installation": False})) == []


def test_due_date_before_earliest_date_is_a_date_order_problem() -> None:
    data = _minimal(earliest_date_plannable="2026-06-10T08:00:00Z", due_date="2026-06-09T08:00:00Z")
    assert _ready(data) == [("due_date", "date_order")]


def test_due_date_on_the_earliest_date_is_fine() -> None:
    same = "2026-06-10T08:00:00.000Z"
    assert _ready(_minimal(earliest_date_plannable=same, due_date=same)) == []


@pytest.mark.parametrize("name", ["estimated_time", "working_sequence"])
def test_negative_counts_are_min_value_problems(name: str) -> None:
    assert _ready(_minimal(**{name: -1})) == [(name, "min_value")]
    assert _ready(_minimal(**{name: 0})) == []


@pytest.mark.parametrize(
    ("name", "bad", "edge"),
    [
        ("db_address_latitude_decimal", 90.0001, -90),
        ("db_address_latitude_decimal", -90.5, 90),
        ("db_address_longitude_decimal", 180.5, -180),
        ("db_address_longitude_decimal", -181, 180),
    ],
)
def test_coordinates_out_of_range(name: str, bad: float, edge: int) -> None:
    assert _ready(_minimal(**{name: bad})) == [(name, "range")]
    assert _ready(_minimal(**{name: edge})) == []


@pytest.mark.parametrize(
    "email", ["no-at-sign", "a b@example.com", "a@example", "a@.example.com", "a@b..com", "@b.com"]
)
def test_a_malformed_email_is_an_email_problem(email: str) -> None:
    assert _ready(_minimal(db_address_email=email)) == [("db_address_email", "email")]


@pytest.mark.parametrize("email", ["a@b.co", "first.last+tag@sub.example.org"])
def test_a_plain_email_is_accepted(email: str) -> None:
    assert _ready(_minimal(db_address_email=email)) == []


PLANNING = {"suggested_user_id": USER_ID, "suggested_date_start": "2026-06-11T07:00:00Z"}


@pytest.mark.parametrize(
    "status",
    [
        {"job_status_code": "Suggested"},
        {"job_status_code": None, "job_status_id": str(STATUS_IDS["Suggested"])},
    ],
)
def test_suggested_with_user_and_start_announces_a_planning_entry(status: dict[str, Any]) -> None:
    problems = validate_ready(Job.from_wire(_minimal(**PLANNING, **status)))
    assert problems == [
        Problem(
            "job_status_code",
            "planning_entry",
            Severity.INFO,
            "A planning entry will be created for the suggested user.",
        )
    ]
    assert not has_errors(problems)


@pytest.mark.parametrize(
    "user", [{"suggested_user_code": "TECH1"}, {"suggested_user": {"code": "TECH1"}}]
)
def test_the_suggested_user_may_be_given_by_code_or_embedded(user: dict[str, Any]) -> None:
    data = _minimal(
        job_status_code="Suggested", suggested_date_start="2026-06-11T07:00:00Z", **user
    )
    assert _ready(data) == [("job_status_code", "planning_entry")]


@pytest.mark.parametrize(
    "changes",
    [
        {"job_status_code": "Open"},
        {"job_status_code": "Suggested", "suggested_date_start": None},
        {"job_status_code": "Suggested", "suggested_user_id": None},
    ],
)
def test_no_planning_entry_without_status_user_and_start(changes: dict[str, Any]) -> None:
    assert _ready(_minimal(**{**PLANNING, **changes})) == []


MAX_LENGTHS = _max_length_fields()


def test_the_table_has_max_lengths_to_check() -> None:
    assert ("customer_reference", 50) in MAX_LENGTHS
    assert len(MAX_LENGTHS) == 13


@pytest.mark.parametrize(("field", "limit"), MAX_LENGTHS, ids=[name for name, _ in MAX_LENGTHS])
def test_text_at_its_max_length_is_fine(field: str, limit: int) -> None:
    data = _minimal(**{field: _text_of_length(field, limit)})
    assert validate_draft(Job.from_wire(data)) == []
    assert _ready(data) == []


@pytest.mark.parametrize(("field", "limit"), MAX_LENGTHS, ids=[name for name, _ in MAX_LENGTHS])
def test_text_over_its_max_length_is_a_max_length_problem(field: str, limit: int) -> None:
    data = _minimal(**{field: _text_of_length(field, limit + 1)})
    draft = validate_draft(Job.from_wire(data))
    assert [(p.field, p.code) for p in draft] == [(field, "max_length")]
    assert f"{limit + 1} characters, at most {limit}." in draft[0].message
    assert _ready(data) == [(field, "max_length")]


def test_max_length_message_names_the_field_for_a_person() -> None:
    (problem,) = validate_draft(Job(customer_reference="x" * 61))
    assert problem.message == "Customer reference is too long: 61 characters, at most 50."
    assert problem.severity is Severity.ERROR


def test_max_length_counts_what_the_server_counts() -> None:
    # 26 emoji are 26 code points but 52 UTF-16 units: too long for a 50-character column.
    assert [p.code for p in validate_draft(Job(customer_reference="\U0001f600" * 26))] == [
        "max_length"
    ]
    assert validate_draft(Job(customer_reference="é" * 50)) == []


def test_a_draft_may_be_incomplete() -> None:
    assert validate_draft(Job()) == []
    assert validate_draft(Job(estimated_time=-5, db_address_email="nope")) == []


@pytest.mark.parametrize("data", [[], "job", None, 42])
def test_parse_job_refuses_what_is_not_an_object(data: Any) -> None:
    job, problems = parse_job(data)
    assert job is None
    assert [(p.field, p.code, p.severity) for p in problems] == [("", "type", Severity.ERROR)]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"estimated_time": "soon"}, "estimated_time"),
        ({"name": 42}, "name"),
        ({"id": "not-a-guid"}, "id"),
        ({"due_date": "next week"}, "due_date"),
        ({"db_address_latitude_decimal": "north"}, "db_address_latitude_decimal"),
        ({"db_address_longitude_decimal": "1e400"}, "db_address_longitude_decimal"),
        ({"working_sequence": True}, "working_sequence"),
        ({"project": {"is_mobile_installation": "maybe"}}, "project.is_mobile_installation"),
        ({"_parent_job": {"name": 3}}, "_parent_job.name"),
        (
            {"project": {"equipment_model": {"translations": [{"field_name": 1}]}}},
            "project.equipment_model.translations.0.field_name",
        ),
        ({"project": "boiler"}, "project"),
    ],
)
def test_type_errors_name_the_field(data: dict[str, Any], field: str) -> None:
    job, problems = parse_job(data)
    assert job is None
    assert [(p.field, p.code) for p in problems] == [(field, "type")]
    assert problems[0].message.endswith(".")


def test_type_error_message_is_a_sentence() -> None:
    _, problems = parse_job({"estimated_time": "soon"})
    assert problems[0].message == "Estimated time must be a whole number."


def test_check_as_draft_only_checks_lengths() -> None:
    job, problems = check({"customer_reference": "x" * 51}, ready=False)
    assert isinstance(job, Job)
    assert [(p.field, p.code) for p in problems] == [("customer_reference", "max_length")]


def test_check_as_ready_applies_every_rule() -> None:
    job, problems = check(_minimal(name=" "), ready=True, project_is_mobile=True)
    assert isinstance(job, Job)
    assert [(p.field, p.code) for p in problems] == [("name", "required")] + [
        (name, "required") for name in MOBILE_ADDRESS
    ]


def test_check_reports_type_errors_and_the_other_rules_together() -> None:
    data = _minimal(estimated_time="soon", project_id="nope", name=None)
    job, problems = check(data, ready=True)
    assert job is None
    assert sorted((p.field, p.code) for p in problems) == [
        ("estimated_time", "type"),
        ("name", "required"),
        ("project_id", "type"),
    ]


def test_check_does_not_call_a_field_of_the_wrong_type_missing() -> None:
    data = _minimal(**FULL_ADDRESS)
    data["db_address_street"] = 5
    _, problems = check(data, ready=True, project_is_mobile=True)
    assert [(p.field, p.code) for p in problems] == [("db_address_street", "type")]


def test_has_errors_ignores_information_and_warnings() -> None:
    info = Problem("job_status_code", "planning_entry", Severity.INFO, "x")
    warning = Problem("name", "w", Severity.WARNING, "x")
    error = Problem("name", "required", Severity.ERROR, "x")
    assert not has_errors([])
    assert not has_errors([info, warning])
    assert has_errors([info, error])


def test_problem_is_frozen_and_severity_is_a_string() -> None:
    problem = Problem("name", "required", Severity.ERROR, "Name is required.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.code = "other"  # type: ignore[misc]
    assert [str(s) for s in Severity] == ["error", "warning", "info"]
    assert json.dumps(dataclasses.asdict(problem)) == (
        '{"field": "name", "code": "required", "severity": "error", "message": "Name is required."}'
    )


def test_field_label_for_people_and_fallbacks() -> None:
    assert field_label("customer_reference") == "Customer reference"
    assert field_label("db_address_zip") == "Postal code"
    assert field_label("some_new_field") == "some_new_field"
    assert field_label("project.serial_number") == "Installation (serial_number)"
