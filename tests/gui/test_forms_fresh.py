"""The compiled forms are what their .ui sources compile to today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_compiled_form_matches_its_ui_source() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (
        "stale forms, run `uv run python scripts/build_forms.py`:\n" + result.stdout + result.stderr
    )


def test_every_ui_source_has_a_compiled_form() -> None:
    sources = {p.stem for p in (ROOT / "resources" / "ui").glob("*.ui")}
    compiled = {
        p.stem.removeprefix("ui_") for p in (ROOT / "src/wo_desktop/ui/forms").glob("ui_*.py")
    }
    assert sources and sources == compiled


def test_compiled_forms_say_they_are_generated() -> None:
    for form in (ROOT / "src/wo_desktop/ui/forms").glob("ui_*.py"):
        assert "do not edit" in form.read_text(encoding="utf-8").splitlines()[0], form.name


def test_packaged_icon_is_the_resource_icon() -> None:
    source = ROOT / "resources" / "icons" / "wo-desktop.svg"
    packaged = ROOT / "src" / "wo_desktop" / "ui" / "icons" / "wo-desktop.svg"
    assert source.read_bytes() == packaged.read_bytes()
