"""The window's composition root: settings, translations, window, then store and sync.

The first paint comes first: only Qt and the window's own modules are imported before it.
The database (SQLAlchemy, pydantic), the HTTP client and the sandbox are imported and opened
afterwards, off the GUI thread, while the window already shows "Opening…".
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

_T0 = time.perf_counter()
log = logging.getLogger(__name__)


def ms_since_process_start() -> float:
    """Milliseconds since this process began (Linux: from /proc), else since this import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _T0) * 1000


class Startup:
    """What happens after the first paint, and the clean-up after the window closes."""

    def __init__(self, window: Any, args: argparse.Namespace, settings: Any, profile: Path):
        self.window, self.args, self.settings, self.profile = window, args, settings, profile
        self.demo = bool(getattr(args, "demo", False))
        self.store: Any = None
        self.service: Any = None
        self.sync: Any = None
        self.sandbox: Any = None
        self.credentials: Any = None
        self.temp_profile: Path | None = None
        self.network_info: Any = None
        self.collector_paused = False  # run_gui pauses the garbage collector until first paint

    def first_paint(self) -> None:
        from PySide6.QtCore import QCoreApplication, QTimer

        if self.collector_paused:
            import gc

            gc.enable()
            self.collector_paused = False
        if getattr(self.args, "measure_startup", False):
            print(f"{ms_since_process_start():.0f}", flush=True)
            QCoreApplication.quit()
            return
        if getattr(self.args, "quit_after_first_paint", False):
            QCoreApplication.quit()
            return
        from PySide6.QtWidgets import QApplication

        from wo_desktop.ui.actions import app_icon

        # Reading the SVG icon is not needed to paint the window the first time.
        QApplication.setWindowIcon(app_icon())
        QTimer.singleShot(0, self.open_store)
        self.handle_stop_signals()

    def handle_stop_signals(self) -> None:
        """Ctrl+C in a terminal, or a service manager's SIGTERM: save, close, clean up."""
        import signal

        from PySide6.QtCore import QTimer

        def stop(_signum: int, _frame: Any) -> None:
            self.window.ask_before_close = False
            self.window.close()
            QCoreApplication.quit()

        for name in ("SIGINT", "SIGTERM"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), stop)
        # Python runs signal handlers only between bytecodes: wake it up now and then.
        self._signal_timer = QTimer(self.window)
        self._signal_timer.timeout.connect(lambda: None)
        self._signal_timer.start(300)

    def open_store(self) -> None:
        from wo_desktop import logging_setup, paths
        from wo_desktop.sync.service import run_in_background

        logging_setup.configure(paths.logs_dir(self.profile), self.settings.log_level)
        for problem in self.settings.problems:  # shown in the window's banner too
            log.warning("settings: %s", problem)
        self.window.status.set_connection(
            "offline", QCoreApplication.translate("Startup", "Opening the database…")
        )

        def open_it() -> Any:
            from wo_desktop.store.backups import newest_backup
            from wo_desktop.store.db import DatabaseDamaged
            from wo_desktop.store.profile import Store

            try:
                return Store.open(paths.database_path(self.profile))
            except DatabaseDamaged as exc:
                # Found here, off the GUI thread: each backup is checked before it is offered.
                exc.backup = newest_backup(exc.path)  # type: ignore[attr-defined]
                raise

        run_in_background(open_it, self.store_opened, self.store_failed)

    def store_failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QDialog, QMessageBox

        from wo_desktop.store.db import DatabaseDamaged

        log.error("the database could not be opened: %s", error)
        if isinstance(error, DatabaseDamaged):
            from wo_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

            dialog = RecoveryDialog(
                error.path, error.messages, getattr(error, "backup", None), parent=self.window
            )
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.open_store()  # the restored copy; the damaged file was kept aside
            else:
                self.window.close()
            return
        QMessageBox.critical(
            self.window,
            QCoreApplication.translate("Startup", "The database cannot be opened"),
            QCoreApplication.translate(
                "Startup",
                "%1\n\nIt was not changed. Restore a backup from the backups folder, or run "
                "'wo-desktop doctor --bundle' and send the file to support.",
            ).replace("%1", str(error)),
        )
        self.window.close()

    def store_opened(self, store: Any) -> None:
        from wo_desktop.credentials import KeyringCredentials, MemoryCredentials
        from wo_desktop.sync.service import SyncService
        from wo_desktop.ui.data_service import DataService

        self.store = store
        self.backup_if_due(store)
        if self.credentials is None:
            self.credentials = MemoryCredentials() if self.demo else KeyringCredentials()
        self.service = DataService(store)
        self.sync = SyncService(store, self.make_client)
        w = self.window
        w.credentials = self.credentials
        w.account_configured = self.account_configured
        w.attach(self.service, self.sync)
        self.sync.set_interval(int(self.settings.values.get("sync_interval_minutes") or 0))
        self.watch_network()
        if self.demo:
            self.start_sandbox()
        elif self.account_configured():
            self.sync.request("startup")

    def backup_if_due(self, store: Any) -> None:
        """An automatic backup (SQLite's backup API, rotated), in the background."""
        from wo_desktop.store.backups import is_backup_due, make_automatic_backup
        from wo_desktop.sync.service import run_in_background

        def backup() -> Any:
            return make_automatic_backup(store.path) if is_backup_due(store.path) else None

        def failed(error: BaseException) -> None:
            log.warning("the automatic backup failed: %s", error)

        run_in_background(backup, lambda _path: None, failed)

    def account_configured(self) -> bool:
        return all(self.settings.values.get(k) for k in ("server_url", "user", "domain"))

    def make_client(self) -> Any:
        from wo_desktop.connection import make_client

        return make_client(self.settings, self.credentials)

    def watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
        except Exception:  # no backend on this platform: the interval and F5 still work
            return
        self.network_info = info
        online = QNetworkInformation.Reachability.Online

        def changed(reachability: Any) -> None:
            if reachability == online and self.sync is not None and self.account_configured():
                self.sync.went_online()

        info.reachabilityChanged.connect(changed)

    # ------------------------------------------------------------------ --demo
    def start_sandbox(self) -> None:
        import secrets

        from wo_desktop.sync.service import run_in_background

        w = self.window
        w.status.set_connection(
            "syncing",
            QCoreApplication.translate(
                "Startup", "Starting the demo server with %n installation(s)…", "", self.projects()
            ),
        )
        w.status.show_progress(0, None, "")
        password = secrets.token_urlsafe(12)

        def start() -> Any:
            from wo_desktop.sandbox.harness import SandboxServer

            data_dir = Path(tempfile.mkdtemp(prefix="wo-desktop-demo-server-"))
            server = SandboxServer(
                data_dir,
                projects=self.projects(),
                seed=1,
                user="demo",
                password=password,
                domain="demo",
            )
            return server.start()

        run_in_background(start, self.sandbox_started, self.sandbox_failed)

    def projects(self) -> int:
        return int(getattr(self.args, "demo_projects", 20_000) or 20_000)

    def sandbox_started(self, server: Any) -> None:
        from wo_desktop.logging_setup import register_secret

        self.sandbox = server
        values = self.settings.values
        values.update(server_url=server.base_url, user=server.user, domain=server.domain)
        register_secret(server.password)
        self.credentials.set(server.base_url, server.user, server.domain, server.password)
        self.sync.request("startup")

    def sandbox_failed(self, error: BaseException) -> None:
        log.error("the demo server did not start: %s", error)
        self.window.status.set_connection(
            "offline", QCoreApplication.translate("Startup", "The demo server did not start")
        )
        self.window.status.showMessage(str(error), 15_000)

    # ------------------------------------------------------------------ the end
    def shutdown(self) -> None:
        if self.sync is not None:
            self.sync.shutdown(5.0)
        if self.service is not None:
            self.service.close()
        if self.store is not None and hasattr(self.store, "close"):
            self.store.close()
        if self.sandbox is not None:
            data_dir = self.sandbox.data_dir
            self.sandbox.stop()
            shutil.rmtree(data_dir, ignore_errors=True)
        if self.temp_profile is not None:
            shutil.rmtree(self.temp_profile, ignore_errors=True)


