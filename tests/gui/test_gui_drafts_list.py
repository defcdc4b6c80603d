"""The drafts list: search, the state filter with counts, duplicate, trash and empty trash."""

from __future__ import annotations

from typing import Any


def _new(gui: Any, qtbot: Any, name: str) -> Any:
    gui.window.new_job()
    qtbot.keyClicks(gui.field("name"), name)
    gui.window.save_now()
    return gui.wait_saved(lambda r: r.job.get("name") == name)


def test_search_and_state_filter_with_counts(open_gui: Any, qtbot: Any, catalog_db: Any) -> None:
    gui = open_gui(catalog=catalog_db)
    panel = gui.window.drafts
    for name in ("Fridge A", "Fridge B", "Oven"):
        _new(gui, qtbot, name)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert panel.state_filter.itemText(0) == "All jobs (3)"
    assert panel.state_filter.itemText(1) == "Draft (3)"
    panel.search.setText("fridge")
    panel.refresh()
    assert sorted(panel.model.record(i).name for i in range(panel.model.rowCount())) == [
        "Fridge A",
        "Fridge B",
    ]
    panel.search.setText("")
    panel.show_state("ready")
    assert panel.model.rowCount() == 0
    assert panel.empty.text() == "No jobs in this state."
    panel.show_state("")
    headers = [
        panel.model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        for c in range(6)
    ]
    assert headers == ["Name", "Installation", "Job type", "Status", "State", "Last change"]


def test_delete_moves_to_the_trash_which_can_be_emptied(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    window, panel, service = gui.window, gui.window.drafts, gui.window.service
    keep = _new(gui, qtbot, "Keep me")
    doomed = _new(gui, qtbot, "Throw away")
    qtbot.waitUntil(lambda: set(panel.visible_ids()) == {keep.id, doomed.id})
    assert gui.editor.job_id() == doomed.id
    window.delete()
    qtbot.waitUntil(lambda: service.get(doomed.id).trashed, timeout=10_000)
    qtbot.waitUntil(lambda: gui.editor.job_id() == keep.id, timeout=10_000)
    assert service.counts()["trash"] == 1
    panel.show_state("trash")
    assert panel.visible_ids() == [doomed.id]
    service.empty_trash()
    service.flush()
    qtbot.waitUntil(lambda: service.get(doomed.id) is None)
    assert service.get(keep.id) is not None


def test_duplicate_makes_a_new_job_with_its_own_id(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    original = _new(gui, qtbot, "Yearly check")
    gui.window.duplicate()
    qtbot.waitUntil(lambda: gui.editor.job_id() not in (None, original.id), timeout=10_000)
    copy = gui.window.service.get(gui.editor.job_id())
    assert copy.job["name"] == "Yearly check" and copy.id != original.id


def test_sub_jobs_are_ordered_by_working_sequence(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    window, service = gui.window, gui.window.service
    parent = _new(gui, qtbot, "Multi-job")
    ids = []
    for name in ("Step one", "Step two"):
        window.open_job(parent.id)
        window.add_child()
        qtbot.keyClicks(gui.field("name"), name)
        window.save_now()
        ids.append(gui.wait_saved(lambda r, n=name: r.job.get("name") == n).id)
    window.open_job(parent.id)
    tab = gui.editor.subjobs
    assert tab.order() == ids or set(tab.order()) == set(ids)
    tab.list.setCurrentRow(1)
    tab.up_button.click()
    service.flush()
    qtbot.waitUntil(lambda: service.get(tab.order()[0]).job.get("working_sequence") == 1)
    first, second = tab.order()
    assert service.get(second).job["working_sequence"] == 2
    assert all(service.get(i).job["_parent_id"] == parent.id for i in ids)
