"""The picker window shared by the project and equipment pickers.

Every keystroke asks the catalog reader thread; only the newest answer is shown. Up and Down
move through the results without leaving the search field; Enter picks. A barcode scanner
types fast and ends with Enter: an exact barcode or serial number is then chosen at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wo_desktop.ui.pickers.results_model import Column, ResultsModel

# search(text, under_id, deliver)
Search = Callable[[str, str | None, Callable[[list[dict[str, Any]]], None]], None]
FindCode = Callable[[str, Callable[[Any], None]], None]
Describe = Callable[[dict[str, Any]], str]


@dataclass
class PickerSpec:
    title: str
    search_label: str
    placeholder: str
    columns: list[Column]
    empty_prompt: str
    no_match: str  # "%1" is the text searched
    under_label: str = ""  # "%1" is the project's name; empty: no "under" choice
    allow_new: bool = False
    new_label: str = ""


class PickerDialog(QDialog):
    results_shown = Signal(int)  # rows shown, after the newest answer is on screen
    new_requested = Signal(str)

    def __init__(
        self,
        spec: PickerSpec,
        search: Search,
        find_code: FindCode,
        describe: Describe,
        *,
        text: str = "",
        under: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PickerDialog")
        self.setWindowTitle(spec.title)
        self.resize(980, 540)
        self.spec, self._search, self._find_code, self._describe = spec, search, find_code, describe
        self.chosen: dict[str, Any] | None = None
        self._asked = ""
        self.answered: str | None = None  # the text whose results are shown
        self._typed_at = 0.0
        self.last_latency_ms = 0.0

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search_label = QLabel(spec.search_label, self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(spec.placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(spec.search_label.replace("&", ""))
        self.search_label.setBuddy(self.search_edit)
        row.addWidget(self.search_label)
        row.addWidget(self.search_edit, 1)
        layout.addLayout(row)
        self.under_box = QCheckBox(self)
        self.under_box.setObjectName("only_under")
        self._under = under
        if spec.under_label and under is not None:
            self.under_box.setText(spec.under_label.replace("%1", str(under.get("name") or "?")))
            self.under_box.setChecked(True)
            self.under_box.toggled.connect(lambda _on: self._ask(self.search_edit.text()))
        else:
            self.under_box.hide()
        layout.addWidget(self.under_box)

        self.model = ResultsModel(spec.columns, self)
        self.view = QTableView(self)
        self.view.setObjectName("results")
        self.view.setAccessibleName(self.tr("Results"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((270, 120, 210, 120, 150)):
            if column < len(spec.columns) - 1:
                header.resizeSection(column, width)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.path = QLabel(self)
        self.path.setObjectName("tree_path")
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.path)

        buttons = QDialogButtonBox(self)
        self.new_button: QPushButton | None = None
        if spec.allow_new:
            self.new_button = buttons.addButton(
                spec.new_label, QDialogButtonBox.ButtonRole.ActionRole
            )
            self.new_button.setObjectName("new_installation")
            self.new_button.clicked.connect(
                lambda: self.new_requested.emit(self.search_edit.text().strip())
            )
        self.choose_button = buttons.addButton(
            self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.search_edit.textEdited.connect(self._ask)
        self.search_edit.installEventFilter(self)
        self.view.doubleClicked.connect(lambda _index: self._choose_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_path())
        self.search_edit.setText(text)
        self.search_edit.setFocus()
        self._ask(text)

    def open(self) -> None:
        super().open()
        # Keep typing where the person left off in the field: QDialog selects the focused
        # text when shown, and the next typed letter would replace what was typed before.
        self._cursor_to_end()

    def _cursor_to_end(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.deselect()
        self.search_edit.setCursorPosition(len(self.search_edit.text()))

    # ------------------------------------------------------------------ searching
    def under_id(self) -> str | None:
        if self._under is not None and self.under_box.isChecked():
            return str(self._under.get("id"))
        return None

    def _ask(self, text: str) -> None:
        self._typed_at = time.perf_counter()
        self._asked = text
        self._search(text, self.under_id(), lambda rows, asked=text: self._answer(asked, rows))

    def _answer(self, asked: str, rows: list[dict[str, Any]]) -> None:
        if asked != self._asked:
            return
        self.answered = asked
        self.model.replace(rows)
        if rows:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.empty.hide()
        else:
            self.empty.setText(
                self.spec.no_match.replace("%1", asked.strip())
                if asked.strip()
                else self.spec.empty_prompt
            )
            self.empty.show()
        self.choose_button.setEnabled(bool(rows))
        self._show_path()
        self.last_latency_ms = (time.perf_counter() - self._typed_at) * 1000
        self.results_shown.emit(len(rows))

    def _show_path(self) -> None:
        row = self.model.row(self.view.currentIndex().row())
        self.path.setText(self._describe(row) if row else "")

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._step(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        page = max(1, self.view.viewport().height() // max(1, self.view.rowHeight(0)) - 1)
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page}.get(key, -page)
        row = min(count - 1, max(0, self.view.currentIndex().row() + step))
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _enter(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self._choose_current()
            return
        # A scanned or typed code that is exactly a barcode or serial wins over the list.
        self._find_code(text, lambda row, asked=text: self._code_answer(asked, row))

    def _code_answer(self, asked: str, row: dict[str, Any] | None) -> None:
        if asked != self.search_edit.text().strip():
            return
        if row is not None:
            self.choose(row)
        elif self._asked != self.search_edit.text():
            return  # the list is not the answer to this text yet: wait for a later Enter
        else:
            self._choose_current()

    def _choose_current(self) -> None:
        row = self.model.row(self.view.currentIndex().row())
        if row is not None:
            self.choose(row)

    def choose(self, row: dict[str, Any]) -> None:
        self.chosen = row
        self.accept()
