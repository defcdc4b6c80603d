"""General: what the job is, where, and what kind (the fields a clerk fills first)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wo_desktop.ui import theme
from wo_desktop.ui.editor.binding import frame_fields
from wo_desktop.ui.forms.ui_general_tab import Ui_GeneralTab

FIELDS = (
    "name",
    "project_id",
    "job_type_id",
    "job_status_code",
    "job_priority_id",
    "skill_id",
    "description",
    "customer_reference",
    "reference_back_office",
)


class GeneralTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GeneralTab()
        self.ui.setupUi(self)
        self.frames = frame_fields(self, list(FIELDS))
        theme.secondary(self.ui.project_path)
        self.ui.project_path.hide()

    def show_path(self, text: str) -> None:
        self.ui.project_path.setText(text)
        self.ui.project_path.setVisible(bool(text))
