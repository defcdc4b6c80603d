"""Keyboard and screen readers: every input has a label and a name, every action a key."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtWidgets import QLabel


def test_every_field_has_a_label_buddy_and_an_accessible_name(open_gui: Any) -> None:
    gui = open_gui()
    editor = gui.editor
    buddies = {
        label.buddy() for page in editor.holders for label in page.widget().findChildren(QLabel)
    }
    for name, widget in editor.fields.items():
        assert widget in buddies, f"{name} has no label pointing at it"
        assert widget.accessibleName(), f"{name} has no accessible name"


def test_the_tab_order_follows_the_form(open_gui: Any) -> None:
    gui = open_gui()
    general = gui.editor.general.ui
    order = [general.name]
    widget = general.name
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() or not widget.isEnabled() or widget.focusProxy():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[1] is general.project_id.line
    assert order[2] in (general.job_type_id, general.job_type_id.lineEdit())


def test_every_action_has_a_shortcut(open_gui: Any) -> None:
    gui = open_gui()
    actions = gui.window.actions_
    for field in fields(actions):
        action = getattr(actions, field.name)
        assert not action.shortcut().isEmpty(), field.name


def test_closing_with_unsent_jobs_says_what_happens(open_gui: Any) -> None:
    gui = open_gui()
    box = gui.window.dialogs.close_question(2)
    assert box.text() == "2 jobs have not reached the server yet."
    assert "nothing is lost" in box.informativeText()
    assert box.defaultButton() is box.close_button


def test_equipment_model_names_follow_the_language() -> None:
    from wo_desktop.ui import catalog_text

    row = {
        "model_name": "Air handling unit",
        "model_translations_json": '[{"field_name": "name", "language_code": "fr", '
        '"value_translated": "Centrale de traitement d\'air"}]',
    }
    catalog_text.set_language("fr")
    try:
        assert catalog_text.model_name(row) == "Centrale de traitement d'air"
        catalog_text.set_language("de")
        assert catalog_text.model_name(row) == "Air handling unit"
    finally:
        catalog_text.set_language("")
