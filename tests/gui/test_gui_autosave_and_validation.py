"""Nothing typed is lost (autosave), and problems show where the person looks."""

from __future__ import annotations

from typing import Any

from helpers import activate, focused


def test_autosave_a_moment_after_the_last_keystroke(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    gui.window.new_job()
    qtbot.keyClicks(gui.field("name"), "Door sensor")
    assert gui.window._autosave.isActive() and gui.window._autosave.interval() == 800
    record = gui.wait_saved(lambda r: r.job.get("name") == "Door sensor", timeout=5000)
    assert record.state == "draft"
    qtbot.keyClicks(gui.field("description"), "Beeps all night")
    record = gui.wait_saved(lambda r: r.job.get("description") == "Beeps all night", timeout=5000)
    assert record.revision >= 2


def test_switching_jobs_and_closing_save_at_once(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    window, service = gui.window, gui.window.service
    window.new_job()
    qtbot.keyClicks(gui.field("name"), "First")
    first = gui.wait_saved(lambda r: r.job.get("name") == "First")
    window.new_job()  # switching: the first is already stored, the new one is empty
    qtbot.keyClicks(gui.field("name"), "Second")
    window.open_job(first.id)  # before the autosave delay: saved on the switch
    service.flush()
    qtbot.waitUntil(lambda: any(r.name == "Second" for r in service.list()), timeout=5000)
    gui.field("name").end(False)
    qtbot.keyClicks(gui.field("name"), " edited")
    window.close()
    assert service.get(first.id).job["name"] == "First edited"


def test_a_problem_outlines_its_field_and_the_list_leads_there(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    window, editor = gui.window, gui.editor
    activate(qtbot, window)
    window.new_job()
    qtbot.keyClicks(gui.field("name"), "Leak")
    editor.validate()
    messages = [
        editor.problems_panel.list.item(i).text() for i in range(editor.problems_panel.list.count())
    ]
    assert "Installation is required." in messages and "Job type is required." in messages
    assert not window.actions_.ready.isEnabled()
    assert "Installation is required." in window.actions_.ready.toolTip()
    # Not visited yet: the field is not shouted at; the list says it all.
    assert editor.frames["job_type_id"].severity is None
    item = next(
        editor.problems_panel.list.item(i)
        for i in range(editor.problems_panel.list.count())
        if editor.problems_panel.list.item(i).text() == "Job type is required."
    )
    editor.problems_panel.list.itemClicked.emit(item)
    assert editor.tabs.currentIndex() == 0
    assert focused() in (gui.field("job_type_id"), gui.field("job_type_id").lineEdit())
    frame = editor.frames["job_type_id"]
    assert frame.severity == "error" and frame.message.text() == "Job type is required."


def test_a_format_problem_shows_as_you_type_and_on_its_tab(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    editor = gui.editor
    gui.window.new_job()
    qtbot.keyClicks(gui.field("estimated_time"), "1:75")
    editor.validate()
    frame = editor.frames["estimated_time"]
    assert frame.severity == "error"
    assert frame.message.text() == "Estimated time must be hours:minutes, such as 1:30."
    gui.field("estimated_time").clear()
    qtbot.keyClicks(gui.field("estimated_time"), "1:30")
    editor.validate()
    assert frame.severity is None
    assert editor.collect()["estimated_time"] == 90


def test_suggested_with_user_and_start_says_a_planning_entry_will_be_made(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    from PySide6.QtCore import QDateTime

    gui = open_gui(catalog=catalog_db)
    editor = gui.editor
    gui.window.new_job()
    user = gui.window.service.store.catalog.search("users", "", 1)[0]
    gui.field("job_status_code").set_value("Suggested")
    gui.field("suggested_user_id").set_value(user["id"], "Tom")
    gui.field("suggested_date_start").set_datetime(QDateTime.currentDateTime().addDays(1))
    editor.validate()
    note = editor.planning.ui.planning_note
    assert (
        note.isVisibleTo(editor.planning) and "planning entry will be made for Tom" in note.text()
    )
