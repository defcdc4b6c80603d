"""Notes: the internal memo, what the technician should know first, and the parts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wo_desktop.ui.editor.binding import frame_fields
from wo_desktop.ui.forms.ui_notes_tab import Ui_NotesTab

FIELDS = ("internal_memo", "prejob_information", "estimated_quantity_remark")


class NotesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NotesTab()
        self.ui.setupUi(self)
        self.frames = frame_fields(self, list(FIELDS))
