"""The equipment picker: serial number, barcode, model or brand, under a project or anywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wo_desktop.ui import catalog_text
from wo_desktop.ui.pickers.picker_dialog import PickerSpec
from wo_desktop.ui.pickers.results_model import Column


def equipment_spec() -> PickerSpec:
    return PickerSpec(
        title=QCoreApplication.translate("EquipmentPicker", "Choose the equipment"),
        search_label=QCoreApplication.translate("EquipmentPicker", "&Search or scan:"),
        placeholder=QCoreApplication.translate(
            "EquipmentPicker", "Serial number, barcode, model or brand"
        ),
        columns=[
            Column(
                QCoreApplication.translate("EquipmentPicker", "Serial number"),
                lambda r: r.get("serial_number") or "",
            ),
            Column(
                QCoreApplication.translate("EquipmentPicker", "Barcode"),
                lambda r: r.get("barcode") or "",
            ),
            Column(QCoreApplication.translate("EquipmentPicker", "Model"), catalog_text.model_name),
            Column(
                QCoreApplication.translate("EquipmentPicker", "Brand"),
                lambda r: r.get("brand_name") or "",
            ),
            Column(
                QCoreApplication.translate("EquipmentPicker", "Name"),
                lambda r: r.get("name") or "",
            ),
            Column(
                QCoreApplication.translate("EquipmentPicker", "City"),
                lambda r: r.get("city") or "",
            ),
        ],
        empty_prompt=QCoreApplication.translate(
            "EquipmentPicker", "No equipment here. Search everywhere, or sync to load the catalog."
        ),
        no_match=QCoreApplication.translate("EquipmentPicker", "No equipment matches “%1”."),
        under_label=QCoreApplication.translate("EquipmentPicker", "&Only under %1"),
    )
