"""Estimated time typed as h:mm (or whole hours) and kept as minutes, as the API wants."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

_PATTERN = re.compile(r"^\s*(\d{1,4})(?:\s*[:hH.]\s*(\d{1,2}))?\s*$")


def parse_duration(text: str) -> int | None:
    """Minutes for "1:30", "2", "0:45", "1h30"; ``None`` for blank; ValueError otherwise."""
    if not text.strip():
        return None
    match = _PATTERN.match(text)
    if match is None:
        raise ValueError(text)
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if minutes >= 60:
        raise ValueError(text)
    return hours * 60 + minutes


def format_duration(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return f"{minutes // 60}:{minutes % 60:02d}"


class DurationEdit(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("h:mm"))
        self.setMaxLength(8)
        self.textEdited.connect(lambda _text: self.changed.emit())
        self.editingFinished.connect(self._tidy)

    def is_valid(self) -> bool:
        try:
            parse_duration(self.text())
        except ValueError:
            return False
        return True

    def minutes(self) -> int | None:
        """The minutes, or ``None`` when blank or not readable (see ``is_valid``)."""
        try:
            return parse_duration(self.text())
        except ValueError:
            return None

    def set_minutes(self, minutes: int | None) -> None:
        self.setText(format_duration(minutes))

    def _tidy(self) -> None:
        if self.is_valid():
            self.setText(format_duration(self.minutes()))
