"""Login, settings, sync log and offline readiness, against a real profile and the sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_login_tests_the_connection_and_stores_the_password(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    dialog = gui.window.dialogs.login()
    ui = dialog.ui
    for edit, text in (
        (ui.server_url, sandbox.base_url),
        (ui.domain, sandbox.domain),
        (ui.user, sandbox.user),
        (ui.password, "wrong-password"),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as refused:
        ui.test_button.click()
    assert refused.args[0] is False and "Could not log in" in ui.test_result.text()
    ui.password.clear()
    qtbot.keyClicks(ui.password, sandbox.password)
    with qtbot.waitSignal(dialog.logged_in, timeout=10_000):
        dialog.ok.click()
    stored = gui.startup.credentials.get(sandbox.base_url, sandbox.user, sandbox.domain)
    assert stored == sandbox.password
    settings = (gui.profile / "settings.json").read_text(encoding="utf-8")
    assert sandbox.base_url in settings and sandbox.password not in settings


def test_settings_show_locked_keys_read_only(
    open_gui: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any, catalog_db: Any
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('sync_interval_minutes = 15\nlocked = ["sync_interval_minutes"]\n')
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(policy))
    gui = open_gui(catalog=catalog_db)
    gui.startup.settings.values["sync_interval_minutes"] = 15
    dialog = gui.window.dialogs.settings()
    assert not dialog.ui.sync_interval_minutes.isEnabled()
    assert dialog.ui.language.isEnabled()
    assert "policy" in dialog.ui.locked_note.text()
    dialog.ui.catalog_max_age_days.setValue(3)
    dialog.ui.buttons.accepted.emit()
    assert '"catalog_max_age_days": 3' in (gui.profile / "settings.json").read_text()
    assert "sync_interval_minutes" not in (gui.profile / "settings.json").read_text()


def test_offline_readiness_warns_about_an_empty_catalog_and_unsent_jobs(
    open_gui: Any, qtbot: Any
) -> None:
    gui = open_gui()  # a fresh profile: nothing pulled yet
    dialog = gui.window.dialogs.readiness()
    warnings = dialog.refresh()
    assert any("Empty" in w for w in warnings)
    assert dialog.verdict.text().startswith("Not ready to go offline")
    assert dialog.table.rowCount() == 9


def test_offline_readiness_is_happy_with_a_fresh_catalog(
    open_gui: Any, qtbot: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db)
    dialog = gui.window.dialogs.readiness()
    assert dialog.refresh() == []
    assert dialog.verdict.text().startswith("Ready to go offline")


def test_sync_log_lists_runs_and_their_errors(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db, server=sandbox)
    sync = gui.startup.sync
    with qtbot.waitSignal(sync.finished, timeout=15_000):
        gui.window.request_sync("manual")
    gui.startup.credentials.set(sandbox.base_url, sandbox.user, sandbox.domain, "bad-pass")
    with qtbot.waitSignal(sync.finished, timeout=15_000) as failed:
        gui.window.request_sync("manual")
    assert failed.args[0].paused == "auth"
    assert gui.window.status.connection.property("state") == "offline"
    dialog = gui.window.dialogs.sync_log()
    assert dialog.table.rowCount() == 3  # the start-up run, then the two asked for
    assert dialog.table.item(2, 1).text() == "Start-up"
    assert dialog.table.item(1, 5).text() == "Finished without errors"
    assert dialog.table.item(0, 1).text() == "Asked for"
    assert dialog.table.item(0, 5).text() != "Finished without errors"


def test_sync_log_keeps_its_history_after_reopening_the_profile(
    open_gui: Any, qtbot: Any, sandbox: Any, catalog_db: Any
) -> None:
    gui = open_gui(catalog=catalog_db, server=sandbox)
    gui.startup.credentials.set(sandbox.base_url, sandbox.user, sandbox.domain, "bad-pass")
    with qtbot.waitSignal(gui.startup.sync.finished, timeout=15_000) as failed:
        gui.window.request_sync("manual")
    assert failed.args[0].id is not None  # written to the store by the sync thread
    dialog = gui.window.dialogs.sync_log()
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == [
        "Asked for",
        "Start-up",
    ]
    dialog.reject()
    gui.window.close()
    gui.startup.shutdown()

    again = open_gui(gui.profile)  # no server: nothing syncs, the log comes from the store
    dialog = again.window.dialogs.sync_log()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Asked for"
    assert dialog.table.item(1, 5).text() == "Finished without errors"
    dialog.table.selectRow(0)
    errors = dialog.details.toPlainText()
    assert errors and errors in dialog.table.item(0, 5).text()
    assert "bad-pass" not in errors
