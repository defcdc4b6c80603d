"""Log in: server URL, domain, user and password; the connection is tested before saving.

The password goes to the keyring (or, for --demo, to memory); the rest to the settings.
Keys the machine policy locks are shown read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from wo_desktop.sync.service import run_in_background
from wo_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog

KEYS = ("server_url", "domain", "user")


class LoginDialog(QDialog):
    logged_in = Signal()
    tested = Signal(bool, str)

    def __init__(
        self, settings: Any, credentials: Any, profile: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(520)
        self.settings, self.credentials, self.profile = settings, credentials, profile
        self.ui.intro.setText(
            self.tr(
                "Your company gives you the server URL and the domain (the tenant name). The "
                "password is kept in the system keyring, never in a file."
            )
        )
        for key in KEYS:
            edit: QLineEdit = getattr(self.ui, key)
            edit.setText(str(settings.values.get(key) or ""))
            if settings.is_locked(key):
                edit.setReadOnly(True)
                edit.setToolTip(self.tr("Set by your organisation's policy"))
        self.ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Log in"))
        self.ui.buttons.accepted.connect(lambda: self.test(save=True))
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.test_button.clicked.connect(lambda: self.test(save=False))
        for key in (*KEYS, "password"):
            getattr(self.ui, key).textChanged.connect(self._update)
        self._busy = False
        self._update()
        first_empty = next((k for k in (*KEYS, "password") if not getattr(self.ui, k).text()), None)
        getattr(self.ui, first_empty or "password").setFocus()

    def values(self) -> dict[str, str]:
        return {key: getattr(self.ui, key).text().strip() for key in KEYS}

    def _update(self) -> None:
        complete = all(self.values().values()) and bool(self.ui.password.text())
        self.ok.setEnabled(complete and not self._busy)
        self.ui.test_button.setEnabled(complete and not self._busy)

    def test(self, *, save: bool) -> None:
        from wo_desktop.api.client import ApiClient
        from wo_desktop.logging_setup import register_secret

        values, password = self.values(), self.ui.password.text()
        register_secret(password)
        self._busy = True
        self._update()
        self.ui.test_result.setText(self.tr("Connecting to the server…"))

        def check() -> None:
            with ApiClient(values["server_url"], values["user"], values["domain"], password) as c:
                c.check_login()

        run_in_background(
            check,
            lambda _r: self._answer(True, "", save),
            lambda error: self._answer(False, str(error), save),
        )

    def _answer(self, ok: bool, message: str, save: bool) -> None:
        self._busy = False
        self._update()
        if ok:
            self.ui.test_result.setText(self.tr("The server accepted the user name and password."))
        else:
            self.ui.test_result.setText(self.tr("Could not log in: %1").replace("%1", message))
        self.tested.emit(ok, message)
        if ok and save:
            self._store()

    def _store(self) -> None:
        from wo_desktop.config import save_user_setting
        from wo_desktop.credentials import CredentialsUnavailable

        values = self.values()
        try:
            self.credentials.set(
                values["server_url"], values["user"], values["domain"], self.ui.password.text()
            )
        except CredentialsUnavailable as exc:
            self.ui.test_result.setText(str(exc))
            return
        for key, value in values.items():
            if self.settings.is_locked(key):
                continue
            if self.profile is not None:
                save_user_setting(self.settings, self.profile, key, value)
            else:
                self.settings.values[key] = value
        self.logged_in.emit()
        self.accept()
