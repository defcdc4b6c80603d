"""A window killed (SIGKILL) after an autosave shows, when reopened, exactly what was typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from crash_child import MEMO, NAME

HERE = Path(__file__).parent


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_after_autosave_reopens_with_the_text(open_gui: Any, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    env = {
        **os.environ,
        "WO_DESKTOP_POLICY": str(tmp_path / "none.toml"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    child = subprocess.Popen(
        [sys.executable, str(HERE / "crash_child.py"), str(profile)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        line = ""
        assert child.stdout is not None
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.startswith("SAVED") or not line:
                break
        assert line.startswith("SAVED"), "the child never autosaved"
        job_id = line.split()[1]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    gui = open_gui(profile)
    assert gui.editor.job_id() == job_id
    assert gui.field("name").text() == NAME
    assert gui.field("internal_memo").toPlainText() == MEMO
