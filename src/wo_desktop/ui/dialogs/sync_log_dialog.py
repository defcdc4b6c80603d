"""The sync log: the stored history of sync runs (window and command line), newest first.

The table shows one line per run; the selected run's errors are shown in full below it,
one per line, since a server's message is often longer than a table cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

RunSource = Callable[[], list[Any]]


class SyncLogDialog(QDialog):
    sync_requested = Signal()

    def __init__(
        self, sync: Any, parent: QWidget | None = None, *, runs: RunSource | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SyncLogDialog")
        self.setWindowTitle(self.tr("Sync log"))
        self.resize(900, 480)
        self.sync = sync
        self.runs_source = runs
        self.runs: list[Any] = []
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("sync_run_errors")
        self.details.setAccessibleName(self.tr("Errors"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
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

    def _reason(self, trigger: str) -> str:
        return {
            "manual": self.tr("Asked for"),
            "interval": self.tr("On schedule"),
            "after_ready": self.tr("Job made ready"),
            "online": self.tr("Back online"),
            "startup": self.tr("Start-up"),
            "cli": self.tr("Command line"),
        }.get(trigger, trigger)

    def _load(self) -> list[Any]:
        """The stored runs; without a store (not opened yet), this session's runs."""
        if self.runs_source is not None:
            return self.runs_source()
        if self.sync is None:
            return []
        return [run.to_record() for run in reversed(self.sync.history)]

    def _result(self, run: Any) -> str:
        if run.errors:
            return run.errors[0] if len(run.errors) == 1 else "; ".join(run.errors)
        if run.paused:
            return self.tr("Paused")
        return self.tr("Finished without errors")

    def refresh(self) -> None:
        self.runs = self._load()
        self.table.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            started = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            result = self._result(run)
            cells = [
                started,
                self._reason(run.trigger),
                str(run.sent),
                str(run.rejected),
                str(run.pulled_rows),
                result,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join(run.errors) if column == 5 and run.errors else text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.runs:
            self.table.selectRow(0)
        self._show_details()
        if self.sync is None and not self.runs:
            self.summary.setText(self.tr("Sync is not set up: log in first."))
        elif self.sync is not None and self.sync.running:
            self.summary.setText(self.tr("A sync is running now."))
        elif not self.runs:
            self.summary.setText(self.tr("No sync has run yet."))
        else:
            self.summary.setText(self.tr("The newest run is at the top."))

    def _show_details(self) -> None:
        row = self.table.currentRow()
        run = self.runs[row] if 0 <= row < len(self.runs) else None
        if run is None or run.ok:
            self.details.setPlainText(self._result(run) if run is not None else "")
            return
        lines = list(run.errors) or [self.tr("Paused")]
        self.details.setPlainText("\n".join(lines))
