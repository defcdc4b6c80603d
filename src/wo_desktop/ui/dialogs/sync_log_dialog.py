"""The sync log: every sync run of this session, with what it sent, loaded and what failed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class SyncLogDialog(QDialog):
    sync_requested = Signal()

    def __init__(self, sync: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncLogDialog")
        self.setWindowTitle(self.tr("Sync log"))
        self.resize(900, 420)
        self.sync = sync
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("sync_runs")
        self.table.setAccessibleName(self.tr("Sync runs"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Why"),
                self.tr("Sent"),
                self.tr("Refused"),
                self.tr("Catalog rows"),
                self.tr("Result"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.sync_button = buttons.addButton(
            self.tr("S&ync now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sync_button.clicked.connect(self.sync_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if sync is not None:
            sync.finished.connect(lambda _run: self.refresh())
            sync.state_changed.connect(lambda _state: self.refresh())
        self.refresh()

    def _reason(self, reason: str) -> str:
        return {
            "manual": self.tr("Asked for"),
            "interval": self.tr("On schedule"),
            "ready": self.tr("Job made ready"),
            "online": self.tr("Back online"),
            "startup": self.tr("Start-up"),
            "demo": self.tr("Demo catalog"),
        }.get(reason, reason)

    def refresh(self) -> None:
        runs = list(reversed(self.sync.history)) if self.sync is not None else []
        self.table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            started = run.started.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if run.paused or run.errors:
                result = "; ".join(run.errors) or self.tr("Paused")
            else:
                result = self.tr("Finished without errors")
            cells = [
                started,
                self._reason(run.reason),
                str(run.sent),
                str(run.rejected),
                str(sum(run.rows.values())),
                result,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        if self.sync is None:
            self.summary.setText(self.tr("Sync is not set up: log in first."))
        elif self.sync.running:
            self.summary.setText(self.tr("A sync is running now."))
        elif not runs:
            self.summary.setText(self.tr("No sync has run since the program started."))
        else:
            self.summary.setText(self.tr("The newest run is at the top."))
