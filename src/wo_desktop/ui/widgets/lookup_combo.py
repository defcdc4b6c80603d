"""A searchable combo: type a few letters, the catalog answers, pick with the keyboard.

The options come from a source that answers asynchronously (the catalog reader thread) or
from a fixed list. The value is an id (or a code); the text is only what a person reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

Option = tuple[str, str]  # (value, label)
# search(text, deliver): deliver(options) is called later on the GUI thread.
Source = Callable[[str, Callable[[list[Option]], None]], None]

ValueRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class OptionsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: list[Option] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.options):
            return None
        value, label = self.options[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == ValueRole:
            return value
        return None

    def replace(self, options: list[Option]) -> None:
        self.beginResetModel()
        self.options = list(options)
        self.endResetModel()


class LookupCombo(QComboBox):
    """Editable combo whose list is the latest search result; ``value()`` is the chosen id."""

    value_changed = Signal(object)

    LIMIT = 50

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._model = OptionsModel(self)
        self.setModel(self._model)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._completer_chose)
        self._value: str | None = None
        self._label = ""
        self._source: Source | None = None
        self._fixed: list[Option] | None = None
        self._asked = ""
        self._answered: str | None = None
        self._settle_when_answered: str | None = None
        self._loading = False
        self.lineEdit().textEdited.connect(self._typed)
        self.lineEdit().editingFinished.connect(self._settle)
        self.activated.connect(self._index_chose)

    # ------------------------------------------------------------------ configuration
    def set_source(self, source: Source) -> None:
        self._source, self._fixed = source, None

    def set_options(self, options: list[Option]) -> None:
        """A fixed list, filtered here as the person types."""
        self._fixed, self._source = list(options), None
        self._show_options(self._fixed, popup=False)

    def refresh(self) -> None:
        """Ask the source again for the unfiltered list (after a catalog pull)."""
        self._search("", popup=False)

    # ------------------------------------------------------------------ value
    def value(self) -> str | None:
        return self._value

    def label(self) -> str:
        return self._label

    def set_value(self, value: str | None, label: str | None = None) -> None:
        """Show a value; without a label the current options are asked for one."""
        if label is None and value is not None:
            label = next((lab for val, lab in self._options() if val == value), value)
        self._set(value, label or "", emit=False)

    def _set(self, value: str | None, label: str, *, emit: bool = True) -> None:
        changed = value != self._value
        self._value, self._label = value, label
        self.lineEdit().setText(label)
        self.lineEdit().setCursorPosition(0)
        if changed and emit:
            self.value_changed.emit(value)

    # ------------------------------------------------------------------ searching
    def _options(self) -> list[Option]:
        return self._model.options

    def _typed(self, text: str) -> None:
        if not text.strip():
            # Emptying the text clears the choice: that is how a person unsets a field.
            self._set(None, "", emit=True)
        self._search(text, popup=True)

    def _search(self, text: str, *, popup: bool) -> None:
        if self._fixed is not None:
            needle = text.strip().casefold()
            found = [
                o for o in self._fixed if needle in o[1].casefold() or needle == o[0].casefold()
            ]
            self._show_options(found, popup=popup)
            return
        if self._source is None:
            return
        self._asked = text
        self._source(text, lambda options, asked=text: self._answer(asked, options, popup))

    def _answer(self, asked: str, options: list[Option], popup: bool) -> None:
        if asked != self._asked:
            return  # a later keystroke has its own answer coming
        self._answered = asked
        settle = self._settle_when_answered
        self._show_options(options, popup=popup and self.hasFocus() and settle is None)
        if settle is not None and settle == asked.strip():
            self._settle_when_answered = None
            self._settle()

    def _show_options(self, options: list[Option], *, popup: bool) -> None:
        line = self.lineEdit()
        text, cursor = line.text(), line.cursorPosition()
        self._loading = True
        self.blockSignals(True)
        try:
            self._model.replace(options)
            self.setCurrentIndex(-1)
        finally:
            self.blockSignals(False)
            self._loading = False
        line.setText(text)
        line.setCursorPosition(cursor)
        if popup and options:
            self._completer.setCompletionPrefix("")
            self._completer.complete()

    def showPopup(self) -> None:
        if self._source is not None and not self._options():
            self._search("", popup=False)
        super().showPopup()

    # ------------------------------------------------------------------ choosing
    def _completer_chose(self, index: QModelIndex) -> None:
        value = index.data(ValueRole)
        self._set(value, index.data(Qt.ItemDataRole.DisplayRole) or "")

    def _index_chose(self, row: int) -> None:
        if self._loading or row < 0 or row >= len(self._options()):
            return
        value, label = self._options()[row]
        self._set(value, label)

    def _settle(self) -> None:
        """Leaving the field: an unambiguous text becomes the choice, else the old text returns."""
        text = self.lineEdit().text().strip()
        if not text:
            self._set(None, "")
            return
        if text == self._label:
            return
        if self._source is not None and self._answered != self._asked:
            # The person left before the catalog answered: decide when it does.
            self._settle_when_answered = text
            return
        exact = [o for o in self._options() if o[1].casefold() == text.casefold()]
        candidates = exact or (self._options() if len(self._options()) == 1 else [])
        if len(candidates) == 1:
            self._set(*candidates[0])
        else:
            self.lineEdit().setText(self._label)
