"""Settings: how often to sync, the language, and which part of the catalog to load.

A key the machine policy locks is shown read-only, with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from wo_desktop.ui.forms.ui_settings_dialog import Ui_SettingsDialog

LANGUAGES = (
    ("system", None),
    ("en", "English"),
    ("fr", "Français"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
)
KEYS = ("sync_interval_minutes", "language", "catalog_scope", "catalog_max_age_days")


class SettingsDialog(QDialog):
    def __init__(self, settings: Any, profile: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(520)
        self.settings, self.profile = settings, profile
        for code, name in LANGUAGES:
            self.ui.language.addItem(name or self.tr("As the system"), code)
        values = settings.values
        self.ui.sync_interval_minutes.setValue(int(values.get("sync_interval_minutes") or 0))
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(values.get("language"))))
        self.ui.catalog_scope.setText(", ".join(values.get("catalog_scope") or []))
        self.ui.catalog_scope.setToolTip(
            self.tr("Company codes, separated by commas. Empty: every company.")
        )
        self.ui.catalog_max_age_days.setValue(int(values.get("catalog_max_age_days") or 7))
        locked = [key for key in KEYS if settings.is_locked(key)]
        for key in locked:
            widget = getattr(self.ui, key)
            widget.setEnabled(False)
            widget.setToolTip(self.tr("Set by your organisation's policy"))
        self.ui.locked_note.setText(
            self.tr("Greyed-out settings are set by your organisation's policy.") if locked else ""
        )
        self.ui.locked_note.setVisible(bool(locked))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def chosen(self) -> dict[str, Any]:
        scope = [p.strip() for p in self.ui.catalog_scope.text().split(",") if p.strip()]
        return {
            "sync_interval_minutes": self.ui.sync_interval_minutes.value(),
            "language": self.ui.language.currentData(),
            "catalog_scope": scope,
            "catalog_max_age_days": self.ui.catalog_max_age_days.value(),
        }

    def save(self) -> None:
        from wo_desktop.config import save_user_setting

        for key, value in self.chosen().items():
            if self.settings.is_locked(key) or self.settings.values.get(key) == value:
                continue
            if self.profile is not None:
                save_user_setting(self.settings, self.profile, key, value)
            else:
                self.settings.values[key] = value
        self.accept()
