"""The store's own timestamps: UTC text with a fixed width, so that text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    """`YYYY-MM-DDThh:mm:ss.ffffffZ`; a naive value is taken to be UTC already."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_text(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def age_seconds(stamp: str | None, now: datetime | None = None) -> float | None:
    """How long ago a stored time was (never negative); None when unset or unreadable."""
    if not stamp:
        return None
    try:
        moment = from_text(stamp)
    except ValueError:
        return None
    return max(0.0, ((now or utc_now()) - moment).total_seconds())
