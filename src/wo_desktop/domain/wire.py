"""How values look on the wire: date-times, decimals and the server's "no value" date.

The server writes date-times with up to 7 fraction digits and an offset (the seed sample has
``2026-06-10T19:50:13.8924925+00:00``) and reads ``YYYY-MM-DDThh:mm:ss.fffZ``. It uses no
nulls: an empty date comes back as 1980-01-01, which the client treats as "not set".
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, PlainSerializer
from pydantic_core import PydanticCustomError

EMPTY_DATE = date(1980, 1, 1)
"""The date the server sends for "no value"; any time on this day reads as ``None``."""

_DATETIME_RE = re.compile(
    r"""
    (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})
    (?:
        [Tt\ ](?P<hour>\d{2}):(?P<minute>\d{2})
        (?::(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?
    )?
    (?P<offset>[Zz]|[+-]\d{2}(?::?\d{2})?)?
    """,
    re.VERBOSE | re.ASCII,
)


def _offset(text: str | None) -> timezone:
    if text is None or text in ("Z", "z"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"not a valid UTC offset: {text!r}")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_datetime(text: str) -> datetime | None:
    """Read a wire date-time as an aware UTC datetime; the server's 1980-01-01 gives ``None``.

    Accepts any number of fraction digits (cut to microseconds, never rounded up, so a delta
    watermark can never skip past a row), ``Z``, ``+hh:mm``, no offset (UTC) and a bare date.
    Raises ``ValueError`` for anything else.
    """
    match = _DATETIME_RE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a date-time: {text!r}")
    parts = match.groupdict()
    fraction = (parts["fraction"] or "")[:6].ljust(6, "0")
    written = datetime(
        int(parts["year"]),
        int(parts["month"]),
        int(parts["day"]),
        int(parts["hour"] or 0),
        int(parts["minute"] or 0),
        int(parts["second"] or 0),
        int(fraction),
        tzinfo=_offset(parts["offset"]),
    )
    if written.date() == EMPTY_DATE:
        return None
    try:
        value = written.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"date-time out of range: {text!r}") from None
    return None if value.date() == EMPTY_DATE else value


def format_datetime(value: datetime | date) -> str:
    """Write a date-time as the server reads it: UTC, milliseconds, trailing ``Z``.

    A naive datetime is taken to be UTC already; a bare date is midnight UTC.
    """
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
        f".{value.microsecond // 1000:03d}Z"
    )


def coerce_datetime(value: Any) -> Any:
    """Pydantic hook: wire text or Python dates become aware UTC datetimes (or ``None``)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return parse_datetime(value) if value.strip() else None
        except ValueError:
            raise PydanticCustomError("wire_datetime", "not a date-time") from None
    if isinstance(value, datetime):
        if value.date() == EMPTY_DATE:
            return None
        try:
            aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        except OverflowError:
            raise PydanticCustomError("wire_datetime", "not a date-time") from None
        return None if aware.date() == EMPTY_DATE else aware
    if isinstance(value, date):
        if value == EMPTY_DATE:
            return None
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise PydanticCustomError("wire_datetime", "not a date-time")


def _reject_bool(value: Any) -> Any:
    # JSON true/false is never a count or a coordinate; pydantic would quietly make it 1/0.
    if isinstance(value, bool):
        raise PydanticCustomError("wire_number", "a yes/no value is not a number")
    return value


def _fits_a_float(value: Decimal) -> Decimal:
    # Decimals travel as JSON numbers (doubles); one too big for a double would become Infinity.
    if not math.isfinite(float(value)):
        raise PydanticCustomError("finite_number", "number too large")
    return value


def _datetime_to_wire(value: datetime | None) -> str | None:
    return None if value is None else format_datetime(value)


WireDateTime = Annotated[
    datetime | None,
    BeforeValidator(coerce_datetime),
    PlainSerializer(_datetime_to_wire, return_type=str | None, when_used="json"),
]
"""A date-time field: parsed by :func:`parse_datetime`, written by :func:`format_datetime`."""

WireInt = Annotated[int, BeforeValidator(_reject_bool)]
"""An integer field that refuses JSON booleans."""

WireDecimal = Annotated[
    Decimal,
    BeforeValidator(_reject_bool),
    AfterValidator(_fits_a_float),
    PlainSerializer(float, return_type=float, when_used="json"),
]
"""A decimal field, written as a JSON number (the contract's decimals use ``.``)."""
