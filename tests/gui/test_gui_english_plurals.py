"""English counts read as English: "1 problem", "2 problems" (the plural forms of wo_desktop_en)."""

from __future__ import annotations

from typing import Any

from wo_desktop.domain.validation import Problem, Severity


def problems(count: int) -> list[Problem]:
    return [
        Problem(field="name", code=f"required-{n}", severity=Severity.ERROR, message="Required.")
        for n in range(count)
    ]


def test_the_problems_header_counts_in_english(open_gui: Any) -> None:
    gui = open_gui(lang="en")
    panel = gui.editor.problems_panel

    panel.show_problems(problems(1), state="draft", read_only=False)
    assert panel.summary.text() == (
        "Not ready to send yet: 1 problem to fix (click it to go there)."
    )
    panel.show_problems(problems(2), state="draft", read_only=False)
    assert panel.summary.text() == (
        "Not ready to send yet: 2 problems to fix (click one to go there)."
    )


def test_the_trash_question_counts_in_english(open_gui: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    open_gui(lang="en")
    one = QCoreApplication.translate(
        "MainWindow", "Delete the %n job(s) in the trash for good?", "", 1
    )
    assert one == "Delete the 1 job in the trash for good?"
