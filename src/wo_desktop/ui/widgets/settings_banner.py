"""A strip above the window's content for settings that could not be applied.

A broken machine policy (or settings file) must not stop the program, nor go unseen: the
window starts with the defaults and says so here, naming the file and line, until closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from wo_desktop.ui import theme


class SettingsBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "warning")
        self.setStyleSheet(theme.BANNER)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.message = QLabel(self)
        self.message.setObjectName("settings_problems")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problems(self, problems: list[str]) -> None:
        if not problems:
            self.hide()
            return
        heading = self.tr("Some settings could not be applied:")
        self.message.setText("\n".join([heading, *problems]))
        self.message.setAccessibleDescription(self.message.text())
        self.show()
