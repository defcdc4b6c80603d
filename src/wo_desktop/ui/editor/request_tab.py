"""Request: who asked for the job, and when the problem was reported."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wo_desktop.ui.editor.binding import frame_fields
from wo_desktop.ui.forms.ui_request_tab import Ui_RequestTab

FIELDS = (
    "requested_by_company_id",
    "requested_by_contact_id",
    "contact_id",
    "date_reported_by_company",
)


class RequestTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestTab()
        self.ui.setupUi(self)
        self.frames = frame_fields(self, list(FIELDS))
