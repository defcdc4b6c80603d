"""Sub-jobs: the children of a multi-job, in order. Reordering sets their working_sequence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wo_desktop.ui.labels import state_label

IdRole = Qt.ItemDataRole.UserRole + 1


class SubJobsTab(QWidget):
    open_requested = Signal(str)
    add_requested = Signal()
    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SubJobsTab")
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.parent_button = QPushButton(self.tr("Open the &parent job"), self)
        self.parent_button.hide()
        self.list = QListWidget(self)
        self.list.setObjectName("subjobs")
        self.list.setAccessibleName(self.tr("Sub-jobs, in working order"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setAlternatingRowColors(True)
        self.list_label = QLabel(self.tr("&Sub-jobs, in working order:"), self)
        self.list_label.setBuddy(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add sub-job"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.up_button.setToolTip(self.tr("Move the sub-job up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the sub-job down (Alt+Down)"))
        for button in (self.add_button, self.open_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.intro)
        layout.addWidget(self.parent_button)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._parent_id: str | None = None
        self.add_button.clicked.connect(self.add_requested)
        self.open_button.clicked.connect(self._open_current)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(IdRole)))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.parent_button.clicked.connect(
            lambda: self._parent_id and self.open_requested.emit(self._parent_id)
        )
        self.list.model().rowsMoved.connect(lambda *_args: self._emit_order())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.show_children([], parent=None, saved=False)

    def show_children(
        self, children: list[Any], *, parent: Any | None, saved: bool, read_only: bool = False
    ) -> None:
        self.list.clear()
        for position, record in enumerate(children, start=1):
            name = record.name or self.tr("(no name)")
            text = f"{position}. {name} — {state_label(record.state)}"
            item = QListWidgetItem(text, self.list)
            item.setData(IdRole, record.id)
        self._parent_id = parent.id if parent is not None else None
        if parent is not None:
            self.intro.setText(
                self.tr("This job is a sub-job of “%1”.").replace(
                    "%1", parent.name or self.tr("(no name)")
                )
            )
        elif children:
            self.intro.setText(
                self.tr(
                    "This is a multi-job. Its sub-jobs are worked in this order; drag them or "
                    "use Move up and Move down to change it."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "This job has no sub-jobs. Add one to make it a multi-job: each sub-job is "
                    "a job of its own, worked in the order of this list."
                )
            )
        self.parent_button.setVisible(parent is not None)
        self.add_button.setEnabled(saved and parent is None and not read_only)
        self.list.setDragEnabled(not read_only)
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.open_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0 and not self._read_only)
        self.down_button.setEnabled(0 <= row < count - 1 and not self._read_only)

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(IdRole))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._emit_order()

    def order(self) -> list[str]:
        return [self.list.item(i).data(IdRole) for i in range(self.list.count())]

    def _emit_order(self) -> None:
        self.reordered.emit(self.order())
