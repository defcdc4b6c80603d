"""The rows a picker shows: the latest answer of the catalog, at most a screenful or two."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
# Plain ints: the view asks data() for ten roles per cell on every paint, and comparing with
# an enum member looked up each time is most of the cost of a 50-row answer.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROW = int(RowRole)
_HORIZONTAL = Qt.Orientation.Horizontal


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[dict[str, Any]], str]


class ResultsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict[str, Any]] = []
        self._cells: list[list[str]] = []  # the shown text, made once per answer

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            if not index.isValid():
                return None
            return self._cells[index.row()][index.column()]
        if role == _ROW and index.isValid():
            return self.rows[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return self.columns[section].header
        return None

    def replace(self, rows: list[dict[str, Any]]) -> None:
        cells = [[column.value(row) for column in self.columns] for row in rows]
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = cells
        self.endResetModel()

    def row(self, number: int) -> dict[str, Any] | None:
        return self.rows[number] if 0 <= number < len(self.rows) else None
