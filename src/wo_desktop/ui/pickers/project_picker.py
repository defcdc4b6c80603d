"""The project picker: find an installation by name, reference, company, city or serial."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from wo_desktop.ui import catalog_text
from wo_desktop.ui.pickers.picker_dialog import PickerSpec
from wo_desktop.ui.pickers.results_model import Column


def project_spec() -> PickerSpec:
    return PickerSpec(
        title=QCoreApplication.translate("ProjectPicker", "Choose the installation"),
        search_label=QCoreApplication.translate("ProjectPicker", "&Search:"),
        placeholder=QCoreApplication.translate(
            "ProjectPicker", "Name, reference, company, city or serial number"
        ),
        columns=[
            Column(
                QCoreApplication.translate("ProjectPicker", "Name"), lambda r: r.get("name") or ""
            ),
            Column(
                QCoreApplication.translate("ProjectPicker", "Reference"),
                lambda r: r.get("reference_back_office") or "",
            ),
            Column(
                QCoreApplication.translate("ProjectPicker", "Company"),
                lambda r: r.get("company_name") or "",
            ),
            Column(
                QCoreApplication.translate("ProjectPicker", "City"), lambda r: r.get("city") or ""
            ),
            Column(
                QCoreApplication.translate("ProjectPicker", "Serial number"),
                lambda r: r.get("serial_number") or "",
            ),
            Column(
                QCoreApplication.translate("ProjectPicker", "Mobile"),
                lambda r: (
                    QCoreApplication.translate("ProjectPicker", "mobile")
                    if r.get("is_mobile")
                    else ""
                ),
            ),
        ],
        empty_prompt=QCoreApplication.translate(
            "ProjectPicker", "The catalog has no installations yet. Sync to load it."
        ),
        no_match=QCoreApplication.translate(
            "ProjectPicker",
            "No installation matches “%1”. Check the spelling, or describe a new installation.",
        ),
        allow_new=True,
        new_label=QCoreApplication.translate("ProjectPicker", "&New installation…"),
    )


def describe(ancestors_of: Any) -> Any:
    """The text under the results: the selected project's place in the tree, and its address."""

    def text(row: dict[str, Any]) -> str:
        path = catalog_text.path_text(ancestors_of(str(row.get("id"))), row)
        address = catalog_text.address_text(row)
        where = QCoreApplication.translate("ProjectPicker", "In the tree: %1").replace("%1", path)
        if address:
            where += "\n" + QCoreApplication.translate("ProjectPicker", "Address: %1").replace(
                "%1", address
            )
        model = catalog_text.model_name(row)
        if model:
            where += "\n" + QCoreApplication.translate("ProjectPicker", "Model: %1").replace(
                "%1", " ".join(p for p in (row.get("brand_name"), model) if p)
            )
        return where

    return text
