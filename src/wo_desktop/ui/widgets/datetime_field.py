"""An optional date and time: blank until a person sets it, cleared with the button or Ctrl+Del.

The wire form is UTC ``YYYY-MM-DDThh:mm:ss.fffZ``; the widget shows local time.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, Qt
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QToolButton, QWidget

WIRE_FORMAT = "yyyy-MM-ddTHH:mm:ss.zzz"
_BLANK = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def to_wire(moment: QDateTime) -> str:
    return moment.toUTC().toString(WIRE_FORMAT) + "Z"


def from_wire(text: str | None) -> QDateTime | None:
    """Read the contract's date-times (fraction, offset or Z); the server's 1980-01-01 is blank."""
    if not text:
        return None
    moment = QDateTime.fromString(text.replace("Z", "+00:00")[:19], "yyyy-MM-ddTHH:mm:ss")
    if not moment.isValid():
        moment = QDateTime.fromString(text[:10], "yyyy-MM-dd")
    if not moment.isValid() or moment.date().year() <= 1980:
        return None
    offset = text[19:].lstrip("0123456789.,")
    if offset in ("", "Z", "z"):
        moment.setTimeZone(QTimeZone.utc())
    else:
        sign = -1 if offset.startswith("-") else 1
        hours, _, minutes = offset[1:].partition(":")
        seconds = sign * (int(hours or 0) * 3600 + int(minutes or 0) * 60)
        moment.setTimeZone(QTimeZone.fromSecondsAheadOfUtc(seconds))
    return moment.toLocalTime()


def now_rounded() -> QDateTime:
    now = QDateTime.currentDateTime()
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))


class _Edit(QDateTimeEdit):
    """Starts from "now" when a person begins typing into a blank field."""

    def __init__(self, owner: DateTimeField) -> None:
        super().__init__(owner)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self._owner.clear()
            return
        blank = self._owner.is_blank()
        starts = event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if blank and starts:
            self._owner.set_datetime(now_rounded())
            if not event.text().isdigit():
                return
        super().keyPressEvent(event)


class DateTimeField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = _Edit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(_BLANK)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTime(_BLANK)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setToolTip(self.tr("Clear (Ctrl+Del)"))
        self.clear_button.setAccessibleName(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._changed)

    def setAccessibleName(self, name: str) -> None:  # the inner editor is what a reader meets
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.clear_button.setAccessibleName(self.tr("Clear %1").replace("%1", name))

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.is_blank())
        self.changed.emit()

    def is_blank(self) -> bool:
        return self.edit.dateTime() <= _BLANK

    def clear(self) -> None:
        self.edit.setDateTime(_BLANK)

    def set_datetime(self, moment: QDateTime | None) -> None:
        self.edit.setDateTime(moment if moment is not None else _BLANK)

    def datetime(self) -> QDateTime | None:
        return None if self.is_blank() else self.edit.dateTime()

    def value(self) -> str | None:
        moment = self.datetime()
        return None if moment is None else to_wire(moment)

    def set_value(self, text: str | None) -> None:
        self.set_datetime(from_wire(text))

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.clear_button.setVisible(not read_only)
