"""Offline readiness: is everything needed on this laptop before going where there is no network?

Each catalog table with its rows and age; a warning when one is empty or older than the
limit, or when jobs are still waiting to be sent.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wo_desktop.ui.status_bar import age_text


class ReadinessDialog(QDialog):
    sync_requested = Signal()

    def __init__(self, service: Any, max_age_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReadinessDialog")
        self.setWindowTitle(self.tr("Offline readiness"))
        self.resize(640, 440)
        self.service, self.max_age_days = service, max_age_days
        layout = QVBoxLayout(self)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("catalog_tables")
        self.table.setAccessibleName(self.tr("Catalog tables"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Catalog"), self.tr("Rows"), self.tr("Updated"), self.tr("Check")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.pending = QLabel(self)
        self.pending.setObjectName("unsent")
        self.pending.setWordWrap(True)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pending)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.sync_button = buttons.addButton(
            self.tr("S&ync now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sync_button.clicked.connect(self.sync_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _table_name(self, table: str) -> str:
        return {
            "projects": self.tr("Installations and equipment"),
            "companies": self.tr("Companies"),
            "contacts": self.tr("Contacts"),
            "users": self.tr("Users"),
            "job_types": self.tr("Job types"),
            "job_priorities": self.tr("Priorities"),
            "job_statuses": self.tr("Statuses"),
            "skills": self.tr("Skills"),
            "countries": self.tr("Countries"),
        }.get(table, table)

    def refresh(self) -> list[str]:
        """Fill the view; returns the warnings (for tests and the verdict)."""
        tables = self.service.catalog_status()
        warnings: list[str] = []
        self.table.setRowCount(len(tables))
        now = datetime.now(UTC)
        for row, status in enumerate(tables):
            check, bad = self.tr("OK"), False
            if not status.rows:
                check, bad = self.tr("Empty: sync before going offline"), True
            elif status.as_of is None or _days(status.as_of, now) >= self.max_age_days:
                check = self.tr("Older than %n day(s)", "", self.max_age_days)
                bad = True
            if bad:
                warnings.append(f"{self._table_name(status.table)}: {check}")
            cells = [
                self._table_name(status.table),
                str(status.rows),
                age_text(status.as_of, now),
                check,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if bad and column == 3:
                    item.setForeground(QColor("#c62828"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        pending = self.service.pending_count()
        if pending:
            text = self.tr("%n job(s) are still waiting to be sent.", "", pending)
            warnings.append(text)
            self.pending.setText(text)
        else:
            self.pending.setText(self.tr("Every job that was made ready has been sent."))
        if warnings:
            self.verdict.setText(
                self.tr("Not ready to go offline: %n thing(s) to fix.", "", len(warnings))
            )
        else:
            self.verdict.setText(
                self.tr("Ready to go offline: the catalog is complete and recent.")
            )
        return warnings


def _days(as_of: str, now: datetime) -> float:
    from wo_desktop.store.times import age_seconds

    age = age_seconds(as_of, now)
    return float("inf") if age is None else age / 86400
