"""The drafts list as a table model: it holds job ids, and builds each row from its record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from wo_desktop.ui.labels import STATE_ORDER, state_label, status_label
from wo_desktop.ui.timefmt import local_time

AnyIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

NAME, INSTALLATION, JOB_TYPE, STATUS, STATE, CHANGED = range(6)
STATE_COLORS = {"rejected": "#c62828", "ready": "#1565c0", "sending": "#1565c0", "sent": "#2e7d32"}


def short_time(stored: str | None) -> str:
    """Today's changes by the hour, older ones by the day: the list has little room."""
    text = local_time(stored)
    if not text:
        return ""
    from PySide6.QtCore import QDate

    return text[11:16] if text[:10] == QDate.currentDate().toString("yyyy-MM-dd") else text[:10]


class DraftsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []
        self._records: dict[str, Any] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Installation"),
            self.tr("Job type"),
            self.tr("Status"),
            self.tr("State"),
            self.tr("Last change"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def record(self, row: int) -> Any:
        return self._records.get(self.ids[row]) if 0 <= row < len(self.ids) else None

    def row_of(self, job_id: str | None) -> int:
        try:
            return self.ids.index(job_id) if job_id else -1
        except ValueError:
            return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record(index.row())
        if record is None:
            return None
        column = index.column()
        if role == IdRole:
            return record.id
        if role == StateRole:
            return record.state
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == SortRole:
            if column == STATE:
                return STATE_ORDER.index(record.state) if record.state in STATE_ORDER else 9
            if column == CHANGED:
                return record.updated_at or ""
            return (self._text(record, column) or "").casefold()
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            color = STATE_COLORS.get(record.state)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and column == CHANGED:
            return local_time(record.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole and record.state == "rejected" and record.rejection:
            return "\n".join(str(p.get("message") or "") for p in record.rejection)
        return None

    def _text(self, record: Any, column: int) -> str:
        if column == NAME:
            return record.name or self.tr("(no name)")
        if column == INSTALLATION:
            return record.installation or ""
        if column == JOB_TYPE:
            return record.job_type or ""
        if column == STATUS:
            return status_label(record.status) if record.status else ""
        if column == STATE:
            return state_label(record.state)
        return short_time(record.updated_at)

    def replace(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.ids = [r.id for r in records]
        self._records = {r.id: r for r in records}
        self.endResetModel()
