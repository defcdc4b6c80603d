"""The window's tests: offscreen Qt, a real SQLite profile per test, the sandbox on loopback.

One sandbox (200 projects) serves the whole session; its catalog is pulled once into a
template database that each test copies, so a test starts with a loaded catalog in
milliseconds instead of pulling it again.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

PROJECTS = 200


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from wo_desktop.sandbox.harness import SandboxServer

    with SandboxServer(tmp_path_factory.mktemp("sandbox"), projects=PROJECTS, seed=7) as server:
        yield server


@pytest.fixture(scope="session")
def catalog_db(sandbox: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the sandbox's whole catalog, pulled once for the session."""
    from wo_desktop.api.client import ApiClient
    from wo_desktop.store.profile import Store
    from wo_desktop.sync.engine import SyncEngine

    path = tmp_path_factory.mktemp("template") / "wo-desktop.db"
    store = Store.open(path)
    try:
        with ApiClient(sandbox.base_url, sandbox.user, sandbox.domain, sandbox.password) as client:
            report = SyncEngine(store, client).pull()
        assert not report.errors, report.errors
    finally:
        store.close()
    return path


class Gui:
    """One running window and what a test needs around it."""

    def __init__(self, window: Any, startup: Any, profile: Path, qtbot: Any) -> None:
        self.window, self.startup, self.profile, self.qtbot = window, startup, profile, qtbot

    @property
    def editor(self) -> Any:
        return self.window.editor

    def field(self, name: str) -> Any:
        return self.window.editor.fields[name]

    def wait_saved(self, predicate: Callable[[Any], bool], timeout: int = 10_000) -> Any:
        """Wait until the store holds the editor's job and ``predicate(record)`` is true."""
        found: list[Any] = []

        def check() -> bool:
            job_id = self.editor.job_id()
            record = self.window.service.get(job_id) if job_id else None
            # The window must have heard back too (its editor holds the saved record), as a
            # person would see it, before the test acts on the job.
            shown = self.editor.record
            if shown is None or record is None or shown.revision < record.revision:
                return False
            if predicate(record):
                found[:] = [record]
                return True
            return False

        self.qtbot.waitUntil(check, timeout=timeout)
        return found[0]


@pytest.fixture
def open_gui(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Gui]]:
    from wo_desktop.app import build_window
    from wo_desktop.credentials import MemoryCredentials

    monkeypatch.setenv("WO_DESKTOP_POLICY", str(tmp_path / "no-policy.toml"))
    opened: list[Gui] = []

    def open_(
        profile: Path | None = None,
        *,
        catalog: Path | None = None,
        server: Any = None,
        lang: str = "en",
    ) -> Gui:
        from wo_desktop import paths
        from wo_desktop.store.db import backup

        profile = profile or tmp_path / "profile"
        paths.ensure_profile(profile)
        database = paths.database_path(profile)
        if catalog is not None and not database.exists():
            backup(catalog, database)
        args = argparse.Namespace(
            profile=str(profile),
            demo=False,
            demo_projects=PROJECTS,
            lang=lang,
            measure_startup=False,
            quit_after_first_paint=False,
        )
        window, startup = build_window(args)
        startup.credentials = MemoryCredentials()
        values = startup.settings.values
        values["sync_interval_minutes"] = 0
        if server is not None:
            values.update(server_url=server.base_url, user=server.user, domain=server.domain)
            startup.credentials.set(server.base_url, server.user, server.domain, server.password)
        window.ask_before_close = False
        window.show()
        qtbot.waitUntil(lambda: window.service is not None, timeout=15_000)
        gui = Gui(window, startup, profile, qtbot)
        opened.append(gui)
        if startup.sync is not None and startup.sync.running:
            with qtbot.waitSignal(startup.sync.finished, timeout=15_000):
                pass
        return gui

    yield open_
    for gui in opened:
        gui.window.ask_before_close = False
        gui.window.close()
        gui.startup.shutdown()