def choose_profile(args: argparse.Namespace) -> tuple[Path, Path | None]:
    """The profile folder, and the same again when it is a temporary one to remove at the end."""
    from wo_desktop import paths

    if getattr(args, "demo", False) and not getattr(args, "profile", None):
        temp = Path(tempfile.mkdtemp(prefix="wo-desktop-demo-"))
        return paths.ensure_profile(temp), temp
    return paths.ensure_profile(paths.profile_dir(getattr(args, "profile", None))), None


def build_window(args: argparse.Namespace) -> tuple[Any, Startup]:
    """Settings, translations and the window, with the start-up wired; nothing opened yet."""
    from PySide6.QtWidgets import QApplication

    from wo_desktop.config import load_settings
    from wo_desktop.ui import catalog_text, i18n
    from wo_desktop.ui.main_window import MainWindow

    profile, temp = choose_profile(args)
    settings = load_settings(profile)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("wo-desktop")
    app.setOrganizationName("wo-desktop")
    # Wayland and the task bars match the window to wo-desktop.desktop (its icon, its name).
    app.setDesktopFileName("wo-desktop")
    wanted = getattr(args, "lang", None) or settings.values.get("language")
    language = i18n.install_translators(app, wanted)
    catalog_text.set_language(i18n.DEFAULT if language == i18n.PSEUDO else language)
    window = MainWindow(settings)
    window.profile = profile
    window.settings_banner.show_problems(list(settings.problems))
    startup = Startup(window, args, settings, profile)
    startup.temp_profile = temp
    window.first_painted.connect(startup.first_paint)
    return window, startup


def run_gui(args: argparse.Namespace) -> int:
    import gc

    # Building the window allocates ~100,000 long-lived objects (Qt types, enums, widgets):
    # the cyclic collector would scan them over and over. It is back on after the first paint.
    gc.disable()
    from PySide6.QtWidgets import QApplication

    try:
        window, startup = build_window(args)
    except BaseException:
        gc.enable()
        raise
    startup.collector_paused = True
    window.show()
    try:
        return int(QApplication.exec())
    finally:
        gc.enable()  # a window that never painted (closed at once) must not leave it off
        startup.shutdown()
