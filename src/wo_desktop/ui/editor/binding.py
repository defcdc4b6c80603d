"""Between a form's widgets and the job's JSON: read, write, and show a problem on a field.

A field widget's objectName is the API field name, so the job dict, the validation problems
and the widgets share one vocabulary. Each field is wrapped in a ``FieldFrame`` that can draw
an outline around it and show a message under it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wo_desktop.ui.widgets.datetime_field import DateTimeField
from wo_desktop.ui.widgets.duration_edit import DurationEdit
from wo_desktop.ui.widgets.lookup_combo import LookupCombo

COLORS = {"error": "#c62828", "warning": "#b26a00", "server": "#c62828"}


class FieldFrame(QWidget):
    """Holds one field; outlines it and shows its message when it has a problem."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(field)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName(f"{field.objectName()}_message")
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.hide()
        layout.addWidget(self.message)
        self.severity: str | None = None
        self._base_description = field.accessibleDescription()

    def show_problem(self, severity: str | None, text: str = "") -> None:
        self.severity = severity
        if severity is None:
            self.message.hide()
            self.message.clear()
            self.field.setToolTip("")
            self.field.setAccessibleDescription(self._base_description)
        else:
            palette = self.message.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(COLORS[severity]))
            self.message.setPalette(palette)
            self.message.setText(text)
            self.message.show()
            self.field.setToolTip(text)
            self.field.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.severity is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(COLORS[self.severity]))
        pen.setWidthF(1.6)
        painter.setPen(pen)
        geometry: QRect = self.field.geometry().adjusted(-1, -1, 1, 1)
        painter.drawRoundedRect(geometry, 3, 3)


def frame_fields(form_widget: QWidget, names: list[str]) -> dict[str, FieldFrame]:
    """Wrap each named field of a QFormLayout form in a FieldFrame, keeping the tab order."""
    frames: dict[str, FieldFrame] = {}
    layout = form_widget.layout()
    for name in names:
        field = form_widget.findChild(QWidget, name)
        if field is None or not isinstance(layout, QFormLayout):
            continue
        row, role = layout.getWidgetPosition(field)
        if row < 0:
            continue
        layout.removeWidget(field)
        frame = FieldFrame(field, form_widget)
        layout.setWidget(row, role, frame)
        frames[name] = frame
    fields = [frames[n].field for n in names if n in frames]
    for first, second in zip(fields, fields[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return frames


# --------------------------------------------------------------------------- values
def read(widget: QWidget) -> Any:
    """The widget's value as the job JSON holds it; ``None`` when blank."""
    if isinstance(widget, LookupCombo):
        return widget.value()
    if isinstance(widget, DateTimeField):
        return widget.value()
    if isinstance(widget, DurationEdit):
        return widget.minutes()
    if isinstance(widget, QLineEdit):
        text = widget.text().strip()
        return text or None
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        return text if text.strip() else None
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(f"no binding for {type(widget).__name__}")


def write(widget: QWidget, value: Any, label: str | None = None) -> None:
    if isinstance(widget, LookupCombo):
        widget.set_value(None if value is None else str(value), label)
    elif isinstance(widget, DateTimeField):
        widget.set_value(value)
    elif isinstance(widget, DurationEdit):
        widget.set_minutes(int(value) if isinstance(value, int | float) else None)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
        widget.setCursorPosition(0)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        raise TypeError(f"no binding for {type(widget).__name__}")


def connect_changed(widget: QWidget, slot: Any) -> None:
    """Call ``slot()`` whenever the person changes the widget."""
    if isinstance(widget, LookupCombo):
        widget.value_changed.connect(lambda _v: slot())
    elif isinstance(widget, DateTimeField | DurationEdit):
        widget.changed.connect(slot)
    elif isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _t: slot())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(lambda _c: slot())


def set_read_only(widget: QWidget, read_only: bool) -> None:
    if isinstance(widget, QComboBox):
        widget.setEnabled(not read_only)
    elif hasattr(widget, "setReadOnly"):
        widget.setReadOnly(read_only)
    else:
        widget.setEnabled(not read_only)


def decimal_or_text(text: str | None) -> Any:
    """A coordinate typed with a point or a comma; unreadable text is kept for validation."""
    if text is None:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text
