"""--demo: the built-in sandbox starts in-process, the catalog comes down, and a job goes out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wo_desktop.app import build_window


def test_demo_starts_the_sandbox_and_pulls_the_catalog(
    qtbot: Any, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(tmp_path / "no-policy.toml"))
    args = argparse.Namespace(
        profile=str(tmp_path / "demo-profile"),
        demo=True,
        demo_projects=300,
        lang="en",
        measure_startup=False,
        quit_after_first_paint=False,
    )
    window, startup = build_window(args)
    window.ask_before_close = False
    window.show()
    try:
        qtbot.waitUntil(lambda: startup.sandbox is not None, timeout=30_000)
        assert startup.sandbox.base_url.startswith("http://127.0.0.1:")
        # Demo credentials are held in memory, never in the OS keyring.
        assert "memory" in startup.credentials.backend_name()

        def catalog_loaded() -> bool:
            tables = {t.table: t for t in startup.store.catalog.status()}
            return tables["projects"].rows > 0 and tables["projects"].as_of is not None

        qtbot.waitUntil(catalog_loaded, timeout=30_000)
        qtbot.waitUntil(lambda: not startup.sync.running, timeout=30_000)
        qtbot.waitUntil(lambda: "safe to close" in window.status.pending.text(), timeout=10_000)
        qtbot.waitUntil(lambda: "just now" in window.status.catalog.text(), timeout=10_000)
        hits = startup.store.catalog.search("projects", "a", 5)
        assert hits, "the pickers answer from the demo catalog"
    finally:
        window.close()
        startup.shutdown()
