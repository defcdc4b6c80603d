"""Planning: when the job may be planned, how long it takes, and who is suggested."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wo_desktop.ui.editor.binding import frame_fields
from wo_desktop.ui.forms.ui_planning_tab import Ui_PlanningTab

FIELDS = (
    "earliest_date_plannable",
    "due_date",
    "estimated_time",
    "suggested_user_id",
    "suggested_date_start",
    "approval_responsible_user_id",
)


class PlanningTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanningTab()
        self.ui.setupUi(self)
        self.frames = frame_fields(self, list(FIELDS))
        self.ui.planning_note.hide()

    def show_planning_note(self, user: str | None, start: str | None) -> None:
        """Status Suggested with a user and a start: the server will plan it (seed rule)."""
        if user and start:
            self.ui.planning_note.setText(
                self.tr(
                    "The status is Suggested: when the job is sent, a planning entry will be "
                    "made for %1 starting %2."
                )
                .replace("%1", user)
                .replace("%2", start)
            )
            self.ui.planning_note.show()
        else:
            self.ui.planning_note.hide()
