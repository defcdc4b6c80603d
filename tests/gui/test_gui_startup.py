"""Start-up: the first paint comes before the database, HTTP and validation are imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

CHILD = """
import json, sys
from wo_desktop.cli import main
code = main(["--profile", sys.argv[1], "--quit-after-first-paint"])
heavy = ("sqlalchemy", "sqlmodel", "pydantic", "httpx", "alembic", "wo_desktop.store.profile")
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", WO_DESKTOP_POLICY=str(tmp_path / "none.toml"))
    return env


def test_first_paint_needs_no_database_http_or_validation(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"code": 0, "loaded": []}


def test_measure_startup_prints_the_milliseconds_and_exits(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wo_desktop", "--profile", str(tmp_path / "p"), "--measure-startup"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    milliseconds = float(result.stdout.strip().splitlines()[-1])
    assert 0 < milliseconds < 60_000


def test_a_broken_policy_file_is_named_in_the_window_with_its_line(
    open_gui: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    policy = tmp_path / "policy.toml"
    policy.write_text('sync_interval_minutes = 15\nlanguage = "fr\n', encoding="utf-8")
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(policy))
    gui = open_gui()
    banner = gui.window.settings_banner
    text = banner.message.text()
    assert banner.isVisible()
    assert str(policy) in text and "line 2" in text and "using defaults" in text
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not [box for box in boxes if box.isVisible()]  # a message, not a dialog to dismiss
    assert QGuiApplication.desktopFileName() == "wo-desktop"
    banner.close_button.click()
    assert not banner.isVisible()


def test_no_banner_without_settings_problems_and_icons_after_first_paint(
    open_gui: Any, qtbot: Any
) -> None:
    gui = open_gui()
    assert gui.startup.settings.problems == []
    assert not gui.window.settings_banner.isVisible()
    actions = gui.window.actions_
    qtbot.waitUntil(lambda: not actions.new.icon().isNull(), timeout=5000)
    assert not actions.sync.icon().isNull() and not actions.delete.icon().isNull()
