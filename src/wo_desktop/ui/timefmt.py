"""Stored UTC times as a person reads them: local time, to the second."""

from __future__ import annotations

from wo_desktop.ui.widgets.datetime_field import from_wire


def local_time(text: str | None) -> str:
    if not text:
        return ""
    moment = from_wire(str(text))
    return moment.toString("yyyy-MM-dd HH:mm:ss") if moment is not None else str(text)
