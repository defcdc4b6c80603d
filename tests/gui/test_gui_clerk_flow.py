"""A clerk enters a phoned-in job by keyboard only, makes it ready, syncs, sees the receipt."""

from __future__ import annotations

from typing import Any

from helpers import activate, focused, press, type_text, wait_picker
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_keyboard_only_job_from_phone_call_to_receipt(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db, server=sandbox)
    window, editor = gui.window, gui.editor
    installation = sandbox.pick_project(kind="installation", offset=3)
    job_type = window.service.store.catalog.search("job_types", "", 50)[0]
    activate(qtbot, window)

    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is gui.field("name")
    type_text(qtbot, "No heating in the shop")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is gui.field("project_id").line
    reference = installation["reference_back_office"]
    type_text(qtbot, reference[0])
    picker = wait_picker(qtbot, editor.choice, reference[0])
    qtbot.keyClicks(picker.search_edit, reference[1:])
    picker = wait_picker(qtbot, editor.choice, reference)
    assert picker.model.row(0)["id"] == installation["id"]
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.choice.dialog is None, timeout=5000)
    assert editor.choice.row is not None and editor.choice.row["id"] == installation["id"]
    activate(qtbot, window)
    assert focused() is gui.field("project_id").line
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() in (gui.field("job_type_id"), gui.field("job_type_id").lineEdit())
    type_text(qtbot, job_type["name"])
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: gui.field("job_type_id").value() == job_type["id"], timeout=5000)
    assert gui.field("job_status_code").value() == "Open"
    qtbot.waitUntil(lambda: window.actions_.ready.isEnabled(), timeout=5000)

    press(qtbot, Qt.Key.Key_Return, CTRL)
    record = gui.wait_saved(lambda r: r.state == "sent", timeout=15_000)
    assert record.receipt and record.receipt["http_status"] in (200, 201)
    delivered = sandbox.get_job(record.id)
    assert delivered is not None and delivered["name"] == "No heating in the shop"

    press(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.state() == "sent", timeout=5000)
    assert editor.tabs.currentWidget().widget() is editor.history
    assert "Received by the server" in editor.history.receipt.text()
    assert window.status.pending.text() == "All jobs sent, safe to close"


def test_a_new_job_starts_open_and_reported_now(open_gui: Any, catalog_db: Any) -> None:
    from PySide6.QtCore import QDateTime

    gui = open_gui(catalog=catalog_db)
    gui.window.new_job()
    reported = gui.field("date_reported_by_company").datetime()
    assert reported is not None
    assert abs(reported.secsTo(QDateTime.currentDateTime())) < 120
    assert gui.field("job_status_code").value() == "Open"
    assert gui.editor.record is None  # nothing typed: nothing saved yet
