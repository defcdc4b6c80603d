"""What stands between this job and "Ready to send", as a list a person can act on.

Activating a problem (click, or Enter) asks the editor to open its tab and focus its field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wo_desktop.ui.labels import problem_text

FieldRole = Qt.ItemDataRole.UserRole + 1


class ProblemsPanel(QWidget):
    field_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProblemsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.summary = QLabel(self)
        self.summary.setObjectName("ready_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problems")
        self.list.setAccessibleName(self.tr("Problems to fix before sending"))
        self.list.setUniformItemSizes(True)
        self.summary.setBuddy(self.list)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.list.hide()
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)

    def _activated(self, item: QListWidgetItem) -> None:
        field = item.data(FieldRole)
        if field:
            self.field_requested.emit(field)

    def show_problems(self, problems: list[Any], *, state: str | None, read_only: bool) -> None:
        from PySide6.QtWidgets import QStyle  # not at import: its first use is costly

        self.list.clear()
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        shown = [p for p in problems if str(getattr(p, "severity", "error")) in icons]
        for problem in shown:
            item = QListWidgetItem(icons[str(problem.severity)], problem_text(problem), self.list)
            item.setData(FieldRole, problem.field)
            item.setToolTip(self.tr("Go to the field"))
        errors = sum(1 for p in shown if str(p.severity) == "error")
        if read_only:
            self.summary.setText(self.tr("This job can no longer be changed."))
        elif state == "ready":
            self.summary.setText(
                self.tr("Ready to send: it goes out with the next sync. A change makes it a draft.")
            )
        elif errors:
            self.summary.setText(
                self.tr(
                    "Not ready to send yet: %n problem(s) to fix (click one to go there).",
                    "",
                    errors,
                )
            )
        else:
            self.summary.setText(self.tr("Nothing is missing: the job can be made ready to send."))
        self.list.setVisible(bool(shown) and not read_only)
        if shown:
            rows = min(len(shown), 5)
            height = self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4
            self.list.setFixedHeight(height)

    def first_error_text(self) -> str:
        for row in range(self.list.count()):
            return self.list.item(row).text()
        return ""
