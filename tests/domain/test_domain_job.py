import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from wo_desktop.domain import entities
from wo_desktop.domain.fields import FIELDS
from wo_desktop.domain.job import Job, new_job_id

SEED_SAMPLE = Path(__file__).parents[1] / "data" / "seed_sample.json"
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}T")


def _seed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SEED_SAMPLE.read_text("utf-8"))
    return data


def _normalise(value: Any) -> Any:
    """The sample as the contract writes it, computed without the code under test."""
    if isinstance(value, dict):
        return {key: _normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    if isinstance(value, str) and _DATE_LIKE.match(value):
        moment = datetime.fromisoformat(value).astimezone(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return value


def _key_paths(value: Any, prefix: str = "") -> set[str]:
    paths: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            paths.add(prefix + key)
            paths |= _key_paths(item, f"{prefix}{key}.")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths |= _key_paths(item, f"{prefix}{index}.")
    return paths


def _models(model: BaseModel) -> list[BaseModel]:
    found = [model]
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, BaseModel):
                found += _models(item)
    return found


def test_seed_sample_round_trips_without_losing_a_field() -> None:
    sample = _seed()
    wire = Job.from_wire(sample).to_wire()
    assert _key_paths(wire) == _key_paths(sample)
    assert wire == _normalise(sample)


def test_seed_sample_needs_no_undeclared_field() -> None:
    job = Job.from_wire(_seed())
    for model in _models(job):
        assert model.model_extra == {}, type(model).__name__


def test_seed_sample_parses_to_the_right_types() -> None:
    job = Job.from_wire(_seed())
    assert job.id == UUID("9f08c7d2-c6b1-4797-a669-51480d95e401")
    assert job.parent_id == UUID("a57056ab-8f6b-4177-9ac9-c8f3ae9bd38f")
    assert job.parent_jobs_reference_back_office == "sample string 3"
    assert job.modified_dateutc == datetime(2026, 6, 10, 19, 50, 13, 908119, UTC)
    assert job.db_address_latitude_decimal == Decimal("49.0")
    assert job.estimated_time == 22
    project = job.project
    assert isinstance(project, entities.Project)
    assert project.is_mobile_installation is True
    assert project.serial_number == "sample string 22"
    assert project.barcode == "sample string 23"
    assert project.parent_id == UUID("b2e6ce2a-c14a-4c18-8ce6-2bd92ecf77c2")
    assert project.root_parent_id == UUID("11f7dfde-d583-41d3-8a75-2c7c69cd30e7")
    assert project.parent_reference_back_office == "sample string 4"
    assert project.nb_open_jobs == 37
    model = project.equipment_model
    assert isinstance(model, entities.EquipmentModel)
    assert model.translations is not None
    assert [type(item) for item in model.translations] == [entities.Translation] * 2
    assert isinstance(model.equipment_brand, entities.EquipmentBrand)
    assert isinstance(model.equipment_family, entities.EquipmentFamily)
    assert model.equipment_family.parent_code == "sample string 6"
    assert isinstance(project.project_status, entities.ProjectStatus)
    assert project.project_status.is_closed is True
    assert isinstance(job.job_type, entities.JobType)
    assert isinstance(job.job_priority, entities.JobPriority)
    assert job.job_priority.sequence == 4
    assert isinstance(job.job_priority.sales_organization, entities.SalesOrganization)
    assert isinstance(job.suggested_user, entities.User)
    assert job.suggested_user.is_team_leader is True
    assert isinstance(job.skill, entities.Skill)


_SAMPLE_BY_TYPE: dict[str, tuple[Any, type]] = {
    "globally unique identifier": ("8BA9DA71-EF32-423A-BB50-AE767315F55C", UUID),
    "date": ("2026-06-10T19:50:13.8924925+00:00", datetime),
    "decimal number": (12.5, Decimal),
    "integer": (7, int),
    "string": ("text", str),
    "jobs": ({"name": "parent"}, Job),
    "project": ({"name": "boiler"}, entities.Project),
    "job_type": ({"code": "MAINT"}, entities.JobType),
    "job_priority": ({"code": "HIGH"}, entities.JobPriority),
    "user": ({"code": "U1"}, entities.User),
    "skill": ({"code": "GAS"}, entities.Skill),
}


@pytest.mark.parametrize("spec", FIELDS, ids=lambda spec: spec.name)
def test_every_documented_field_is_read_with_its_type(spec: Any) -> None:
    raw, python_type = _SAMPLE_BY_TYPE[spec.type]
    job = Job.from_wire({spec.name: raw})
    attribute = spec.name.lstrip("_")
    assert isinstance(getattr(job, attribute), python_type)
    assert job.model_extra == {}
    assert spec.name in job.to_wire()


def test_job_declares_exactly_the_58_documented_fields_by_wire_name() -> None:
    wire_names = [info.alias or name for name, info in Job.model_fields.items()]
    assert wire_names == [spec.name for spec in FIELDS]


def test_to_wire_omits_unset_and_none_fields() -> None:
    assert Job(name="Boiler check", description=None).to_wire() == {"name": "Boiler check"}
    assert Job().to_wire() == {}


def test_to_wire_omits_none_inside_embedded_entities() -> None:
    job = Job(project=entities.Project(name="New boiler", serial_number=None))
    assert job.to_wire() == {"project": {"name": "New boiler"}}


def test_to_wire_keeps_unknown_fields_but_drops_their_nones() -> None:
    job = Job.from_wire({"name": "a", "x_new": {"kept": 1, "gone": None}, "x_null": None})
    assert job.to_wire() == {"name": "a", "x_new": {"kept": 1}}


def test_to_wire_writes_the_contract_formats() -> None:
    job = Job(
        id=UUID("8BA9DA71-EF32-423A-BB50-AE767315F55C"),
        due_date=datetime(2026, 6, 10, 8, 30, 0, 123456),
        db_address_latitude_decimal=Decimal("50.8503"),
        estimated_time=90,
    )
    wire = job.to_wire()
    assert wire == {
        "id": "8ba9da71-ef32-423a-bb50-ae767315f55c",
        "due_date": "2026-06-10T08:30:00.123Z",
        "db_address_latitude_decimal": 50.8503,
        "estimated_time": 90,
    }
    assert json.loads(json.dumps(wire)) == wire


def test_leading_underscore_fields_travel_by_their_wire_name() -> None:
    parent = new_job_id()
    job = Job(parent_id=parent, parent_job=Job(name="Parent"))
    assert job.to_wire() == {"_parent_id": str(parent), "_parent_job": {"name": "Parent"}}
    assert Job.from_wire({"_parent_id": str(parent)}).parent_id == parent


def test_the_server_empty_date_reads_as_unset() -> None:
    job = Job.from_wire(
        {"name": "a", "date_closed": "1980-01-01T00:00:00", "due_date": "1980-01-01"}
    )
    assert job.date_closed is None
    assert job.due_date is None
    assert job.to_wire() == {"name": "a"}


def test_nested_empty_dates_read_as_unset_too() -> None:
    job = Job.from_wire({"project": {"name": "p", "date_built": "1980-01-01T00:00:00.000Z"}})
    assert job.to_wire() == {"project": {"name": "p"}}


def test_python_dates_are_taken_as_utc_and_1980_as_unset() -> None:
    assert Job(due_date=date(2026, 6, 10)).due_date == datetime(2026, 6, 10, tzinfo=UTC)
    assert Job(due_date=datetime(2026, 6, 10, 8)).due_date == datetime(2026, 6, 10, 8, tzinfo=UTC)
    assert Job(due_date=date(1980, 1, 1)).due_date is None
    assert Job(due_date=datetime(1980, 1, 1, 12, tzinfo=UTC)).due_date is None


def test_a_json_boolean_is_not_a_number() -> None:
    with pytest.raises(ValidationError):
        Job.from_wire({"estimated_time": True})
    with pytest.raises(ValidationError):
        Job.from_wire({"db_address_latitude_decimal": False})


def test_overlong_text_still_parses() -> None:
    assert Job.from_wire({"customer_reference": "x" * 500}).customer_reference == "x" * 500


def test_new_job_id_is_a_fresh_version_4_uuid() -> None:
    first, second = new_job_id(), new_job_id()
    assert first.version == 4
    assert first != second


_text = st.text(max_size=40)
_int = st.integers(min_value=-(2**31), max_value=2**31 - 1)
_moment = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(lambda moment: moment.replace(microsecond=moment.microsecond // 1000 * 1000))


@settings(max_examples=60, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "name": _text,
            "description": _text,
            "_parent_jobs_reference_back_office": _text,
            "db_address_city": _text,
            "estimated_time": _int,
            "working_sequence": _int,
            "id2": _int,
            "due_date": _moment,
            "suggested_date_start": _moment,
            "id": st.uuids(),
            "project": st.fixed_dictionaries({}, optional={"name": _text, "nb_open_jobs": _int}),
        },
    )
)
def test_wire_round_trip_keeps_every_value(values: dict[str, Any]) -> None:
    job = Job.model_validate(values)
    assert Job.from_wire(json.loads(json.dumps(job.to_wire()))) == job
