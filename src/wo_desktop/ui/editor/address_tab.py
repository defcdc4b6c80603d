"""Address: the job's own address, needed only when the installation is mobile equipment.

Otherwise the tab shows the installation's address, read-only, and says why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from wo_desktop.ui.editor.binding import frame_fields, set_read_only, write
from wo_desktop.ui.forms.ui_address_tab import Ui_AddressTab

FIELDS = (
    "db_address_name",
    "db_address_street",
    "db_address_street_number",
    "db_address_street2",
    "db_address_zip",
    "db_address_city",
    "db_address_db_country_id",
    "db_address_phone",
    "db_address_email",
    "db_address_latitude_decimal",
    "db_address_longitude_decimal",
)
REQUIRED_WHEN_MOBILE = ("db_address_street", "db_address_city", "db_address_zip")

# Catalog project columns shown when the address is the installation's.
_INSTALLATION_COLUMNS = {
    "db_address_name": "location",
    "db_address_street": "street",
    "db_address_zip": "zip",
    "db_address_city": "city",
}


class AddressTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddressTab()
        self.ui.setupUi(self)
        self.frames = frame_fields(self, list(FIELDS))
        self.editable = False
        self._own: dict[str, Any] = {}
        labels = {name: self.findChild(QWidget, f"{name}_label") for name in REQUIRED_WHEN_MOBILE}
        self._required_labels = {name: lab for name, lab in labels.items() if lab is not None}
        self._plain_text = {name: lab.text() for name, lab in self._required_labels.items()}
        self._placeholders = {
            name: widget.placeholderText()
            for name in FIELDS
            if isinstance(widget := self.field(name), QLineEdit)
        }

    def field(self, name: str) -> QWidget:
        return self.frames[name].field

    def set_mode(self, mobile: bool | None, installation: dict[str, Any] | None) -> None:
        """Editable for mobile equipment; else the installation's address, read-only."""
        self.editable = bool(mobile)
        for name in FIELDS:
            # Greyed out, not merely read-only: nothing here is the job's own.
            widget = self.field(name)
            set_read_only(widget, False)
            widget.setEnabled(self.editable)
            if name in self._placeholders:
                # An example value in a greyed-out field reads like the installation's own.
                widget.setPlaceholderText(self._placeholders[name] if self.editable else "")
        for name, label in self._required_labels.items():
            # An asterisk marks what the server will insist on.
            label.setText(self._plain_text[name] + (" *" if self.editable else ""))
        if self.editable:
            self.ui.address_reason.setText(
                self.tr(
                    "This installation is mobile equipment, so the job needs its own address. "
                    "Street, postal code and city are required (*)."
                )
            )
            return
        if installation is None:
            self.ui.address_reason.setText(
                self.tr(
                    "Choose an installation first. The job uses the installation's address; "
                    "an address is entered here only for mobile equipment."
                )
            )
        else:
            self.ui.address_reason.setText(
                self.tr(
                    "The job uses the address of the installation, shown here read-only. "
                    "An address is entered here only for mobile equipment."
                )
            )
        self.show_installation(installation)

    def show_installation(self, installation: dict[str, Any] | None) -> None:
        for name in FIELDS:
            column = _INSTALLATION_COLUMNS.get(name)
            value = installation.get(column) if installation and column else None
            widget = self.field(name)
            if name == "db_address_db_country_id":
                code = installation.get("country_code") if installation else None
                write(widget, code, code)
            else:
                write(widget, value)
