"""The job's installation: chosen from the catalog, scanned, or described as a new one.

A job names its project one of three ways (CONTRACT.md): ``project_id`` (picked from the
catalog), ``project_reference_back_office`` (an ERP key), or an embedded ``project`` (a new
installation the server will create). This object owns those three fields for the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from wo_desktop.ui import catalog_text
from wo_desktop.ui.widgets.project_field import ProjectField

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    # The pickers are imported when first opened: the first paint does not need them.
    from wo_desktop.ui.pickers.new_installation import NewInstallationDialog
    from wo_desktop.ui.pickers.picker_dialog import PickerDialog

FAMILY = ("project_id", "project_reference_back_office", "project")
ACCEPTED = 1  # QDialog.DialogCode.Accepted, without loading QDialog for the first paint


class ProjectChoice(QObject):
    changed = Signal()

    def __init__(self, field: ProjectField, window: QWidget) -> None:
        super().__init__(field)
        self.field = field
        self.window = window
        self.service: Any = None
        self.row: dict[str, Any] | None = None
        self.embedded: dict[str, Any] | None = None
        self.reference: str | None = None
        self.unknown_id: str | None = None
        self.touched = False
        self.dialog: QDialog | None = None
        self.path = ""
        field.search_requested.connect(lambda text: self.open_picker(text))
        field.equipment_requested.connect(lambda text: self.open_equipment(text))
        field.code_entered.connect(self._code_entered)
        field.cleared.connect(self.clear)

    # ------------------------------------------------------------------ state
    def load(self, job: dict[str, Any]) -> None:
        self.row = self.embedded = None
        self.reference = self.unknown_id = None
        self.touched = False
        if job.get("project_id") and self.service is not None:
            row = self.service.catalog_get("projects", str(job["project_id"]))
            if row is not None:
                self.row = row
            else:
                self.unknown_id = str(job["project_id"])
        elif job.get("project"):
            self.embedded = dict(job["project"])
        elif job.get("project_reference_back_office"):
            self.reference = str(job["project_reference_back_office"])
            if self.service is not None:
                self.row = self.service.catalog_find_by_reference(self.reference)
        self._show()

    def is_mobile(self) -> bool | None:
        if self.row is not None:
            return bool(self.row.get("is_mobile"))
        if self.embedded is not None:
            return bool(self.embedded.get("is_mobile_installation"))
        return None

    def installation_row(self) -> dict[str, Any] | None:
        return self.row

    def apply(self, data: dict[str, Any]) -> None:
        """Write the choice into the job's JSON (only when the person changed it)."""
        if not self.touched:
            return
        for key in FAMILY:
            data.pop(key, None)
        if self.row is not None:
            data["project_id"] = self.row["id"]
        elif self.embedded is not None:
            data["project"] = dict(self.embedded)

    def clear(self) -> None:
        self.row = self.embedded = None
        self.reference = self.unknown_id = None
        self.touched = True
        self._show()
        self.changed.emit()

    def choose(self, row: dict[str, Any]) -> None:
        self.row, self.embedded, self.reference, self.unknown_id = row, None, None, None
        self.touched = True
        self._show()
        self.changed.emit()

    def use_embedded(self, project: dict[str, Any]) -> None:
        self.row, self.embedded, self.reference, self.unknown_id = None, project, None, None
        self.touched = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        if self.row is not None:
            self.field.set_label(catalog_text.project_label(self.row))
            ancestors = self.service.ancestors(str(self.row["id"])) if self.service else []
            self.path = QCoreApplication.translate("ProjectChoice", "In the tree: %1").replace(
                "%1", catalog_text.path_text(ancestors, self.row)
            )
        elif self.embedded is not None:
            name = self.embedded.get("name") or "?"
            self.field.set_label(name)
            self.path = QCoreApplication.translate(
                "ProjectChoice", "A new installation, sent with the job: the server adds it."
            )
            if self.embedded.get("is_mobile_installation"):
                self.path += " " + QCoreApplication.translate("ProjectChoice", "Mobile equipment.")
        elif self.reference is not None:
            self.field.set_label(self.reference)
            self.path = QCoreApplication.translate(
                "ProjectChoice", "Given by its back-office reference; not in the local catalog."
            )
        elif self.unknown_id is not None:
            self.field.set_label(self.unknown_id)
            self.path = QCoreApplication.translate(
                "ProjectChoice", "Not in the local catalog. Sync to load it, or choose again."
            )
        else:
            self.field.set_label("")
            self.path = ""

    # ------------------------------------------------------------------ pickers
    def _picker(self, spec: Any, search: Any, text: str, under: dict[str, Any] | None) -> Any:
        if self.service is None:
            return None
        from wo_desktop.ui.pickers.picker_dialog import PickerDialog
        from wo_desktop.ui.pickers.project_picker import describe

        dialog = PickerDialog(
            spec,
            search,
            self.service.find_exact_code,
            describe(self.service.ancestors),
            text=text,
            under=under,
            parent=self.window,
        )
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._picked(dialog, result))
        dialog.open()
        return dialog

    def open_picker(self, text: str | None = None) -> Any:
        from wo_desktop.ui.pickers.project_picker import project_spec

        def search(query: str, _under: str | None, deliver: Any) -> None:
            self.service.search("projects", query, deliver, limit=50, key="picker")

        if text is None:
            text = self.field.typed_text()
        dialog = self._picker(project_spec(), search, text, None)
        if dialog is not None:
            dialog.new_requested.connect(lambda name: self._new_from(dialog, name))
        return dialog

    def open_equipment(self, text: str | None = None) -> Any:
        from wo_desktop.ui.pickers.equipment_picker import equipment_spec

        def search(query: str, under: str | None, deliver: Any) -> None:
            self.service.search_equipment(query, deliver, under=under, limit=50)

        if text is None:
            text = self.field.typed_text()
        return self._picker(equipment_spec(), search, text, self._scope())

    def _scope(self) -> dict[str, Any] | None:
        """Where to look for equipment: the installation, also when equipment is chosen."""
        row = self.row
        if row is not None and (row.get("serial_number") or row.get("barcode")):
            parent = row.get("parent_id")
            row = self.service.catalog_get("projects", str(parent)) if parent else None
        return row

    def _picked(self, dialog: PickerDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result == ACCEPTED and dialog.chosen is not None:
            self.choose(dialog.chosen)
        else:
            self._show()  # put back what the person had before typing
        self.window.activateWindow()
        self.field.setFocus()
        dialog.deleteLater()

    def _code_entered(self, code: str) -> None:
        if self.service is None:
            return

        def found(row: dict[str, Any] | None) -> None:
            if row is not None:
                self.choose(row)
            else:
                self.open_picker(code)

        self.service.find_exact_code(code.strip(), found)

    # ------------------------------------------------------------------ new installation
    def _new_from(self, picker: PickerDialog, name: str) -> None:
        picker.reject()
        self.open_new_installation(name)

    def open_new_installation(self, name: str = "") -> NewInstallationDialog | None:
        if self.service is None:
            return None
        from wo_desktop.ui.pickers.new_installation import NewInstallationDialog

        source = self.service.combo_source("companies", "new-installation")
        dialog = NewInstallationDialog(source, name, self.window)
        if self.embedded is not None and not name:
            dialog.set_embedded(self.embedded)
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == ACCEPTED:
                self.use_embedded(dialog.embedded())
            self.field.setFocus()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
