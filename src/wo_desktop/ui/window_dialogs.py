"""Opening the window's dialogs, and the question asked when closing with unsent jobs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:  # the dialogs are loaded when first opened, after the first paint
    from PySide6.QtWidgets import QDialog, QWidget


class WindowDialogs(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.open_dialog: QDialog | None = None

    def connect_actions(self, actions: Any) -> None:
        actions.login.triggered.connect(self.login)
        actions.settings.triggered.connect(self.settings)
        actions.sync_log.triggered.connect(self.sync_log)
        actions.readiness.triggered.connect(self.readiness)
        actions.about.triggered.connect(self.about)

    def _show(self, dialog: QDialog) -> QDialog:
        self.open_dialog = dialog
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        dialog.deleteLater()

    def login(self) -> QDialog | None:
        from wo_desktop.ui.dialogs.login_dialog import LoginDialog

        w = self.window
        if w.settings is None or w.credentials is None:
            return None
        dialog = LoginDialog(w.settings, w.credentials, w.profile, w)
        dialog.logged_in.connect(lambda: w.request_sync("manual"))
        return self._show(dialog)

    def settings(self) -> QDialog | None:
        from wo_desktop.ui.dialogs.settings_dialog import SettingsDialog

        w = self.window
        if w.settings is None:
            return None
        dialog = SettingsDialog(w.settings, w.profile, w)

        def applied(result: int) -> None:
            if result == 1 and w.sync is not None:  # 1: QDialog.DialogCode.Accepted
                w.sync.set_interval(int(w.settings.values.get("sync_interval_minutes") or 0))
            w.refresh_status()

        dialog.finished.connect(applied)
        return self._show(dialog)

    def sync_log(self) -> QDialog:
        from wo_desktop.ui.dialogs.sync_log_dialog import SyncLogDialog

        service = self.window.service
        runs = service.sync_runs if service is not None else None
        dialog = SyncLogDialog(self.window.sync, self.window, runs=runs)
        dialog.sync_requested.connect(lambda: self.window.request_sync("manual"))
        return self._show(dialog)

    def readiness(self) -> QDialog | None:
        from wo_desktop.ui.dialogs.readiness_dialog import ReadinessDialog

        w = self.window
        if w.service is None:
            return None
        max_age = int(getattr(w.settings, "catalog_max_age_days", 7) or 7) if w.settings else 7
        dialog = ReadinessDialog(w.service, max_age, w)
        dialog.sync_requested.connect(lambda: w.request_sync("manual"))
        if w.sync is not None:
            w.sync.finished.connect(lambda _run: dialog.refresh())
        return self._show(dialog)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from wo_desktop import __version__

        QMessageBox.about(
            self.window,
            QCoreApplication.translate("WindowDialogs", "About wo-desktop"),
            QCoreApplication.translate(
                "WindowDialogs",
                "wo-desktop %1\nEnter field-service work orders without a network; they are "
                "kept on this computer and delivered exactly once when the network is back.",
            ).replace("%1", __version__),
        )

    def close_question(self, pending: int) -> Any:
        """The question asked when closing with unsent jobs (built, not shown)."""
        from PySide6.QtWidgets import QMessageBox

        parent: QWidget = self.window
        box = QMessageBox(parent)
        box.setObjectName("close_question")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("WindowDialogs", "Jobs not sent yet"))
        box.setText(
            QCoreApplication.translate(
                "WindowDialogs", "%n job(s) have not reached the server yet.", "", pending
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "WindowDialogs",
                "They are saved on this computer and nothing is lost by closing. They will be "
                "sent at the next sync, the next time wo-desktop is open with a network.",
            )
        )
        box.close_button = box.addButton(  # type: ignore[attr-defined]
            QCoreApplication.translate("WindowDialogs", "&Close anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.sync_button = box.addButton(  # type: ignore[attr-defined]
            QCoreApplication.translate("WindowDialogs", "&Sync now"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(box.close_button)  # type: ignore[attr-defined]
        return box

    def confirm_close(self, pending: int) -> bool:
        """Closing with unsent jobs: say what happens to them. True: close."""
        box = self.close_question(pending)
        box.exec()
        if box.clickedButton() is box.sync_button:
            self.window.request_sync("manual")
            return False
        return bool(box.clickedButton() is box.close_button)
