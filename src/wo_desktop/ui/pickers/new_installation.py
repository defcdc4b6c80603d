"""A new installation typed in by a clerk: sent embedded in the job, the server creates it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wo_desktop.ui.forms.ui_new_installation import Ui_NewInstallationDialog
from wo_desktop.ui.widgets.lookup_combo import Source


class NewInstallationDialog(QDialog):
    def __init__(
        self, company_source: Source | None, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewInstallationDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(520)
        # A check box does not wrap: its translated text sets the dialog's least width.
        mobile = self.ui.is_mobile_installation
        mobile.setMinimumWidth(mobile.sizeHint().width())
        self.ui.intro.setText(
            self.tr(
                "The installation is not in the catalog yet. Describe it: it is sent with the "
                "job, and the server adds it to the catalog."
            )
        )
        if company_source is not None:
            self.ui.company_id.set_source(company_source)
        self.ui.name.setText(name)
        self.ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Use this installation"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.ui.name.text().strip()))

    def set_embedded(self, project: dict[str, Any]) -> None:
        self.ui.name.setText(project.get("name") or "")
        self.ui.reference_back_office.setText(project.get("reference_back_office") or "")
        self.ui.equipment_model_code.setText(project.get("equipment_model_code") or "")
        self.ui.serial_number.setText(project.get("serial_number") or "")
        self.ui.is_mobile_installation.setChecked(bool(project.get("is_mobile_installation")))
        if project.get("company_id"):
            self.ui.company_id.set_value(project["company_id"], project.get("company_label"))

    def embedded(self) -> dict[str, Any]:
        """The ``project`` object the job carries (CONTRACT.md: an embedded entity)."""
        project: dict[str, Any] = {
            "name": self.ui.name.text().strip(),
            "reference_back_office": self.ui.reference_back_office.text().strip(),
            "company_id": self.ui.company_id.value(),
            "equipment_model_code": self.ui.equipment_model_code.text().strip(),
            "serial_number": self.ui.serial_number.text().strip(),
            "is_mobile_installation": self.ui.is_mobile_installation.isChecked(),
        }
        return {k: v for k, v in project.items() if v not in (None, "")}
