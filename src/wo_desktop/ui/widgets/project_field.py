"""The job's installation or equipment: typing opens the project picker with what was typed.

F4 (or the button) opens the project picker, F6 the equipment picker; Enter on a typed code
(a scanned barcode) asks the editor to look it up at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget


class _Line(QLineEdit):
    entered = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isModified():
            self.entered.emit(self.text())
            return
        super().keyPressEvent(event)


class ProjectField(QWidget):
    search_requested = Signal(str)
    equipment_requested = Signal(str)
    code_entered = Signal(str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.line = _Line(self)
        self.line.setPlaceholderText(self.tr("Type a name, reference, city or serial number"))
        self.line.setClearButtonEnabled(True)
        self.find_button = QToolButton(self)
        self.find_button.setText(self.tr("Find…"))
        self.find_button.setToolTip(self.tr("Find an installation (F4)"))
        self.find_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.equipment_button = QToolButton(self)
        self.equipment_button.setText(self.tr("Equipment…"))
        self.equipment_button.setToolTip(
            self.tr("Find equipment by serial number, barcode, model or brand (F6)")
        )
        self.equipment_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.find_button)
        layout.addWidget(self.equipment_button)
        self.setFocusProxy(self.line)
        self._label = ""
        self.find_button.clicked.connect(lambda: self.search_requested.emit(self._typed_text()))
        self.equipment_button.clicked.connect(
            lambda: self.equipment_requested.emit(self._typed_text())
        )
        self.line.textEdited.connect(self._edited)
        self.line.entered.connect(self.code_entered)
        # F4 and F6 are the window's actions (Job menu): they open the pickers from any tab.

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def typed_text(self) -> str:
        return self._typed_text()

    def _typed_text(self) -> str:
        text = self.line.text()
        return "" if text == self._label else text

    def _edited(self, text: str) -> None:
        if not text:
            self._label = ""
            self.cleared.emit()
            return
        # The first letter opens the picker, which takes over the rest of the typing (and a
        # scanner's burst, whose Enter then picks the exact match).
        self.search_requested.emit(text)

    def set_label(self, label: str) -> None:
        self._label = label
        self.line.setText(label)
        self.line.setModified(False)
        self.line.setCursorPosition(0)

    def label(self) -> str:
        return self._label

    def setReadOnly(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.find_button.setEnabled(not read_only)
        self.equipment_button.setEnabled(not read_only)
