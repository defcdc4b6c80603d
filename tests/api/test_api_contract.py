"""The [inferred] choices of the contract, as the client puts them on the wire."""

from __future__ import annotations

import pytest

from wo_desktop.api import contract
from wo_desktop.api.contract import Outcome


@pytest.mark.parametrize(
    ("since", "literal"),
    [
        ("2026-01-31T12:00:00.000Z", "2026-01-31T12:00:00.000Z"),
        ("2026-01-31T12:00:00Z", "2026-01-31T12:00:00.000Z"),
        ("2026-01-31T12:00:00.1239999Z", "2026-01-31T12:00:00.123Z"),
        ("2026-06-10T19:50:13.8924925+00:00", "2026-06-10T19:50:13.892Z"),
        ("2026-06-10T21:50:13.5+02:00", "2026-06-10T19:50:13.500Z"),
        ("2026-01-31T12:00:00.5", "2026-01-31T12:00:00.500Z"),
    ],
)
def test_delta_literal_is_utc_milliseconds_cut_down(since: str, literal: str) -> None:
    assert contract.delta_literal(since) == literal


def test_delta_filter_is_unquoted_gt_or_ge_when_resuming() -> None:
    since = "2026-01-31T12:00:00.000Z"
    assert contract.delta_filter(since, inclusive=False) == (
        "modified_dateutc gt 2026-01-31T12:00:00.000Z"
    )
    assert contract.delta_filter(since, inclusive=True) == (
        "modified_dateutc ge 2026-01-31T12:00:00.000Z"
    )
    assert contract.DELTA_ORDERBY == "modified_dateutc,id"


def test_delta_literal_refuses_what_is_not_a_date() -> None:
    with pytest.raises(ValueError):
        contract.delta_literal("yesterday")


def test_timestamp_key_orders_to_the_tick_and_honours_offsets() -> None:
    key = contract.timestamp_key
    assert key("2026-01-31T12:00:00.1234567Z") == key("2026-01-31T14:00:00.1234567+02:00")
    assert key("2026-01-31T12:00:00.1234567Z") < key("2026-01-31T12:00:00.1234568Z")  # type: ignore[operator]
    assert key("2026-01-31T12:00:00.123Z") == key("2026-01-31T12:00:00.1230000Z")
    assert key("not a date") is None
    assert key(None) is None


def test_query_string_keeps_odata_punctuation_literal_and_spaces_as_percent_20() -> None:
    query = contract.query_string(
        {"$filter": "modified_dateutc gt 2026-01-31T12:00:00.000Z", "$orderby": "a,b"}
    )
    assert query == "$filter=modified_dateutc%20gt%202026-01-31T12:00:00.000Z&$orderby=a,b"


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, Outcome.OK),
        (201, Outcome.OK),
        (204, Outcome.OK),
        (400, Outcome.REJECTED),
        (422, Outcome.REJECTED),
        (401, Outcome.AUTH),
        (403, Outcome.FORBIDDEN),
        (404, Outcome.CONFIGURATION),
        (409, Outcome.CONFLICT),
        (429, Outcome.TRANSIENT),
        (500, Outcome.TRANSIENT),
        (503, Outcome.TRANSIENT),
        (302, Outcome.CONFIGURATION),
    ],
)
def test_statuses_mean_what_the_contract_says(status: int, outcome: Outcome) -> None:
    assert contract.classify_status(status) is outcome


def test_user_rows_keep_only_what_a_picker_shows() -> None:
    row = {
        "id": "u1",
        "code": "JD",
        "firstname": "Jane",
        "lastname": "Doe",
        "email": "jd@example.com",
        "modified_dateutc": "2026-01-31T12:00:00.000Z",
        "bankaccount": "BE00 0000",
        "social_security": "123",
        "private_street": "Home 1",
        "birthdate": "1990-01-01T00:00:00",
    }
    kept = contract.minimise(contract.USER, row)
    assert set(kept) == {"id", "code", "firstname", "lastname", "email", "modified_dateutc"}
    assert contract.minimise(contract.PROJECT, row) == row


def test_1980_01_01_is_the_empty_date() -> None:
    assert contract.is_empty_date("1980-01-01T00:00:00")
    assert not contract.is_empty_date("1981-01-01T00:00:00")
    assert not contract.is_empty_date(None)


def test_controller_names() -> None:
    assert contract.CATALOG_CONTROLLERS == (
        "JobStatus",
        "JobType",
        "JobPriority",
        "Skill",
        "DbCountry",
        "User",
        "Company",
        "Contact",
        "Project",
    )
    assert contract.JOBS == "Jobs"
