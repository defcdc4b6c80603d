"""Mobile equipment needs the job's own address; a refused job shows why, on the field."""

from __future__ import annotations

from typing import Any

from helpers import activate

from wo_desktop.ui.editor.address_tab import REQUIRED_WHEN_MOBILE


def _fill_required(gui: Any, qtbot: Any, project_id: str) -> None:
    catalog = gui.window.service.store.catalog
    gui.window.new_job()
    qtbot.keyClicks(gui.field("name"), "Compressor noise")
    gui.editor.choice.choose(catalog.get("projects", project_id))
    job_type = catalog.search("job_types", "", 1)[0]
    gui.field("job_type_id").set_value(job_type["id"], job_type["name"])
    gui.field("job_type_id").value_changed.emit(job_type["id"])


def test_mobile_equipment_cannot_be_ready_until_the_address_is_complete(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    editor = gui.editor
    mobile = sandbox.pick_project(kind="equipment", mobile=True)
    _fill_required(gui, qtbot, mobile["id"])
    editor.validate()
    assert editor.address.editable
    assert all(gui.field(n).isEnabled() for n in REQUIRED_WHEN_MOBILE)
    assert not gui.window.actions_.ready.isEnabled()
    assert "mobile equipment" in gui.window.actions_.ready.toolTip()
    values = {"db_address_street": "Kerkstraat 1", "db_address_zip": "9000"}
    for name, text in values.items():
        qtbot.keyClicks(gui.field(name), text)
        editor.validate()
        assert not gui.window.actions_.ready.isEnabled(), name
    qtbot.keyClicks(gui.field("db_address_city"), "Gent")
    editor.validate()
    assert gui.window.actions_.ready.isEnabled()
    assert editor.collect()["db_address_city"] == "Gent"


def test_a_fixed_installation_shows_its_own_address_read_only(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    fixed = sandbox.pick_project(kind="installation", mobile=False)
    _fill_required(gui, qtbot, fixed["id"])
    address = gui.editor.address
    row = gui.window.service.store.catalog.get("projects", fixed["id"])
    assert not address.editable
    assert not gui.field("db_address_city").isEnabled()
    assert gui.field("db_address_city").text() == (row["city"] or "")
    assert "only for mobile equipment" in address.ui.address_reason.text()
    assert not any(k.startswith("db_address_") for k in gui.editor.collect())


def test_a_job_the_server_refuses_shows_the_message_on_its_field(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db, server=sandbox)
    window, editor = gui.window, gui.editor
    fixed = sandbox.pick_project(kind="installation", mobile=False, offset=5)
    _fill_required(gui, qtbot, fixed["id"])
    contact = window.service.store.catalog.search("contacts", "", 50)[-1]
    gui.field("requested_by_contact_id").set_value(contact["id"], "someone")
    gui.field("requested_by_contact_id").value_changed.emit(contact["id"])
    sandbox.logical_delete("Contact", contact["id"])  # gone on the server, still known here
    editor.validate()
    assert window.actions_.ready.isEnabled()
    window.make_ready()

    record = gui.wait_saved(lambda r: r.state == "rejected", timeout=15_000)
    qtbot.waitUntil(lambda: editor.state() == "rejected", timeout=5000)
    frame = editor.frames["requested_by_contact_id"]
    assert frame.message.isVisibleTo(editor) or frame.message.text()
    assert "does not exist" in frame.message.text()
    assert editor.banner.isVisibleTo(editor) and "refused" in editor.banner_text.text()
    assert any(p["field"] == "requested_by_contact_id" for p in record.rejection)

    activate(qtbot, window)
    editor.fields["requested_by_contact_id"].set_value(None, "")
    editor.fields["requested_by_contact_id"].value_changed.emit(None)
    gui.wait_saved(lambda r: r.state == "draft")
    assert not frame.message.text()
