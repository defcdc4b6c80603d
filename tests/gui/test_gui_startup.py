"""Start-up: the first paint comes before the database, HTTP and validation are imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
