"""Acting on the window like a person: keys to the focused widget, waiting for answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def focused() -> Any:
    return QApplication.focusWidget()


def type_text(qtbot: Any, text: str) -> None:
    """Type into whatever has the keyboard focus now."""
    qtbot.keyClicks(focused(), text)


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def wait_picker(qtbot: Any, choice: Any, text: str) -> Any:
    """The picker the field opened, once it shows the answer for ``text``."""
    qtbot.waitUntil(lambda: choice.dialog is not None, timeout=5000)
    dialog = choice.dialog
    qtbot.waitUntil(
        lambda: dialog.search_edit.text() == text and dialog.answered == text,
        timeout=5000,
    )
    return dialog
