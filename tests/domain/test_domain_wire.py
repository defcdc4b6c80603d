from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wo_desktop.domain.wire import EMPTY_DATE, format_datetime, parse_datetime


def test_format_datetime_writes_utc_milliseconds_and_z() -> None:
    value = datetime(2026, 6, 10, 19, 50, 13, 892492, tzinfo=UTC)
    assert format_datetime(value) == "2026-06-10T19:50:13.892Z"


def test_format_datetime_always_has_three_fraction_digits() -> None:
    assert format_datetime(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05.000Z"
    assert format_datetime(datetime(2026, 1, 2, 3, 4, 5, 7000, tzinfo=UTC)).endswith(":05.007Z")


def test_format_datetime_takes_naive_as_utc() -> None:
    assert format_datetime(datetime(2026, 6, 10, 8, 0)) == "2026-06-10T08:00:00.000Z"


def test_format_datetime_converts_other_offsets_to_utc() -> None:
    paris = timezone(timedelta(hours=2))
    assert format_datetime(datetime(2026, 6, 10, 8, 0, tzinfo=paris)) == "2026-06-10T06:00:00.000Z"


def test_format_datetime_of_a_date_is_midnight_utc() -> None:
    assert format_datetime(date(2026, 6, 10)) == "2026-06-10T00:00:00.000Z"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-06-10T19:50:13.8924925+00:00", datetime(2026, 6, 10, 19, 50, 13, 892492, UTC)),
        ("2026-06-10T19:50:13.892Z", datetime(2026, 6, 10, 19, 50, 13, 892000, UTC)),
        ("2026-06-10T19:50:13", datetime(2026, 6, 10, 19, 50, 13, tzinfo=UTC)),
        ("2026-06-10T19:50", datetime(2026, 6, 10, 19, 50, tzinfo=UTC)),
        ("2026-06-10", datetime(2026, 6, 10, tzinfo=UTC)),
        ("2026-06-10T21:50:13.5+02:00", datetime(2026, 6, 10, 19, 50, 13, 500000, UTC)),
        ("2026-06-10T14:50:13-0500", datetime(2026, 6, 10, 19, 50, 13, tzinfo=UTC)),
    ],
)
def test_parse_datetime_accepts_the_server_forms(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == timedelta(0)


def test_parse_datetime_cuts_seven_digit_fractions_instead_of_rounding_up() -> None:
    # A delta watermark rounded up could skip a row modified in the same millisecond.
    parsed = parse_datetime("2026-06-10T19:50:13.9999999Z")
    assert parsed == datetime(2026, 6, 10, 19, 50, 13, 999999, UTC)
    assert format_datetime(parsed) == "2026-06-10T19:50:13.999Z"


@pytest.mark.parametrize(
    "text",
    [
        "1980-01-01",
        "1980-01-01T00:00:00",
        "1980-01-01T00:00:00Z",
        "1980-01-01T00:00:00.0000000+00:00",
        "1980-01-01T00:00:00+01:00",
        "1980-01-01T23:59:59.999Z",
    ],
)
def test_parse_datetime_reads_the_server_empty_date_as_none(text: str) -> None:
    assert parse_datetime(text) is None


def test_parse_datetime_reads_a_local_time_that_is_1980_01_01_in_utc_as_none() -> None:
    assert parse_datetime("1979-12-31T23:30:00-01:00") is None


def test_empty_date_is_1980_01_01() -> None:
    assert date(1980, 1, 1) == EMPTY_DATE


def test_parse_datetime_keeps_the_days_around_the_empty_date() -> None:
    assert parse_datetime("1979-12-31T12:00:00Z") == datetime(1979, 12, 31, 12, tzinfo=UTC)
    assert parse_datetime("1980-01-02T00:00:00Z") == datetime(1980, 1, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["", "tomorrow", "2026-13-01", "2026-06-10T25:00:00Z", "10/06/2026", "2026-06-10X"]
)
def test_parse_datetime_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


@given(
    st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2200, 1, 1),
        timezones=st.just(UTC),
    )
)
def test_format_then_parse_keeps_the_millisecond(value: datetime) -> None:
    expected = value.replace(microsecond=value.microsecond // 1000 * 1000)
    assert parse_datetime(format_datetime(value)) == expected
