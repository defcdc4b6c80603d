"""How the sandbox writes values: timestamps, GUIDs and the server's "no value" forms.

The contract says the server uses no nulls. Which empty value stands for which type is our
reading of it, kept here so it can be changed in one place.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import TypeGuard

EMPTY_GUID = "00000000-0000-0000-0000-000000000000"
EMPTY_DATE = "1980-01-01T00:00:00.000Z"
EMPTY_STRING = ""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TICKS_PER_MS = 10_000  # .NET ticks (100 ns), the finest precision a client may send

GUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATETIME_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})"
)


def format_ms(ms: int) -> str:
    """Milliseconds since 1970 as the contract writes a UTC date-time: ``...hh:mm:ss.fffZ``."""
    moment = _EPOCH + timedelta(milliseconds=ms)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{ms % 1000:03d}Z"
    )


def now_ms() -> int:
    return int((datetime.now(UTC) - _EPOCH) / timedelta(milliseconds=1))


def parse_ticks(text: str) -> int | None:
    """An OData date-time literal (offset required, up to 7 fraction digits) as ticks."""
    match = _DATETIME_RE.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        moment = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), tzinfo=UTC
        )
    except ValueError:
        return None
    if zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        moment -= sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    whole_ms = (moment - _EPOCH) // timedelta(milliseconds=1)
    return whole_ms * TICKS_PER_MS + int((fraction or "").ljust(7, "0"))


def is_guid(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and GUID_RE.fullmatch(value) is not None


def guid_from_bits(bits: int) -> str:
    """A version-4 style GUID text from 128 random bits (deterministic for a seeded PRNG)."""
    text = f"{bits:032x}"
    variant = "89ab"[int(text[16], 16) & 3]
    return f"{text[:8]}-{text[8:12]}-4{text[13:16]}-{variant}{text[17:20]}-{text[20:]}"
