"""A pseudo-locale that makes every string 40 % longer truncates no label on any tab."""

from __future__ import annotations

import math
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel


class Longer(QTranslator):
    """Every text 40 % longer; placeholders and mnemonics kept."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source or source.isspace():
            return source
        return source + "·" * math.ceil(len(source) * 0.4)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def longer() -> Any:
    translator = Longer()
    app = QApplication.instance()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def test_no_label_or_button_is_cut_on_any_tab(
    longer: Any, open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    window, editor = gui.window, gui.editor
    window.resize(1280, 800)
    assert editor.tabs.tabText(0).endswith("·")  # the pseudo-locale is in force
    cut: list[str] = []
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        page = editor.holders[index].widget()
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            if not widget.isVisibleTo(page) or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            if widget.width() < widget.minimumSizeHint().width():
                cut.append(f"{editor.tabs.tabText(index)}: {widget.objectName()} {widget.text()!r}")
    assert cut == []
