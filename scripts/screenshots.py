"""Render every tab and dialog offscreen with demo data into docs/screenshots/*.png.

    uv run python scripts/screenshots.py [--out docs/screenshots] [--projects 2000] [--lang en]

It starts the sandbox on loopback, pulls its catalog into a temporary profile, enters a few
jobs (a draft, one ready, one sent, one the server refused) and grabs each view.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--projects", type=int, default=2000)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from wo_desktop.credentials import MemoryCredentials
    from wo_desktop.sandbox.harness import SandboxServer

    work = Path(tempfile.mkdtemp(prefix="wo-desktop-shots-"))
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        with SandboxServer(work / "server", projects=args.projects, seed=3) as server:
            window, startup = _open(work / "profile", args.lang, server, MemoryCredentials())
            shots = Shots(app, window, args.out)
            shots.take_all(server)
            window.ask_before_close = False
            window.close()
            startup.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(list(args.out.glob('*.png')))} screenshots in {args.out}")
    return 0


def _open(profile: Path, lang: str, server: Any, credentials: Any) -> tuple[Any, Any]:
    from wo_desktop.app import build_window

    ns = argparse.Namespace(
        profile=str(profile),
        demo=False,
        lang=lang,
        measure_startup=False,
        quit_after_first_paint=False,
    )
    window, startup = build_window(ns)
    startup.credentials = credentials
    startup.settings.values.update(
        server_url=server.base_url, user=server.user, domain=server.domain
    )
    startup.settings.values["sync_interval_minutes"] = 0
    credentials.set(server.base_url, server.user, server.domain, server.password)
    window.resize(1280, 800)
    window.show()
    return window, startup


class Shots:
    def __init__(self, app: Any, window: Any, out: Path) -> None:
        self.app, self.window, self.out = app, window, out

    def spin(self, until: Callable[[], bool] = lambda: False, seconds: float = 0.3) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            if until():
                return
            time.sleep(0.01)

    def save(self, widget: Any, name: str) -> None:
        self.spin(seconds=0.15)
        widget.grab().save(str(self.out / f"{name}.png"))
        print(f"  {name}.png")

    def wait_sync(self) -> None:
        sync = self.window.sync
        self.spin(lambda: sync is not None and not sync.running, 60)

    def take_all(self, server: Any) -> None:
        w = self.window
        self.spin(lambda: w.service is not None and w.sync is not None, 30)
        self.spin(lambda: bool(w.sync.history) and not w.sync.running, 60)
        editor, catalog = w.editor, w.service.store.catalog
        job_type = catalog.search("job_types", "", 1)[0]
        fixed = catalog.get("projects", server.pick_project(kind="equipment", offset=4)["id"])
        mobile = catalog.get("projects", server.pick_project(kind="equipment", mobile=True)["id"])

        def job(name: str, project: dict[str, Any], **extra: Any) -> None:
            w.new_job()
            editor.fields["name"].setText(name)
            editor.fields["name"].textEdited.emit(name)
            editor.choice.choose(project)
            editor.fields["job_type_id"].set_value(job_type["id"], job_type["name"])
            editor.fields["job_type_id"].value_changed.emit(job_type["id"])
            for field, value in extra.items():
                editor.fields[field].setPlainText(value)
            w.save_now()
            w.service.flush()
            self.spin(seconds=0.2)

        job("Yearly maintenance", fixed, description="Check the filters and the drain.")
        w.make_ready()
        w.service.flush()
        self.spin(lambda: w.sync.running, 2)
        self.wait_sync()
        contact = catalog.search("contacts", "", 5)[-1]
        job("Compressor trips at night", fixed)
        editor.fields["requested_by_contact_id"].set_value(contact["id"], "contact")
        editor.fields["requested_by_contact_id"].value_changed.emit(contact["id"])
        server.logical_delete("Contact", contact["id"])
        w.make_ready()
        self.spin(lambda: w.sync.running, 2)
        self.wait_sync()
        self.spin(lambda: editor.state() == "rejected", 5)
        self.save(w, "main-rejected")
        job(
            "Refrigerated van: door seal",
            mobile,
            internal_memo="Parked at the depot until Friday.",
            prejob_information="Call the driver before coming: 0470 12 34 56.",
        )
        editor.show_all_problems()
        titles = ["general", "planning", "address", "request", "notes", "sub-jobs", "history"]
        for index, title in enumerate(titles):
            editor.tabs.setCurrentIndex(index)
            self.save(w, f"tab-{index + 1}-{title}")
        editor.tabs.setCurrentIndex(0)
        self.save(w, "main-window")

        picker = editor.choice.open_picker("Airco")
        self.spin(lambda: picker.answered == "Airco", 5)
        self.save(picker, "dialog-project-picker")
        picker.reject()
        editor.choice.choose(fixed)
        picker = editor.choice.open_equipment("")
        self.spin(lambda: picker.answered == "", 5)
        self.save(picker, "dialog-equipment-picker")
        picker.reject()
        dialog = editor.choice.open_new_installation("Walk-in freezer")
        self.save(dialog, "dialog-new-installation")
        dialog.reject()
        # A run that failed, so the sync log shows how an error reads.
        credentials = w.credentials
        credentials.set(server.base_url, server.user, server.domain, "not-the-password")
        w.request_sync("manual")
        self.spin(lambda: w.sync.running, 2)
        self.wait_sync()
        credentials.set(server.base_url, server.user, server.domain, server.password)
        for name, opener in (
            ("dialog-login", w.dialogs.login),
            ("dialog-settings", w.dialogs.settings),
            ("dialog-sync-log", w.dialogs.sync_log),
            ("dialog-offline-readiness", w.dialogs.readiness),
        ):
            dialog = opener()
            self.save(dialog, name)
            dialog.reject()
        box = w.dialogs.close_question(2)
        box.show()
        self.save(box, "dialog-close-with-unsent-jobs")
        box.reject()


if __name__ == "__main__":
    sys.exit(main())
