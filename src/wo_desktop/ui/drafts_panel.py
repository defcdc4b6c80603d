"""The left side of the window: every job on this computer, searchable, filtered by state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wo_desktop.ui.drafts_model import (
    CHANGED,
    INSTALLATION,
    JOB_TYPE,
    NAME,
    STATE,
    STATUS,
    DraftsModel,
    IdRole,
    SortRole,
)
from wo_desktop.ui.labels import STATE_ORDER, state_label

TRASH = "trash"


class DraftsPanel(QWidget):
    current_changed = Signal(object)  # job id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DraftsPanel")
        self.service: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 8)
        top = QHBoxLayout()
        self.search_label = QLabel(self.tr("Fi&nd:"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("drafts_search")
        self.search.setPlaceholderText(self.tr("Name, installation, reference… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find jobs"))
        self.search_label.setBuddy(self.search)
        self.state_label = QLabel(self.tr("Sho&w:"), self)
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("state_filter")
        self.state_filter.setAccessibleName(self.tr("Show jobs in state"))
        self.state_label.setBuddy(self.state_filter)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.state_filter)
        layout.addLayout(top)

        self.model = DraftsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("drafts_table")
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(INSTALLATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHANGED, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for column, width in ((JOB_TYPE, 90), (STATUS, 72), (STATE, 84)):
            header.resizeSection(column, width)
        self.empty = QLabel(self)
        self.empty.setObjectName("drafts_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        holder = QWidget(self)
        self.stack = QStackedLayout(holder)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(holder, 1)
        self._fill_filter({})
        self.empty.setText(self.tr("Opening the jobs on this computer…"))
        self.stack.setCurrentWidget(self.empty)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.state_filter.activated.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._current_moved())
        self._current: str | None = None

    def attach(self, service: Any) -> None:
        self.service = service
        self.refresh()

    # ------------------------------------------------------------------ filter
    def _fill_filter(self, counts: dict[str, int]) -> None:
        wanted = self.state_filter.currentData() or ""
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        total = sum(v for k, v in counts.items() if k in STATE_ORDER)
        self.state_filter.addItem(self.tr("All jobs (%1)").replace("%1", str(total)), "")
        for state in STATE_ORDER:
            text = f"{state_label(state)} ({counts.get(state, 0)})"
            self.state_filter.addItem(text, state)
        trashed = counts.get("trash", 0)
        self.state_filter.addItem(self.tr("Trash (%1)").replace("%1", str(trashed)), TRASH)
        index = self.state_filter.findData(wanted)
        self.state_filter.setCurrentIndex(max(0, index))
        self.state_filter.blockSignals(False)

    def show_state(self, state: str) -> None:
        index = self.state_filter.findData(state)
        if index >= 0:
            self.state_filter.setCurrentIndex(index)
            self.refresh()

    def in_trash(self) -> bool:
        return self.state_filter.currentData() == TRASH

    # ------------------------------------------------------------------ rows
    def refresh(self) -> None:
        if self.service is None:
            return
        wanted = self.state_filter.currentData() or None
        trashed = wanted == TRASH
        records = self.service.list(
            state=None if trashed else wanted, text=self.search.text().strip(), trashed=trashed
        )
        keep = self._current
        self.table.selectionModel().blockSignals(True)
        self.model.replace(records)
        self.table.selectionModel().blockSignals(False)
        self._fill_filter(self.service.counts())
        self._show_empty_state(bool(records), trashed)
        if keep is not None:
            self.select(keep, emit=False)

    def _show_empty_state(self, any_rows: bool, trashed: bool) -> None:
        if any_rows:
            self.stack.setCurrentWidget(self.table)
            return
        if self.search.text().strip():
            text = self.tr("No job matches “%1”.").replace("%1", self.search.text().strip())
        elif trashed:
            text = self.tr("The trash is empty.")
        elif self.state_filter.currentData():
            text = self.tr("No jobs in this state.")
        else:
            text = self.tr(
                "No jobs yet.\nPress Ctrl+N to enter one: it is saved on this computer as you "
                "type, and sent when you are online."
            )
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def current_id(self) -> str | None:
        return self._current

    def select(self, job_id: str | None, *, emit: bool = True) -> None:
        self._current = job_id
        row = self.model.row_of(job_id)
        selection = self.table.selectionModel()
        selection.blockSignals(not emit)
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(
                self.proxy.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear
            )
        else:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        selection.blockSignals(False)

    def _current_moved(self) -> None:
        index = self.table.currentIndex()
        job_id = self.proxy.data(index, IdRole) if index.isValid() else None
        if job_id != self._current:
            self._current = job_id
            self.current_changed.emit(job_id)

    def visible_ids(self) -> list[str]:
        return [
            self.proxy.data(self.proxy.index(row, 0), IdRole)
            for row in range(self.proxy.rowCount())
        ]
