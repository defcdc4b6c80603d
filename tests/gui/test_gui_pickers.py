"""Pickers: a scanned barcode picks its equipment at once; the tree path; a new installation."""

from __future__ import annotations

from typing import Any

from helpers import activate, wait_picker
from PySide6.QtCore import Qt


def test_a_scanned_barcode_picks_the_equipment(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    window, editor = gui.window, gui.editor
    equipment = sandbox.pick_project(kind="equipment", offset=7)
    activate(qtbot, window)
    window.new_job()
    gui.field("project_id").line.setFocus()
    qtbot.keyClick(gui.field("project_id").line, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: editor.choice.dialog is not None, timeout=5000)
    picker = editor.choice.dialog
    # A scanner is a keyboard that types fast and ends with Enter: no waiting in between.
    qtbot.keyClicks(picker.search_edit, equipment["barcode"])
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.choice.dialog is None, timeout=5000)
    assert editor.choice.row["id"] == equipment["id"]
    assert editor.collect()["project_id"] == equipment["id"]
    assert "In the tree:" in editor.choice.path


def test_the_project_picker_shows_the_place_in_the_tree(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    equipment = sandbox.pick_project(kind="equipment", offset=2)
    gui.window.new_job()
    gui.editor.choice.open_picker(equipment["reference_back_office"])
    picker = wait_picker(qtbot, gui.editor.choice, equipment["reference_back_office"])
    path = picker.path.text()
    assert path.startswith("In the tree:")
    assert path.count("›") >= 2 and equipment["name"] in path
    picker.reject()


def test_new_installation_is_embedded_in_the_job(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    editor = gui.editor
    gui.window.new_job()
    editor.choice.open_picker("Walk-in freezer, back yard")
    picker = wait_picker(qtbot, editor.choice, "Walk-in freezer, back yard")
    assert picker.model.rowCount() == 0 and "No installation matches" in picker.empty.text()
    picker.new_button.click()
    qtbot.waitUntil(lambda: type(editor.choice.dialog).__name__ == "NewInstallationDialog")
    dialog = editor.choice.dialog
    assert dialog.ui.name.text() == "Walk-in freezer, back yard"
    qtbot.keyClicks(dialog.ui.reference_back_office, "NEW-001")
    dialog.ui.is_mobile_installation.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: editor.choice.dialog is None)
    job = editor.collect()
    assert job["project"] == {
        "name": "Walk-in freezer, back yard",
        "reference_back_office": "NEW-001",
        "is_mobile_installation": True,
    }
    assert "project_id" not in job
    assert editor.address.editable  # a new mobile installation: the job needs its address


def test_picker_search_runs_off_the_gui_thread_and_keeps_the_newest(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    import threading

    gui = open_gui(catalog=catalog_db)
    gui.window.new_job()
    seen: list[str] = []
    catalog = gui.window.service.store.catalog
    original = catalog.search

    def spy(kind: str, text: str, limit: int = 50) -> Any:
        seen.append(threading.current_thread().name)
        return original(kind, text, limit)

    catalog.search = spy
    gui.editor.choice.open_picker("")
    picker = gui.editor.choice.dialog
    qtbot.keyClicks(picker.search_edit, "Airco")
    qtbot.waitUntil(lambda: picker.answered == "Airco", timeout=5000)
    assert seen and threading.main_thread().name not in seen
    assert picker.model.rowCount() > 0
    assert "airco" in picker.model.row(0)["name"].lower()
    picker.reject()
